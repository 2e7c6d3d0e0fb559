import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { clientInfo } from '../identity/index.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { decodeFrame as decode, Frame, FRAME_BODY_LIMIT, liveCapture, LiveFrames } from './faces.capture.js';
import { ENROLMENT_FRAMES_MAX, ENROLMENT_FRAMES_MIN, type FacesService } from './faces.service.js';

const tags = ['faces'];
/** Face-verified password resets per address per minute: a person retrying, not a search. */
const RESET_RATE_PER_MINUTE = 5;

const CheckResult = Type.Object({
  decision: Type.Enum(['MATCH', 'NO_FACE', 'MULTIPLE_FACES', 'MISMATCH', 'SPOOF', 'LOW_QUALITY'] as const),
  passed: Type.Boolean(),
  message: Type.String({ description: '给学员看的提示' }),
  score: Type.Number(),
});

export function facesRoutes(app: App, faces: FacesService): void {
  app.get(
    '/api/v1/me/face',
    {
      config: { access: { roles: ['learner'], scope: 'self' } },
      schema: { tags, summary: '本人人脸采集状态', response: { 200: Type.Object({ enrolled: Type.Boolean(), enrolledAt: Type.Union([Type.String(), Type.Null()]) }) } },
    },
    async (req) => faces.status(req.actor!),
  );

  app.post(
    '/api/v1/me/face/enrolment',
    {
      config: { access: { roles: ['learner'], scope: 'self' } },
      bodyLimit: FRAME_BODY_LIMIT,
      schema: {
        tags,
        summary: '人脸采集（实名核验，M24）：摄像头实时拍摄的 1–3 帧',
        body: Type.Object({ images: Type.Array(Frame, { minItems: ENROLMENT_FRAMES_MIN, maxItems: ENROLMENT_FRAMES_MAX }) }),
        response: { 201: Type.Object({ enrolled: Type.Boolean() }), 422: ErrorSchema, 503: ErrorSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await faces.enrol(req.actor!, req.body.images.map(decode), String(req.id))),
  );

  app.post(
    '/api/v1/me/face/checks',
    {
      config: { access: { roles: ['learner'], scope: 'self' } },
      bodyLimit: FRAME_BODY_LIMIT,
      schema: { tags, summary: '人脸核验（与实名登记的人脸比对，结果留档）', body: Type.Object(LiveFrames), response: { 200: CheckResult, 409: ErrorSchema } },
    },
    async (req) => faces.check(req.actor!.accountId, liveCapture(req.body), 'self_test'),
  );

  app.post(
    '/api/v1/auth/password-reset/face',
    {
      config: { access: { public: '学员凭本人人脸重置密码（平台不保存手机号，M27）' }, rateLimit: { max: RESET_RATE_PER_MINUTE, timeWindow: 60_000 } },
      bodyLimit: FRAME_BODY_LIMIT,
      schema: {
        tags,
        summary: '刷脸重置密码',
        body: Type.Object({ idNumber: Type.String({ minLength: 18, maxLength: 18 }), ...LiveFrames, newPassword: Type.String({ minLength: 8, maxLength: 128 }) }),
        response: { 204: Type.Null(), 403: ErrorSchema },
      },
    },
    async (req, reply) => {
      await faces.resetPasswordByFace(req.body.idNumber, liveCapture(req.body), req.body.newPassword, clientInfo(req));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/integrity/signals',
    {
      config: { access: { roles: ['institution_admin', 'regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '防代学预警：同一人脸登记在多个身份证号下（机构看本机构，监管部门看辖区）',
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ id: Type.String(), kind: Type.Literal('shared_face'), accountIds: Type.Array(Type.String()), score: Type.Number(), detail: Type.Record(Type.String(), Type.Unknown()), createdAt: Type.String() })),
          }),
        },
      },
    },
    async (req) => ({ items: await faces.signals(req.actor!) }),
  );
}
