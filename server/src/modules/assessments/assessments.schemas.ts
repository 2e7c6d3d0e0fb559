import { Type } from 'typebox';
import { MAX_OPTIONS } from './assessments.question.js';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Kind = Type.Enum(['single', 'multiple', 'judge'] as const, { description: 'single 单选题 / multiple 多选题 / judge 判断题' });
const Choice = Type.Array(Type.Integer({ minimum: 0, maximum: MAX_OPTIONS - 1 }), { maxItems: MAX_OPTIONS, uniqueItems: true, description: '所选选项的序号（0 = A）' });

export const CategoryParams = Type.Object({ categoryId: Type.String({ maxLength: 100 }) });
export const ClassParams = Type.Object({ classId: Uuid });
export const AttemptParams = Type.Object({ attemptId: Uuid });

export const QuestionBody = Type.Object({
  kind: Kind,
  topic: Type.String({ minLength: 1, maxLength: 50, description: '知识点：组卷时按知识点比例抽题' }),
  stem: Type.String({ minLength: 2, maxLength: 1000 }),
  options: Type.Array(Type.String({ maxLength: 300 }), { minItems: 2, maxItems: MAX_OPTIONS, description: '判断题固定为「正确」「错误」' }),
  answer: Choice,
});

export const QuestionSchema = Type.Object({ id: Uuid, kind: Kind, topic: Type.String(), stem: Type.String(), options: Type.Array(Type.String()), answer: Type.Array(Type.Integer()), createdAt: Type.String({ format: 'date-time' }) });

export const QuestionListQuery = Type.Object({
  topic: Type.Optional(Type.String({ maxLength: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

export const BankSummarySchema = Type.Object({
  categoryId: Type.String(),
  total: Type.Integer(),
  byKind: Type.Object({ single: Type.Integer(), multiple: Type.Integer(), judge: Type.Integer() }),
  topics: Type.Array(Type.Object({ topic: Type.String(), count: Type.Integer() })),
});

export const ImportReportSchema = Type.Object({
  dryRun: Type.Boolean(),
  imported: Type.Integer({ description: '导入（或检查时可导入）的试题数' }),
  duplicates: Type.Integer(),
  invalid: Type.Integer(),
  rows: Type.Array(
    Type.Object({
      row: Type.Integer({ description: 'Excel 行号' }),
      outcome: Type.Enum(['imported', 'duplicate', 'invalid'] as const),
      problems: Type.Array(Type.Object({ column: Type.String(), message: Type.String() })),
    }),
  ),
});

export const TestSettingsSchema = Type.Object({
  categoryId: Type.String(),
  passMark: Type.Integer(),
  maxAttempts: Type.Integer(),
  cooldownMinutes: Type.Integer(),
  note: Type.String(),
  setAt: Nullable(Type.String({ format: 'date-time' })),
});

export const TestSettingsBody = Type.Object({
  passMark: Type.Integer({ minimum: 1, maximum: 100, description: '合格分数（满分100）' }),
  maxAttempts: Type.Integer({ minimum: 1, maximum: 20, description: '每项考试最多参加次数（含首次）' }),
  cooldownMinutes: Type.Integer({ minimum: 0, maximum: 43200, description: '两次考试之间至少间隔的分钟数' }),
  note: Type.String({ minLength: 2, maxLength: 500, description: '设定依据' }),
});

const definitionFields = {
  id: Uuid,
  classId: Uuid,
  courseId: Nullable(Uuid),
  title: Type.String(),
  questionCount: Type.Integer(),
  durationMinutes: Type.Integer(),
  topicWeights: Type.Record(Type.String(), Type.Number()),
  createdAt: Type.String({ format: 'date-time' }),
  passMark: Type.Integer(),
  maxAttempts: Type.Integer(),
  cooldownMinutes: Type.Integer(),
};

export const NewTestBody = Type.Object({
  courseId: Nullable(Uuid),
  title: Type.String({ minLength: 2, maxLength: 100 }),
  questionCount: Type.Integer({ minimum: 5, maximum: 200 }),
  durationMinutes: Type.Integer({ minimum: 5, maximum: 240 }),
  topicWeights: Type.Record(Type.String({ maxLength: 50 }), Type.Integer({ minimum: 0, maximum: 100 }), { description: '知识点 → 比例（权重），按比例分配题量' }),
});

export const ClassTestSchema = Type.Object(definitionFields);

export const ResultSchema = Type.Object({
  attemptId: Uuid,
  testId: Uuid,
  courseId: Nullable(Uuid),
  title: Type.String(),
  outcome: Type.Enum(['scored', 'voided'] as const, { description: 'voided：人脸核验未通过或未按时核验，本次考试作废' }),
  score: Type.Integer(),
  passMark: Type.Integer(),
  passed: Type.Boolean(),
  correct: Type.Integer(),
  total: Type.Integer(),
  leaveCount: Type.Integer({ description: '考试中离开页面的次数' }),
  finishedBy: Type.Enum(['submitted', 'timeout', 'face_check'] as const),
  voidReason: Nullable(Type.String()),
  at: Type.String({ format: 'date-time' }),
});

export const MyTestSchema = Type.Object({
  ...definitionFields,
  attemptsUsed: Type.Integer(),
  openAttemptId: Nullable(Uuid),
  result: Nullable(ResultSchema),
  blockedBy: Nullable(Type.String({ description: '不能开始新考试的原因（错误码）' })),
  nextAttemptAt: Nullable(Type.String({ format: 'date-time' })),
});

const stateFields = {
  attemptId: Uuid,
  deadline: Type.String({ format: 'date-time' }),
  serverNow: Type.String({ format: 'date-time', description: '服务器时间：倒计时以此为准' }),
  faceCheckDue: Type.Boolean({ description: '服务器要求现在进行人脸核验' }),
  faceCheckDeadline: Nullable(Type.String({ format: 'date-time' })),
  answeredCount: Type.Integer(),
};

export const AttemptStateSchema = Type.Object(stateFields);

export const AttemptSchema = Type.Object({
  ...stateFields,
  status: Type.Enum(['open', 'finished'] as const),
  testId: Uuid,
  classId: Uuid,
  title: Type.String(),
  attemptNo: Type.Integer(),
  passMark: Type.Integer(),
  startedAt: Type.String({ format: 'date-time' }),
  questions: Type.Array(Type.Object({ id: Uuid, kind: Kind, stem: Type.String(), options: Type.Array(Type.String()) }), { description: '试卷：题干与选项，不含答案' }),
  answers: Type.Record(Type.String(), Type.Array(Type.Integer())),
  result: Nullable(ResultSchema),
});

export const AnswerBody = Type.Object({ questionId: Uuid, choice: Choice });

export const FaceCheckResultSchema = Type.Object({
  decision: Type.String(),
  passed: Type.Boolean(),
  message: Type.String(),
  voided: Type.Boolean({ description: '本次考试因人脸核验未通过而作废' }),
});
