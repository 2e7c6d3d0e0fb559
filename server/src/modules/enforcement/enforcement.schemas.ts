import { Type } from 'typebox';

export const PageQuery = Type.Object({ page: Type.Integer({ minimum: 1, default: 1 }), pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) });
export const Paged = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer() });
export const Uuid = Type.String({ format: 'uuid' });
export const DateOnly = Type.String({ format: 'date' });
const Nullable = <T extends Parameters<typeof Type.Array>[0]>(t: T) => Type.Union([t, Type.Null()]);

export const SIGNAL_KINDS = ['shared_face', 'shared_device', 'impossible_rate', 'odd_hours', 'face_failures', 'institution_outlier'] as const;
export const SignalKind = Type.Enum(SIGNAL_KINDS);
const Named = Type.Object({ id: Type.String(), name: Type.String() });

export const SignalSummary = Type.Object({
  id: Type.String(),
  kind: SignalKind,
  reason: Type.String(),
  score: Type.Number(),
  learnerCount: Type.Integer(),
  institutions: Type.Array(Named),
  regionCodes: Type.Array(Type.String()),
  createdAt: Type.String(),
});

export const SignalDetail = Type.Object({
  id: Type.String(),
  kind: SignalKind,
  reason: Type.String(),
  score: Type.Number(),
  detail: Type.Record(Type.String(), Type.Unknown()),
  learners: Type.Array(Named),
  institutions: Type.Array(Named),
  regionCodes: Type.Array(Type.String()),
  createdAt: Type.String(),
  evidence: Type.Object({
    sessions: Type.Array(Type.Object({ id: Type.String(), learnerId: Type.String(), classId: Type.String(), deviceId: Type.String(), startedAt: Type.String(), endedAt: Nullable(Type.String()) })),
    ledger: Type.Array(Type.Object({ id: Type.Integer(), learnerId: Type.String(), classId: Type.String(), sessionId: Nullable(Type.String()), seconds: Type.Integer(), at: Type.String() })),
    faceChecks: Type.Array(Type.Object({ id: Type.Integer(), learnerId: Type.String(), purpose: Type.String(), decision: Type.String(), score: Type.Number(), at: Type.String() })),
  }),
});

export const InspectionScope = Type.Enum(['training', 'assessment', 'both'] as const);
const ChecklistItem = Type.Object({ item: Type.String(), label: Type.String() });
const InspectionSummary = Type.Object({
  id: Type.String(),
  institutionId: Type.String(),
  institutionName: Type.String(),
  cityCode: Type.String(),
  scope: InspectionScope,
  plannedOn: Type.String(),
  status: Type.Enum(['planned', 'done'] as const),
  conclusion: Nullable(Type.Enum(['compliant', 'violations'] as const)),
  conductedAt: Nullable(Type.String()),
});
const Coverage = Type.Object({
  institutionId: Type.String(),
  name: Type.String(),
  regionCode: Type.String(),
  cityCode: Type.String(),
  training: Type.Boolean(),
  assessment: Type.Boolean(),
  planned: Type.Integer(),
  inspected: Type.Boolean(),
});
export const InspectionPlan = Type.Object({
  year: Type.Integer(),
  required: Type.Integer(),
  checklist: Type.Array(ChecklistItem),
  inspections: Type.Array(InspectionSummary),
  institutions: Type.Array(Coverage),
  notInspected: Type.Array(Coverage),
});
export const InspectionDetail = Type.Object({
  ...InspectionSummary.properties,
  year: Type.Integer(),
  checklist: Type.Array(ChecklistItem),
  findings: Type.Array(Type.Object({ id: Type.Integer(), item: Type.String(), label: Type.String(), result: Type.Enum(['ok', 'violation', 'na'] as const), note: Type.String() })),
});
export const FindingsBody = Type.Object({
  findings: Type.Array(Type.Object({ item: Type.String({ maxLength: 40 }), result: Type.Enum(['ok', 'violation', 'na'] as const), note: Type.String({ maxLength: 2000 }) }), { minItems: 1, maxItems: 50 }),
});

export const MEASURE_KINDS = ['rectification', 'warning', 'suspension', 'cancellation', 'referral', 'lift_suspension'] as const;
export const REFERRAL_CATEGORIES = ['collusion', 'bribery', 'certificate_selling', 'organised_cheating'] as const;
export const MeasureBody = Type.Object({
  kind: Type.Enum(MEASURE_KINDS),
  decision: Type.String({ minLength: 2, maxLength: 2000 }),
  deadline: Type.Optional(Nullable(DateOnly)),
  until: Type.Optional(Nullable(DateOnly)),
  referralCategory: Type.Optional(Nullable(Type.Enum(REFERRAL_CATEGORIES))),
  referralTo: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  published: Type.Boolean(),
});
export const Measure = Type.Object({
  id: Type.Integer(),
  caseId: Type.String(),
  kind: Type.Enum(MEASURE_KINDS),
  decision: Type.String(),
  deadline: Nullable(Type.String()),
  until: Nullable(Type.String()),
  referralCategory: Nullable(Type.String()),
  referralTo: Nullable(Type.String()),
  published: Type.Boolean(),
  createdAt: Type.String(),
  status: Nullable(Type.Enum(['pending', 'answered', 'accepted', 'returned'] as const)),
  overdue: Type.Boolean(),
  daysLeft: Nullable(Type.Integer()),
  replies: Type.Array(Type.Object({ kind: Type.String(), text: Type.String(), at: Type.String() })),
});
export const CaseSummary = Type.Object({
  id: Type.String(),
  title: Type.String(),
  institution: Type.Object({ id: Type.String(), name: Type.String(), regionCode: Type.String() }),
  cityCode: Type.String(),
  source: Type.Enum(['signal', 'finding'] as const),
  signalId: Nullable(Type.String()),
  findingId: Nullable(Type.Integer()),
  status: Type.Enum(['open', 'closed'] as const),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  closedAt: Nullable(Type.String()),
  overdue: Type.Boolean(),
});
export const CaseDetail = Type.Object({
  ...CaseSummary.properties,
  description: Type.String(),
  suspended: Type.Boolean(),
  measures: Type.Array(Measure),
  reports: Type.Array(Type.Object({ toRegion: Type.String(), note: Type.String(), at: Type.String() })),
});
export const Orders = Type.Object({ suspended: Type.Boolean(), items: Type.Array(Type.Object({ ...Measure.properties, caseTitle: Type.String() })) });
export const PublicSanction = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(MEASURE_KINDS),
  decision: Type.String(),
  deadline: Nullable(Type.String()),
  until: Nullable(Type.String()),
  institutionName: Type.String(),
  creditCode: Type.String(),
  cityCode: Type.String(),
  publishedAt: Type.String(),
});
