import { Type } from 'typebox';
import { NUMBER_PATTERN } from './certificates.policy.js';

export const NumberParams = Type.Object({ number: Type.String({ pattern: NUMBER_PATTERN, maxLength: 40 }) });

const Status = Type.Enum(['valid', 'superseded', 'revoked'] as const, { description: 'valid 有效 / superseded 已被新版本替代 / revoked 已撤销' });

export const CertificateSummarySchema = Type.Object({
  number: Type.String(),
  version: Type.Integer(),
  status: Status,
  className: Type.String(),
  learnerName: Type.String(),
  idNumberMasked: Type.String(),
  categoryName: Type.String(),
  totalStudyHours: Type.Integer(),
  issuedAt: Type.String({ format: 'date-time' }),
});

const Seconds = Type.Integer({ minimum: 0 });

export const CourseHoursSchema = Type.Object({
  courseId: Type.Union([Type.String(), Type.Null()]),
  title: Type.String(),
  onlineSeconds: Type.Integer(),
  offlineSeconds: Type.Integer(),
  onlineStudyHours: Type.Integer(),
  offlineStudyHours: Type.Integer(),
});

export const TestResultSchema = Type.Object({ courseId: Type.Union([Type.String(), Type.Null()], { description: '结业考试为空' }), title: Type.String(), score: Type.Number(), passMark: Type.Number(), passed: Type.Boolean(), at: Type.String() });

export const CertificateContentSchema = Type.Object({
  format: Type.Literal('xunkao.certificate/1'),
  number: Type.String(),
  version: Type.Integer(),
  supersedes: Type.Union([Type.String(), Type.Null()]),
  learner: Type.Object({ name: Type.String(), idNumberMasked: Type.String(), employer: Type.Union([Type.String(), Type.Null()]) }),
  training: Type.Object({ categoryId: Type.String(), categoryName: Type.String(), trainingType: Type.Enum(['initial', 'refresher'] as const) }),
  institution: Type.Object({ name: Type.String(), creditCode: Type.String() }),
  class: Type.Object({ name: Type.String(), cityCode: Type.String(), startsOn: Type.String(), endsOn: Type.String() }),
  hours: Type.Object({
    required: Type.Object({ theoryHours: Type.Integer(), practicalHours: Type.Integer(), maxOnlineHours: Type.Integer() }),
    onlineSeconds: Type.Integer(),
    offlineSeconds: Seconds,
    countedOnlineSeconds: Seconds,
    totalStudyHours: Type.Integer(),
    courses: Type.Array(CourseHoursSchema),
  }),
  tests: Type.Array(TestResultSchema),
  period: Type.Object({ firstStudyAt: Type.String(), lastStudyAt: Type.String() }),
  issuedAt: Type.String(),
  keyId: Type.String(),
});

export const VerificationSchema = Type.Object({
  ...CertificateSummarySchema.properties,
  signatureValid: Type.Boolean({ description: '平台重新计算内容摘要并核对签名的结果' }),
  payloadMatches: Type.Union([Type.Boolean(), Type.Null()], { description: '二维码中的签名数据是否属于本证明（未提供时为 null）' }),
  revocation: Type.Union([Type.Object({ reason: Type.String(), at: Type.String({ format: 'date-time' }) }), Type.Null()]),
  supersededBy: Type.Union([Type.String(), Type.Null()]),
  supersedes: Type.Union([Type.String(), Type.Null()]),
  content: CertificateContentSchema,
  contentHash: Type.String(),
  signature: Type.String(),
  keyId: Type.String(),
});

export const PublicKeySchema = Type.Object({ algorithm: Type.Literal('Ed25519'), keyId: Type.String(), publicKeyPem: Type.String() });

export const ReasonBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) });
