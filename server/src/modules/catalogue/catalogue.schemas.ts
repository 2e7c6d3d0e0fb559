import { Type } from 'typebox';
import { REVIEW_ITEMS } from './catalogue.policy.js';

const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const CourseStatus = Type.Enum(['draft', 'platform_review', 'published', 'taken_down'] as const);

export const CreateCourseBody = Type.Object({
  title: Text(100, 2),
  description: Text(2000),
  categoryIds: Type.Array(Text(100), { minItems: 1, maxItems: 20, uniqueItems: true }),
  syllabusTopics: Type.Array(Text(200), { minItems: 1, maxItems: 100, description: '本课程覆盖的培训大纲条目（M14）' }),
  teacherId: Type.Optional(Type.String({ format: 'uuid' })),
});

export const AddLessonBody = Type.Object({
  title: Text(100),
  kind: Type.Enum(['video', 'audio', 'text'] as const),
  uploadId: Type.Optional(Type.String({ format: 'uuid' })),
  textContent: Type.Optional(Type.String({ maxLength: 50_000 })),
  readingSeconds: Type.Optional(Type.Integer({ minimum: 60, maximum: 3600, description: '图文课时的评估阅读时长（秒），上限20分钟' })),
});

export const CourseSummarySchema = Type.Object({
  id: Type.String(),
  institutionId: Type.String(),
  institutionName: Type.String(),
  title: Type.String(),
  description: Type.String(),
  categoryIds: Type.Array(Type.String()),
  syllabusTopics: Type.Array(Type.String()),
  teacherId: Nullable(Type.String()),
  status: CourseStatus,
  createdAt: Type.String({ format: 'date-time' }),
  publishedAt: Nullable(Type.String({ format: 'date-time' })),
});

export const CourseDetailSchema = Type.Intersect([
  CourseSummarySchema,
  Type.Object({
    lessons: Type.Array(
      Type.Object({
        id: Type.String(),
        position: Type.Integer(),
        title: Type.String(),
        kind: Type.Enum(['video', 'audio', 'text'] as const),
        durationSeconds: Type.Union([Type.Integer(), Type.Null()]),
        qualityStatus: Type.Enum(['pending', 'passed', 'failed'] as const),
        qualityChecks: Type.Array(Type.Object({ id: Type.String(), ok: Type.Boolean(), reason: Type.Optional(Type.String()) })),
        textContent: Nullable(Type.String()),
        hasMedia: Type.Boolean(),
      }),
    ),
    reviews: Type.Array(
      Type.Object({ stage: Type.String(), approved: Type.Boolean(), checklist: Type.Record(Type.String(), Type.Unknown()), comment: Nullable(Type.String()), createdAt: Type.String() }),
    ),
  }),
]);

const ChecklistEntry = Type.Object({ pass: Type.Boolean(), comment: Type.Optional(Type.String({ maxLength: 500 })) });
export const PlatformReviewBody = Type.Object({
  checklist: Type.Object(Object.fromEntries(REVIEW_ITEMS.map((item) => [item, Type.Optional(ChecklistEntry)]))),
  comment: Type.Optional(Type.String({ maxLength: 1000 })),
});

/** Pages of 20 by default; up to 500 for pickers that list them all (the old unpaged limit). */
export const PageQuery = { page: Type.Integer({ minimum: 1, default: 1 }), pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 20 }) };

export const CourseListQuery = Type.Object({ status: Type.Optional(CourseStatus), title: Type.Optional(Type.String({ maxLength: 100, description: '按课程名称查找（包含）' })), ...PageQuery });
