import { Type } from 'typebox';

const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const CityCode = Type.String({ pattern: '^44[0-9]{2}00$', description: '地级以上市行政区划代码，如 440100' });
const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const ClassroomSchema = Type.Object({ name: Text(100), address: Text(200), seats: Type.Integer({ minimum: 1, maximum: 2000 }) });

export const SignupBody = Type.Object({
  institution: Type.Object({
    name: Text(100, 2),
    creditCode: Type.String({ minLength: 18, maxLength: 18, description: '统一社会信用代码（GB 32100）' }),
    address: Text(200, 4),
    regionCode: Type.String({ pattern: '^44[0-9]{4}$' }),
    legalRepresentative: Text(50),
    contactName: Text(50),
    contactPhone: Type.String({ pattern: '^[0-9+\\- ]{7,20}$', description: '机构联系电话（机构可留联系方式；学员不留，M27）' }),
  }),
  admin: Type.Object({ username: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{2,31}$' }), displayName: Text(50), password: Text(128, 8) }),
});

export const RegistrationBody = Type.Object({
  cityCode: CityCode,
  categories: Type.Array(Text(100), { minItems: 1, maxItems: 100, uniqueItems: true }),
  classrooms: Type.Array(ClassroomSchema, { minItems: 1, maxItems: 50 }),
  offlineReport: Type.String({ minLength: 4, maxLength: 500, description: '已向市应急管理局书面报告的文号或说明（N1.2）' }),
});

export const ScopeChangeBody = Type.Object({ categories: Type.Array(Text(100), { minItems: 1, maxItems: 100, uniqueItems: true }) });
export const CancellationBody = Type.Object({ reason: Text(500, 2) });
export const DecisionBody = Type.Object({ approve: Type.Boolean(), reason: Type.Optional(Type.String({ maxLength: 500 })) });

export const RegistrationSchema = Type.Object({
  id: Uuid,
  cityCode: Type.String(),
  status: Type.Enum(['submitted', 'registered', 'rejected', 'cancelled'] as const),
  onlineStatus: Type.Enum(['none', 'declared', 'published', 'rejected'] as const),
  categories: Type.Array(Type.String()),
  classrooms: Type.Array(ClassroomSchema),
  offlineReport: Type.String(),
  submittedAt: Type.String({ format: 'date-time' }),
  registeredAt: Nullable(Type.String({ format: 'date-time' })),
  onlinePublishedAt: Nullable(Type.String({ format: 'date-time' })),
  decisionReason: Nullable(Type.String()),
});

export const MineSchema = Type.Object({
  institution: Type.Object({
    id: Uuid,
    name: Type.String(),
    creditCode: Type.String(),
    address: Type.String(),
    regionCode: Type.String(),
    legalRepresentative: Type.String(),
    contactName: Type.String(),
    contactPhone: Type.String(),
  }),
  registrations: Type.Array(RegistrationSchema),
  applications: Type.Array(
    Type.Object({
      id: Uuid,
      registrationId: Uuid,
      cityCode: Type.String(),
      kind: Type.Enum(['registration', 'online', 'scope_change', 'cancellation'] as const),
      status: Type.Enum(['pending', 'approved', 'rejected'] as const),
      submittedAt: Type.String({ format: 'date-time' }),
      decidedAt: Nullable(Type.String({ format: 'date-time' })),
      reason: Nullable(Type.String()),
    }),
    { description: '本机构的申请及办理结果（最近100条）' },
  ),
});

export const ApplicationSchema = Type.Object({
  id: Uuid,
  kind: Type.Enum(['registration', 'online', 'scope_change', 'cancellation'] as const),
  payload: Type.Record(Type.String(), Type.Unknown()),
  status: Type.Enum(['pending', 'approved', 'rejected'] as const),
  submittedAt: Type.String({ format: 'date-time' }),
  decidedAt: Nullable(Type.String({ format: 'date-time' })),
  reason: Nullable(Type.String()),
  canDecide: Type.Boolean({ description: '当前用户是否有权办理（所在市应急管理局）' }),
  registration: Type.Object({ id: Uuid, cityCode: Type.String(), status: Type.String(), onlineStatus: Type.String(), categories: Type.Array(Type.String()), classrooms: Type.Array(ClassroomSchema), offlineReport: Type.String() }),
  institution: Type.Object({ id: Uuid, name: Type.String(), creditCode: Type.String(), regionCode: Type.String(), address: Type.String(), legalRepresentative: Type.String() }),
});

export const ApplicationListQuery = Type.Object({
  status: Type.Optional(Type.Enum(['pending', 'approved', 'rejected'] as const)),
  cityCode: Type.Optional(CityCode),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

export const PublicInstitutionSchema = Type.Object(
  {
    id: Uuid,
    name: Type.String(),
    creditCode: Type.String(),
    address: Type.String(),
    categories: Type.Array(Type.String()),
    registeredAt: Type.String({ format: 'date-time' }),
    onlinePublishedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);

export const TeacherBody = Type.Object({
  cityCode: CityCode,
  name: Text(50),
  idNumber: Type.String({ minLength: 18, maxLength: 18 }),
  qualifications: Text(500, 2),
  categories: Type.Array(Text(100), { minItems: 1, maxItems: 50, uniqueItems: true }),
});

export const TeacherSchema = Type.Object({
  id: Uuid,
  institutionId: Uuid,
  institutionName: Type.String(),
  cityCode: Type.String(),
  name: Type.String(),
  idNumberMasked: Type.String(),
  qualifications: Type.String(),
  categories: Type.Array(Type.String()),
  status: Type.Enum(['pending', 'approved', 'rejected'] as const),
  reportedAt: Type.String({ format: 'date-time' }),
  decidedAt: Nullable(Type.String({ format: 'date-time' })),
  decisionReason: Nullable(Type.String()),
});
