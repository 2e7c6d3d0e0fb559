import { Type } from 'typebox';
import { CertificateSummarySchema, CourseHoursSchema, TestResultSchema } from '../certificates/index.js';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Standing = Type.Object({
  onlineSeconds: Type.Integer(),
  offlineSeconds: Type.Integer(),
  countedOnlineSeconds: Type.Integer({ description: '计入的网络学时秒数（初训不超过理论学时的80%，M19）' }),
  totalStudyHours: Type.Integer(),
  requiredStudyHours: Type.Integer(),
  complete: Type.Boolean(),
  courses: Type.Array(CourseHoursSchema),
  tests: Type.Array(TestResultSchema),
});

export const ArchiveSchema = Type.Object({
  learner: Type.Object({
    id: Type.String(),
    name: Type.String(),
    idNumberMasked: Type.String(),
    gender: Type.Enum(['male', 'female'] as const),
    birthDate: Type.String(),
    employerName: Nullable(Type.String()),
    employerCreditCode: Nullable(Type.String()),
    jobCategory: Nullable(Type.String()),
    registeredAt: Type.String({ format: 'date-time' }),
  }),
  classes: Type.Array(
    Type.Object({
      classId: Type.String(),
      name: Type.String(),
      institutionName: Type.String(),
      categoryName: Type.String(),
      trainingType: Type.Enum(['initial', 'refresher'] as const),
      startsOn: Type.String(),
      endsOn: Type.String(),
      enrolmentStatus: Type.Enum(['active', 'locked', 'completed', 'withdrawn'] as const),
      joinedVia: Type.Enum(['code', 'import'] as const),
      joinedAt: Type.String({ format: 'date-time' }),
      standing: Nullable(Standing),
    }),
  ),
  certificates: Type.Array(Type.Object({ ...CertificateSummarySchema.properties, contentHash: Type.String() })),
  faceChecks: Type.Array(
    Type.Object({
      id: Type.Integer(),
      purpose: Type.String({ description: 'enrolment 采集 / lesson_start 开始学习 / lesson_random 随机核验 / self_test 自测 / password_reset 刷脸找回密码 / test 考核' }),
      decision: Type.String(),
      score: Type.Number(),
      faceCount: Type.Integer(),
      at: Type.String({ format: 'date-time' }),
      hasFrame: Type.Boolean(),
    }),
  ),
  sessionCount: Type.Integer(),
});

export const SessionPageSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      classId: Type.String(),
      className: Type.String(),
      courseTitle: Type.String(),
      lessonTitle: Type.String(),
      deviceId: Type.String(),
      status: Type.Enum(['active', 'ended'] as const),
      endReason: Nullable(Type.String()),
      startedAt: Type.String({ format: 'date-time' }),
      endedAt: Nullable(Type.String({ format: 'date-time' })),
      durationSeconds: Nullable(Type.Integer()),
      creditedSeconds: Type.Integer({ description: '本次学习确认计入学时的秒数' }),
    }),
  ),
  nextCursor: Nullable(Type.String()),
});

export const PageQuery = Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 200 })), limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) });

export const LearnerListQuery = Type.Object({ ...PageQuery.properties, name: Type.Optional(Type.String({ maxLength: 50 })) });

export const LearnerListSchema = Type.Object({
  items: Type.Array(Type.Object({ learnerId: Type.String(), name: Type.String(), idNumberMasked: Type.String(), employerName: Nullable(Type.String()) })),
  nextCursor: Nullable(Type.String()),
});
