import { Type, type Static } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
/** Null first: with type coercion on, a null tried against a string schema first would become "". */
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([Type.Null(), t]);
const DateTime = Type.String({ format: 'date-time' });
const Day = Type.String({ format: 'date' });
const CityCode = Type.String({ pattern: '^44[0-9]{2}00$' });

export const IdParams = Type.Object({ id: Uuid });
export const PageQuery = Type.Object({ page: Type.Integer({ minimum: 1, default: 1 }), pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }) });
export const pageOf = (q: Static<typeof PageQuery>) => ({ limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
export const Paged = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer() });

export const ExamInstitutionSchema = Type.Object({ id: Uuid, name: Type.String(), level: Type.Enum(['province', 'city'] as const), regionCode: Type.String(), mayOrganise: Type.Boolean() });

const OwnerType = Type.Enum(['public_base', 'school', 'enterprise', 'training_institution'] as const, { description: 'public_base 政府公共考试基地 / school 学校 / enterprise 企业 / training_institution 培训机构（不得新设，N2.2）' });
const Subject = Type.Object({ categoryId: Type.String({ maxLength: 100 }), seats: Type.Integer({ minimum: 1, maximum: 2000 }) });
const Relation = Type.Object({ institutionId: Uuid, relation: Type.String({ minLength: 1, maxLength: 50 }) });

export const CreateSiteBody = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 100 }),
  ownerType: OwnerType,
  ownerName: Type.String({ minLength: 2, maxLength: 100 }),
  legacyApprovedOn: Type.Optional(Nullable(Day)),
  address: Type.String({ minLength: 2, maxLength: 200 }),
  cityCode: CityCode,
  equipment: Type.String({ maxLength: 1000 }),
  subjects: Type.Array(Subject, { minItems: 1, maxItems: 100 }),
  relations: Type.Array(Relation, { maxItems: 50, description: '与考试点有关联的培训机构（回避，N2.3）' }),
});

export const SiteSchema = Type.Object({
  id: Uuid,
  examInstitutionId: Uuid,
  name: Type.String(),
  ownerType: OwnerType,
  ownerName: Type.String(),
  legacyApprovedOn: Nullable(Type.String()),
  address: Type.String(),
  cityCode: Type.String(),
  equipment: Type.String(),
  status: Type.Enum(['active', 'suspended', 'revoked'] as const),
  suspendedUntil: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
  subjects: Type.Array(Subject),
  relations: Type.Array(Type.Object({ institutionId: Uuid, institutionName: Type.String(), relation: Type.String() })),
});

export const CreateSessionBody = Type.Object({
  siteId: Uuid,
  categoryId: Type.String({ maxLength: 100 }),
  room: Type.String({ minLength: 1, maxLength: 50 }),
  startsAt: DateTime,
  endsAt: DateTime,
  capacity: Type.Integer({ minimum: 1, maximum: 2000 }),
  openToOtherCities: Type.Optional(Type.Boolean({ description: '仅可跨地市考试的特种作业类别（N2.6）' })),
});

const Device = Type.Object({ name: Type.String({ minLength: 1, maxLength: 50 }), ip: Type.String({ minLength: 3, maxLength: 45 }) });

export const ChecklistBody = Type.Object({
  network: Type.Boolean(),
  server: Type.Boolean(),
  monitoring: Type.Boolean(),
  computers: Type.Boolean(),
  recorder: Type.Boolean(),
  devices: Type.Array(Device, { maxItems: 500 }),
  notes: Type.String({ maxLength: 1000 }),
});

const ChangeView = Type.Object({
  id: Uuid,
  proposed: Type.Object({ startsAt: Type.String(), endsAt: Type.String(), siteId: Type.String(), room: Type.String() }),
  reason: Type.String(),
  status: Type.Enum(['pending', 'approved', 'rejected'] as const),
  requestedAt: Type.String(),
  decidedAt: Nullable(Type.String()),
});

const sessionFields = {
  id: Uuid,
  siteId: Uuid,
  siteName: Type.String(),
  cityCode: Type.String(),
  categoryId: Type.String(),
  room: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  capacity: Type.Integer(),
  openToOtherCities: Type.Boolean(),
  status: Type.Enum(['scheduled', 'cancelled'] as const),
  checklist: Nullable(ChecklistBody),
  checklistCompletedAt: Nullable(Type.String()),
  readinessConfirmedAt: Nullable(Type.String()),
  sealedAt: Nullable(Type.String()),
  assigned: Type.Integer(),
  pendingChange: Nullable(ChangeView),
};

export const SessionSchema = Type.Object(sessionFields);

export const SessionDetailSchema = Type.Object({
  ...sessionFields,
  changes: Type.Array(ChangeView),
  cameraEvents: Type.Array(Type.Object({ cameraId: Type.String(), event: Type.Enum(['on', 'off'] as const), at: Type.String() })),
  cameraProblems: Type.Array(Type.Object({ cameraId: Nullable(Type.String()), problem: Type.Enum(['not_on_in_time', 'off_before_end', 'no_camera_reported'] as const) })),
});

export const ChangeBody = Type.Object({ startsAt: DateTime, endsAt: DateTime, siteId: Uuid, room: Type.String({ minLength: 1, maxLength: 50 }), reason: Type.String({ minLength: 2, maxLength: 500 }) });
export const ActualBody = Type.Object({ startedAt: DateTime, endedAt: DateTime, room: Type.String({ minLength: 1, maxLength: 50 }) });
export const DevicesBody = Type.Object({ devices: Type.Array(Device, { maxItems: 500 }) });
export const CameraEventsBody = Type.Object({ events: Type.Array(Type.Object({ cameraId: Type.String({ minLength: 1, maxLength: 50 }), event: Type.Enum(['on', 'off'] as const), at: DateTime }), { minItems: 1, maxItems: 500 }) });
export const ViolationRef = Type.Object({ violationId: Nullable(Uuid) });

export const CreateApplicationBody = Type.Object({
  learnerId: Uuid,
  categoryId: Type.String({ maxLength: 100 }),
  cityCode: CityCode,
  householdCityCode: CityCode,
  workCityCode: Type.Optional(Nullable(CityCode)),
  residenceCityCode: Type.Optional(Nullable(CityCode)),
  schoolSiteId: Type.Optional(Nullable(Uuid)),
});

export const ApplicationSchema = Type.Object({
  id: Uuid,
  institutionId: Uuid,
  learnerId: Uuid,
  learnerName: Type.String(),
  idNumberMasked: Type.String(),
  categoryId: Type.String(),
  cityCode: Type.String(),
  householdCityCode: Type.String(),
  workCityCode: Nullable(Type.String()),
  residenceCityCode: Nullable(Type.String()),
  schoolSiteId: Nullable(Type.String()),
  certificateNumber: Nullable(Type.String()),
  status: Type.Enum(['submitted', 'withdrawn', 'in_draw'] as const),
  drawId: Nullable(Type.String()),
  assignment: Nullable(
    Type.Object(
      {
        sessionId: Nullable(Type.String()),
        siteName: Nullable(Type.String()),
        siteAddress: Nullable(Type.String()),
        room: Nullable(Type.String()),
        startsAt: Nullable(Type.String()),
        endsAt: Nullable(Type.String()),
        exception: Nullable(Type.String()),
        crossCity: Type.Boolean(),
        unassigned: Nullable(Type.String()),
        publishedAt: Type.String(),
      },
      { description: '随机分配结果，公布后可见' },
    ),
  ),
});

export const CreateDrawBody = Type.Object({
  cityCode: CityCode,
  title: Type.String({ minLength: 2, maxLength: 100 }),
  sessionsFrom: Day,
  sessionsTo: Day,
  beaconSource: Type.Optional(Nullable(Type.String({ maxLength: 200, description: '开启时声明的公共信标（如某日某指数收盘值），以其数值代替双方承诺产生种子（DESIGN §7.2）' }))),
});
export const BeaconBody = Type.Object({ value: Type.String({ minLength: 1, maxLength: 200 }) });

const drawFields = {
  id: Uuid,
  cityCode: Type.String(),
  title: Type.String(),
  sessionsFrom: Type.String(),
  sessionsTo: Type.String(),
  status: Type.Enum(['open', 'frozen', 'drawn', 'published'] as const),
  candidates: Type.Integer(),
  inputsHash: Nullable(Type.String()),
  seed: Nullable(Type.String()),
  resultHash: Nullable(Type.String()),
  createdAt: Type.String(),
  frozenAt: Nullable(Type.String()),
  drawnAt: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
};
export const DrawSchema = Type.Object(drawFields);
export const DrawDetailSchema = Type.Object({
  ...drawFields,
  sessions: Type.Integer(),
  commits: Type.Array(Type.Object({ party: Type.Enum(['exam_institution', 'regulator'] as const), commitment: Type.String(), committedAt: Type.String(), secret: Nullable(Type.String()), revealedAt: Nullable(Type.String()) })),
  beacon: Nullable(Type.Object({ source: Type.String(), value: Nullable(Type.String()) })),
  myParty: Nullable(Type.Enum(['exam_institution', 'regulator'] as const)),
  outcome: Nullable(Type.Object({ assigned: Type.Integer(), unassigned: Type.Integer(), exceptions: Type.Integer(), crossCity: Type.Integer() })),
});

export const CommitBody = Type.Object({ commitment: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'sha256(secret)，十六进制小写' }) });
export const RevealBody = Type.Object({ secret: Type.String({ pattern: '^[0-9a-f]{64}$', description: '32字节随机数的十六进制' }) });

const Assignment = Type.Object({
  applicationId: Type.String(),
  sessionId: Nullable(Type.String()),
  siteId: Nullable(Type.String()),
  exception: Nullable(Type.Enum(['single_site', 'school_student'] as const)),
  crossCity: Type.Boolean(),
  unassigned: Nullable(Type.Enum(['no_capacity', 'no_eligible_session'] as const)),
});

export const DrawBundleSchema = Type.Object({
  algorithm: Type.String(),
  inputs: Type.Object({
    algorithm: Type.String(),
    drawId: Type.String(),
    cityCode: Type.String(),
    frozenAt: Type.String(),
    applications: Type.Array(Type.Object({ id: Type.String(), institutionId: Type.String(), categoryId: Type.String(), cityCode: Type.String(), schoolSiteId: Nullable(Type.String()) }), { maxItems: 200_000 }),
    sites: Type.Array(Type.Object({ id: Type.String(), cityCode: Type.String(), relatedInstitutionIds: Type.Array(Type.String()) })),
    sessions: Type.Array(Type.Object({ id: Type.String(), siteId: Type.String(), categoryId: Type.String(), capacity: Type.Integer({ minimum: 0 }) })),
  }),
  inputsHash: Type.String(),
  seedSource: Type.Union([
    Type.Object({ kind: Type.Literal('commit_reveal'), reveals: Type.Array(Type.Object({ party: Type.Enum(['exam_institution', 'regulator'] as const), commitment: Type.String(), secret: Type.String() })) }),
    Type.Object({ kind: Type.Literal('beacon'), source: Type.String(), value: Type.String() }),
  ]),
  seed: Type.String(),
  assignments: Type.Array(Assignment, { maxItems: 200_000 }),
  resultHash: Type.String(),
});

export const VerificationSchema = Type.Object({
  ok: Type.Boolean(),
  algorithmKnown: Type.Boolean(),
  inputsHashMatches: Type.Boolean(),
  seedSourceValid: Type.Boolean(),
  seedMatches: Type.Boolean(),
  resultMatches: Type.Boolean(),
  problems: Type.Array(Type.String()),
  mismatchedApplications: Type.Array(Type.String()),
  assignments: Type.Integer(),
});

const Duty = Type.Enum(['proctor', 'patrol', 'examiner', 'it'] as const, { description: 'proctor 监考 / patrol 巡考 / examiner 考评员 / it 信息系统维护' });
const DocumentKind = Type.Enum(['training', 'evaluation', 'responsibility_letter', 'confidentiality_agreement'] as const, { description: '培训 / 年度考核 / 工作责任书 / 保密协议' });

export const CreateStaffBody = Type.Object({ name: Type.String({ minLength: 2, maxLength: 50 }), duties: Type.Array(Duty, { minItems: 1, uniqueItems: true }), relations: Type.Array(Relation, { maxItems: 50 }) });
export const DocumentBody = Type.Object({
  kind: DocumentKind,
  title: Type.String({ minLength: 2, maxLength: 100 }),
  datedOn: Day,
  expiresOn: Type.Optional(Nullable(Day)),
  result: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  uploadId: Type.Optional(Nullable(Uuid)),
});

export const StaffSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  duties: Type.Array(Duty),
  regionCode: Type.String(),
  hasAccount: Type.Boolean(),
  relations: Type.Array(Type.Object({ institutionId: Uuid, institutionName: Type.String(), relation: Type.String() })),
  documents: Type.Array(Type.Object({ id: Uuid, kind: DocumentKind, title: Type.String(), datedOn: Type.String(), expiresOn: Nullable(Type.String()), result: Nullable(Type.String()), uploadId: Nullable(Type.String()) })),
  agreementsInForce: Type.Boolean(),
  expiringAgreements: Type.Array(Uuid),
});

export const AssignStaffBody = Type.Object({ staffId: Uuid, duty: Duty });
export const SessionStaffSchema = Type.Object({ staffId: Uuid, name: Type.String(), duty: Duty, assignedAt: Type.String() });

export const LogsBody = Type.Object({
  entries: Type.Array(
    Type.Object({ source: Type.Enum(['system', 'application', 'database'] as const), host: Type.String({ minLength: 1, maxLength: 100 }), level: Type.String({ minLength: 1, maxLength: 20 }), message: Type.String({ maxLength: 8000 }), loggedAt: DateTime }),
    { minItems: 1, maxItems: 1000 },
  ),
});
export const LogsQuery = Type.Object({ ...PageQuery.properties, siteId: Type.Optional(Uuid), from: Type.Optional(DateTime), to: Type.Optional(DateTime) });
export const LogSchema = Type.Object({ id: Type.Integer(), siteId: Uuid, source: Type.String(), host: Type.String(), level: Type.String(), message: Type.String(), loggedAt: Type.String(), receivedAt: Type.String() });

const SubjectType = Type.Enum(['site', 'exam_institution', 'staff'] as const);
export const ViolationBody = Type.Object({
  subjectType: SubjectType,
  subjectId: Uuid,
  kind: Type.String({ maxLength: 50, description: '违规情形（N3.2 八类、N3.3、N3.4），见 docs/exams.md' }),
  description: Type.String({ minLength: 2, maxLength: 2000 }),
  evidence: Type.Array(Type.Object({ label: Type.String({ minLength: 1, maxLength: 200 }), uploadId: Type.Optional(Nullable(Uuid)) }), { maxItems: 50 }),
  sessionId: Type.Optional(Nullable(Uuid)),
});
const MeasureName = Type.Enum(['rectify', 'suspend', 'revoke', 'referral', 'criticism', 'provincial_notice', 'interview', 'lose_organising_right', 'removal'] as const);
export const MeasureBody = Type.Object({ measure: MeasureName, note: Type.String({ minLength: 2, maxLength: 1000 }), deadline: Type.Optional(Nullable(Day)), startsOn: Type.Optional(Nullable(Day)), endsOn: Type.Optional(Nullable(Day)) });
export const ViolationSchema = Type.Object({
  id: Uuid,
  subjectType: SubjectType,
  subjectId: Uuid,
  subjectName: Type.String(),
  kind: Type.String(),
  description: Type.String(),
  evidence: Type.Unknown(),
  sessionId: Nullable(Type.String()),
  source: Type.Enum(['manual', 'system'] as const),
  recordedAt: Type.String(),
  measures: Type.Array(Type.Object({ id: Uuid, measure: Type.String(), note: Type.String(), deadline: Nullable(Type.String()), startsOn: Nullable(Type.String()), endsOn: Nullable(Type.String()), decidedAt: Type.String(), rectifiedAt: Nullable(Type.String()) })),
});
export const SanctionSchema = Type.Object({ id: Uuid, subjectType: Type.String(), subjectName: Type.String(), kind: Type.String(), measure: Type.String(), startsOn: Nullable(Type.String()), endsOn: Nullable(Type.String()), decidedAt: Type.String(), note: Type.String() });
export const SpotCheckBody = Type.Object({ target: Type.Enum(['exception', 'video_patrol'] as const), applicationId: Type.Optional(Nullable(Uuid)), sessionId: Type.Optional(Nullable(Uuid)), outcome: Type.Enum(['compliant', 'problem'] as const), notes: Type.String({ minLength: 2, maxLength: 1000 }) });
export const ExceptionSchema = Type.Object({ applicationId: Uuid, drawId: Uuid, sessionId: Nullable(Type.String()), exception: Nullable(Type.String()), institutionId: Uuid, categoryId: Type.String(), cityCode: Type.String(), siteName: Type.String(), publishedAt: Type.String() });
