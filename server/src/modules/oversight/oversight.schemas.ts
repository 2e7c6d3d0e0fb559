import { Type, type TSchema } from 'typebox';
import { LIST_KINDS, sortColumns, type ListKind } from './oversight.repository.js';

const S = Type.String();
const N = Type.Number();
const Nul = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Region = { regionCode: S, regionName: S };

export const Filters = {
  cityCode: Type.Optional(Type.String({ pattern: '^44\\d{2}00$', description: '地级市代码，如 440100' })),
  countyCode: Type.Optional(Type.String({ pattern: '^44\\d{4}$', description: '县区代码，如 440106' })),
  institutionId: Type.Optional(Type.String({ format: 'uuid' })),
  classId: Type.Optional(Type.String({ format: 'uuid' })),
  categoryId: Type.Optional(Type.String({ maxLength: 100 })),
  status: Type.Optional(Type.String({ maxLength: 20, description: '各列表的状态值；证明为 valid/revoked，评价为 flagged/normal' })),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  q: Type.Optional(Type.String({ maxLength: 50, description: '关键词：名称、编号、姓名' })),
  order: Type.Optional(Type.Enum(['asc', 'desc'] as const)),
};

export const sortSchema = (kind: ListKind) => Type.Optional(Type.Enum(sortColumns(kind) as [string, ...string[]]));

export const listQuery = (kind: ListKind) =>
  Type.Object({ ...Filters, sort: sortSchema(kind), page: Type.Integer({ minimum: 1, default: 1 }), pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) });

export const ITEMS: Record<ListKind, TSchema> = {
  institutions: Type.Object({
    registrationId: S, institutionId: S, institutionName: S, creditCode: S, ...Region, cityCode: S, cityName: S, status: S, onlineStatus: S,
    categories: Type.Array(S), submittedAt: Nul(S), registeredAt: Nul(S),
  }),
  classes: Type.Object({
    classId: S, code: S, name: S, institutionId: S, institutionName: S, categoryId: S, categoryName: S, trainingType: S, ...Region,
    startsOn: S, endsOn: S, status: S, enrolled: N, completed: N,
  }),
  enrolments: Type.Object({
    enrolmentId: S, learnerId: S, learnerName: S, idNumberMasked: S, classId: S, classCode: S, className: S, institutionId: S, institutionName: S, ...Region,
    learnedSeconds: N, creditedHours: N, requiredHours: N, progress: N, status: S, joinedAt: Nul(S), lastLearningAt: Nul(S),
  }),
  hours: Type.Object({
    learnerId: S, learnerName: S, idNumberMasked: S, classId: S, className: S, institutionId: S, institutionName: S, ...Region,
    courseId: Nul(S), courseTitle: S, seconds: N, hours: N, lastAt: Nul(S),
  }),
  ratings: Type.Object({
    courseId: S, courseTitle: S, institutionId: S, institutionName: S, ...Region, teacherName: Nul(S), count: N, content: Nul(N), course: Nul(N), teacher: Nul(N), flagged: Type.Boolean(),
  }),
  'face-checks': Type.Object({ classId: S, classCode: S, className: S, institutionId: S, institutionName: S, ...Region, checks: N, failures: N, failureRate: N }),
  'institution-face-checks': Type.Object({ institutionId: S, institutionName: S, ...Region, classes: N, checks: N, failures: N, failureRate: N }),
  certificates: Type.Object({
    certificateId: S, number: S, learnerId: S, learnerName: S, idNumberMasked: S, classId: S, categoryId: S, categoryName: S, trainingType: S,
    institutionId: S, institutionName: S, ...Region, issuedAt: Nul(S), revoked: Type.Boolean(), revokedAt: Nul(S),
  }),
};

export const pageOf = (item: TSchema) => Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

const Counts = Type.Object({ institutions: N, classes: N, enrolments: N, certificates: N });
const Crumb = Type.Object({ code: S, name: S });

export const RegionSummary = Type.Object({
  region: Type.Object({ code: S, name: S, level: S, path: S }),
  ancestors: Type.Array(Crumb),
  totals: Counts,
  children: Type.Array(Type.Object({ code: S, name: S, level: S, counts: Counts })),
  institutions: Type.Array(Type.Object({ id: S, name: S, regionCode: S, regionName: S, classes: N, enrolments: N, certificates: N })),
});

export const InstitutionSummary = Type.Object({
  institution: Type.Object({ id: S, name: S, creditCode: S, address: S, ...Region }),
  ancestors: Type.Array(Crumb),
  registrations: Type.Array(ITEMS.institutions),
});

export const ClassSummary = Type.Object({ class: ITEMS.classes, ancestors: Type.Array(Crumb) });

export const ExportBody = Type.Object({
  kind: Type.Enum([...LIST_KINDS]),
  filters: Type.Object({ ...Filters, sort: Type.Optional(S) }, { additionalProperties: false }),
});

export const ExportStatus = Type.Object({
  exportId: S, kind: S, status: Type.Enum(['queued', 'running', 'done', 'failed'] as const), rowsDone: N, rowsTotal: N, error: Nul(S), createdAt: S, finishedAt: Nul(S),
});
