import { Type } from 'typebox';

const Nullable = <T extends ReturnType<typeof Type.Integer>>(t: T) => Type.Union([t, Type.Null()]);

export const HourRuleSchema = Type.Object({
  ruleId: Type.Integer(),
  effectiveFrom: Type.String({ format: 'date' }),
  initialTheoryHours: Nullable(Type.Integer()),
  initialPracticalHours: Nullable(Type.Integer()),
  refresherHours: Nullable(Type.Integer()),
  onlineTheoryMaxRatio: Type.Number(),
  unverified: Type.Boolean({ description: '学时来源未经核实（需省应急管理厅确认）' }),
  source: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]),
});

export const CategorySchema = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['principal', 'safety_manager', 'special_work'] as const),
  catalogueVersion: Type.String(),
  code: Type.String(),
  name: Type.String(),
  groupName: Type.String(),
  inExamScope: Type.Boolean({ description: '属于广东省安全生产资格考试范围' }),
  hourRule: Type.Union([HourRuleSchema, Type.Null()]),
});

export const CategoryDetailSchema = Type.Intersect([
  CategorySchema,
  Type.Object({ history: Type.Array(Type.Intersect([HourRuleSchema, Type.Object({ createdAt: Type.String({ format: 'date-time' }) })])) }),
]);

export const SetHourRuleBody = Type.Object({
  effectiveFrom: Type.String({ format: 'date' }),
  initialTheoryHours: Type.Integer({ minimum: 1, maximum: 1000 }),
  initialPracticalHours: Type.Integer({ minimum: 0, maximum: 1000 }),
  refresherHours: Type.Integer({ minimum: 1, maximum: 1000 }),
  onlineTheoryMaxRatio: Type.Number({ exclusiveMinimum: 0, maximum: 1 }),
  note: Type.String({ minLength: 2, maxLength: 500, description: '设定依据（文件名称与条款）' }),
});
