import { Type } from 'typebox';

const Uuid = Type.String({ format: 'uuid' });
const Hours = Type.Integer({ minimum: 0, maximum: 1000 });

export const CreateClassBody = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 100 }),
  categoryId: Type.String({ maxLength: 100 }),
  trainingType: Type.Enum(['initial', 'refresher'] as const, { description: 'initial 初训 / refresher 复训' }),
  cityCode: Type.String({ pattern: '^44[0-9]{2}00$' }),
  startsOn: Type.String({ format: 'date' }),
  endsOn: Type.String({ format: 'date' }),
  onlineTheoryHours: Hours,
  offlineTheoryHours: Hours,
  practicalHours: Hours,
  onlinePracticalHours: Type.Integer({ minimum: 0, default: 0, description: '须为 0：实际操作培训不得在网络进行（M19）' }),
  courseIds: Type.Array(Uuid, { minItems: 1, maxItems: 50, uniqueItems: true }),
  teacherIds: Type.Array(Uuid, { maxItems: 50, uniqueItems: true }),
});

const Plan = Type.Object({ onlineTheoryHours: Type.Integer(), offlineTheoryHours: Type.Integer(), practicalHours: Type.Integer() });
const Required = Type.Object({ theoryHours: Type.Integer(), practicalHours: Type.Integer(), maxOnlineHours: Type.Integer() });

/** What every view of a class shows. */
const classFields = {
  id: Uuid,
  institutionId: Uuid,
  name: Type.String(),
  categoryId: Type.String(),
  trainingType: Type.Enum(['initial', 'refresher'] as const),
  cityCode: Type.String(),
  regionCode: Type.String({ description: '监管辖区：机构在本市开班时为机构所在区县，否则为开班城市（M29）' }),
  startsOn: Type.String(),
  endsOn: Type.String(),
  plan: Plan,
  required: Required,
  status: Type.Enum(['open', 'closed'] as const),
  createdAt: Type.String({ format: 'date-time' }),
};

export const ClassSummarySchema = Type.Object({ ...classFields, institutionName: Type.String(), learnerCount: Type.Integer() });

const CourseOutline = Type.Object({ id: Uuid, title: Type.String(), lessonCount: Type.Integer(), durationSeconds: Type.Integer() });

export const ClassDetailSchema = Type.Object({
  ...classFields,
  code: Type.Union([Type.String(), Type.Null()], { description: '班级码，仅本机构可见' }),
  courses: Type.Array(CourseOutline),
  teacherIds: Type.Array(Uuid),
  enrolments: Type.Array(
    Type.Object({
      id: Uuid,
      learnerId: Uuid,
      name: Type.String(),
      idNumberMasked: Type.String(),
      employerName: Type.Union([Type.String(), Type.Null()]),
      joinedVia: Type.Enum(['code', 'import'] as const),
      status: Type.Enum(['active', 'locked', 'completed', 'withdrawn'] as const),
      joinedAt: Type.String({ format: 'date-time' }),
    }),
  ),
});

export const ImportResultSchema = Type.Object({
  rows: Type.Integer(),
  enrolled: Type.Integer(),
  alreadyEnrolled: Type.Integer(),
  newAccounts: Type.Array(Type.Object({ row: Type.Integer(), name: Type.String(), idNumberMasked: Type.String(), initialPassword: Type.String() }), {
    description: '新建学员账号的初始密码，仅此一次显示，请打印后当面交给学员；学员首次登录须修改',
  }),
});

export const MyClassSchema = Type.Object({
  id: Uuid,
  name: Type.String(),
  institutionName: Type.String(),
  categoryId: Type.String(),
  trainingType: Type.Enum(['initial', 'refresher'] as const),
  startsOn: Type.String(),
  endsOn: Type.String(),
  plannedOnlineHours: Type.Integer(),
  status: Type.Enum(['active', 'locked', 'completed', 'withdrawn'] as const),
  courses: Type.Array(CourseOutline),
});
