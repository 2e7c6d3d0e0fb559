import { Type } from 'typebox';
import { FRAME_BODY_LIMIT, liveCapture, LiveFrames } from '../faces/index.js';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import { AnswerBody, AttemptParams, AttemptSchema, AttemptStateSchema, ClassParams, FaceCheckResultSchema, MyTestSchema, ResultSchema } from './assessments.schemas.js';
import type { AssessmentsService } from './assessments.service.js';

const tags = ['assessments'];
const access = { roles: ['learner'] as const, scope: 'self' as const };

/** The learner's side of a test (M23, M24): start with a face check, answer, checks when asked, submit. */
export function attemptRoutes(app: App, assessments: AssessmentsService): void {
  const { attempts } = assessments;

  app.get(
    '/api/v1/me/classes/:classId/tests',
    {
      config: { access },
      schema: { tags, summary: '我在该培训班的考试：次数、成绩、何时可以再考', params: ClassParams, response: { 200: Type.Object({ enrolmentStatus: Type.String(), items: Type.Array(MyTestSchema) }), 404: ErrorSchema } },
    },
    async (req) => assessments.myTests(req.actor!, req.params.classId),
  );

  app.post(
    '/api/v1/me/tests/:testId/attempts',
    {
      config: { access },
      bodyLimit: FRAME_BODY_LIMIT,
      schema: {
        tags,
        summary: '开始考试（或继续未交卷的考试）：先通过人脸核验（M24），再随机抽取试卷；试卷不含答案',
        params: Type.Object({ testId: Type.String({ format: 'uuid' }) }),
        body: Type.Object(LiveFrames),
        response: { 200: AttemptSchema, 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema, 423: ErrorSchema },
      },
    },
    async (req) => attempts.start(req.actor!, req.params.testId, liveCapture(req.body), String(req.id)),
  );

  app.get(
    '/api/v1/me/test-attempts/:attemptId',
    {
      config: { access },
      schema: { tags, summary: '考试页面：未交卷时为试卷与已保存的答案，结束后为成绩', params: AttemptParams, response: { 200: AttemptSchema, 404: ErrorSchema } },
    },
    async (req) => attempts.get(req.actor!, req.params.attemptId, String(req.id)),
  );

  app.get(
    '/api/v1/me/test-attempts/:attemptId/state',
    {
      config: { access },
      schema: { tags, summary: '考试状态（约每15秒查询）：剩余时间、是否需要人脸核验', params: AttemptParams, response: { 200: AttemptStateSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => attempts.poll(req.actor!, req.params.attemptId),
  );

  app.post(
    '/api/v1/me/test-attempts/:attemptId/answers',
    {
      config: { access },
      schema: { tags, summary: '保存一道题的答案（可修改，交卷前有效）', params: AttemptParams, body: AnswerBody, response: { 200: AttemptStateSchema, 400: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => attempts.answer(req.actor!, req.params.attemptId, req.body),
  );

  app.post(
    '/api/v1/me/test-attempts/:attemptId/face-check',
    {
      config: { access },
      bodyLimit: FRAME_BODY_LIMIT,
      schema: { tags, summary: '考试中随机人脸核验：他人、多人或照片则本次考试作废', params: AttemptParams, body: Type.Object(LiveFrames), response: { 200: FaceCheckResultSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => attempts.faceCheck(req.actor!, req.params.attemptId, liveCapture(req.body)),
  );

  app.post(
    '/api/v1/me/test-attempts/:attemptId/page-events',
    {
      config: { access },
      schema: {
        tags,
        summary: '记录离开或回到考试页面（M24）；离开较久回来时须人脸核验',
        params: AttemptParams,
        body: Type.Object({ kind: Type.Enum(['hidden', 'visible'] as const) }),
        response: { 200: AttemptStateSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (req) => attempts.pageEvent(req.actor!, req.params.attemptId, req.body.kind),
  );

  app.post(
    '/api/v1/me/test-attempts/:attemptId/submit',
    {
      config: { access },
      schema: { tags, summary: '交卷并查看成绩（交卷后不能再修改答案）', params: AttemptParams, response: { 200: ResultSchema, 404: ErrorSchema, 409: ErrorSchema } },
    },
    async (req) => attempts.submit(req.actor!, req.params.attemptId),
  );
}
