import { Type } from 'typebox';
import { createLocalRateLimit } from '../../platform/http/local-rate-limit.js';
import { FRAME_BODY_LIMIT, liveCapture, LiveFrames } from '../faces/index.js';
import { sendRangedMedia } from '../../platform/http/ranged-media.js';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import type { LearningService } from './learning.service.js';
import type { LearningSettingsService } from './learning.settings.js';

const tags = ['learning'];
const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });
const access = { roles: ['learner'] as const, scope: 'self' as const };

const Challenge = Type.Union([
  Type.Object({ id: Type.String(), question: Type.String(), options: Type.Array(Type.String()), deadline: Type.String(), missed: Type.Boolean() }),
  Type.Null(),
]);

export function learningRoutes(app: App, learning: LearningService, settings: LearningSettingsService, options: { heartbeatsPerMinute: number }): void {
  // Heartbeats are counted per session in this process, not per address in the shared store: a training
  // room behind one NAT address sends hundreds a minute, and a shared-store write would double each beat's cost.
  const beatLimit = createLocalRateLimit({ max: options.heartbeatsPerMinute, windowMs: 60_000 });

  app.post(
    '/api/v1/learning/sessions',
    {
      config: { access },
      bodyLimit: FRAME_BODY_LIMIT,
      schema: {
        tags,
        summary: '开始学习一个课时：先通过人脸核验（M24）；同一学员同时只有一个学习会话',
        body: Type.Object({ classId: Type.String({ format: 'uuid' }), lessonId: Type.String({ format: 'uuid' }), deviceId: Type.String({ minLength: 8, maxLength: 64 }), ...LiveFrames }),
        response: {
          201: Type.Object({
            sessionId: Type.String(),
            resumeAt: Type.Number(),
            lessonDuration: Type.Integer(),
            confirmedSeconds: Type.Number(),
            heartbeatSeconds: Type.Integer({ description: '心跳间隔（秒），由省厅设置' }),
            lesson: Type.Object({ title: Type.String(), kind: Type.Enum(['video', 'audio', 'text'] as const), textContent: Type.Union([Type.String(), Type.Null()]) }),
          }),
          404: ErrorSchema,
          422: ErrorSchema,
          423: ErrorSchema,
        },
      },
    },
    async (req, reply) => reply.status(201).send(await learning.start(req.actor!, { classId: req.body.classId, lessonId: req.body.lessonId, deviceId: req.body.deviceId, capture: liveCapture(req.body), clientIp: req.ip })),
  );

  app.post(
    '/api/v1/learning/sessions/:id/heartbeats',
    {
      config: { access, rateLimit: false },
      // Thousands a second at peak: logged only when something goes wrong (the metrics still count each one).
      logLevel: 'warn',
      preHandler: async (req) => beatLimit((req.params as { id: string }).id),
      schema: {
        tags,
        summary: '学习心跳（约每15秒）：学时只由服务器按规则计算',
        params: Params,
        headers: Type.Object({
          'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '同一心跳重发时不变（如 会话ID:seq）：答复丢失后重发，得到原答复，不重复计时' })),
        }),
        body: Type.Object({
          seq: Type.Integer({ minimum: 1 }),
          mediaPosition: Type.Number({ minimum: 0 }),
          playing: Type.Boolean(),
          visible: Type.Boolean(),
          focused: Type.Boolean(),
          lastInputAt: Type.Optional(Type.String()),
        }),
        response: {
          200: Type.Object({ credited: Type.Number(), reason: Type.String(), pendingSeconds: Type.Number(), challenge: Challenge, faceCheckDue: Type.Boolean(), locked: Type.Boolean() }),
          409: ErrorSchema,
        },
      },
    },
    async (req) => learning.heartbeat(req.actor!, req.params.id, req.body, req.headers['idempotency-key'] ?? null),
  );

  app.post(
    '/api/v1/learning/sessions/:id/challenge',
    {
      config: { access },
      schema: {
        tags,
        summary: '回答防挂机确认题（60秒内）',
        params: Params,
        body: Type.Object({ challengeId: Type.String(), answer: Type.String({ maxLength: 10 }) }),
        response: { 200: Type.Object({ accepted: Type.Boolean(), challenge: Challenge }), 404: ErrorSchema },
      },
    },
    async (req) => learning.answerChallenge(req.actor!, req.params.id, req.body),
  );

  const FaceResult = Type.Object({
    decision: Type.String(),
    passed: Type.Boolean(),
    message: Type.String(),
    confirmedSeconds: Type.Integer({ description: '本次核验通过后确认计入的学时秒数' }),
    voided: Type.Boolean({ description: '核验未通过：自上次核验以来的学时作废' }),
    locked: Type.Boolean(),
  });

  app.post(
    '/api/v1/learning/sessions/:id/face-check',
    {
      config: { access },
      bodyLimit: FRAME_BODY_LIMIT,
      schema: { tags, summary: '学习中随机人脸核验：通过则确认此前的学时，未通过则作废', params: Params, body: Type.Object(LiveFrames), response: { 200: FaceResult, 409: ErrorSchema } },
    },
    async (req) => learning.faceCheck(req.actor!, req.params.id, liveCapture(req.body)),
  );

  app.post(
    '/api/v1/learning/sessions/:id/end',
    {
      config: { access },
      bodyLimit: FRAME_BODY_LIMIT,
      schema: {
        tags,
        summary: '结束学习：附人脸照片则核验后确认学时，否则未确认的学时作废',
        params: Params,
        body: Type.Object({ image: Type.Optional(LiveFrames.image), nextFrame: Type.Optional(LiveFrames.nextFrame) }),
        response: { 200: Type.Object({ confirmedSeconds: Type.Integer(), passed: Type.Boolean() }) },
      },
    },
    async (req) => learning.end(req.actor!, req.params.id, req.body.image && req.body.nextFrame ? liveCapture({ image: req.body.image, nextFrame: req.body.nextFrame }) : null),
  );

  app.get(
    '/api/v1/me/hours',
    {
      config: { access },
      schema: {
        tags,
        summary: '我的学时（45分钟为1学时，按培训班与课程汇总，M19、M25）',
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                classId: Type.String(),
                onlineSeconds: Type.Integer(),
                offlineSeconds: Type.Integer(),
                onlineStudyHours: Type.Integer(),
                offlineStudyHours: Type.Integer(),
                courses: Type.Record(Type.String(), Type.Integer()),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await learning.myHours(req.actor!) }),
  );

  app.get(
    '/api/v1/learning/sessions/:id/media',
    {
      config: { access },
      schema: { tags, summary: '播放本次学习会话的课时音视频（仅限进行中的会话，支持 HTTP Range）', params: Params },
    },
    async (req, reply) => sendRangedMedia(req, reply, await learning.sessionMedia(req.actor!, req.params.id)),
  );

  const Lesson = Type.Object({
    id: Type.String(),
    title: Type.String(),
    kind: Type.Enum(['video', 'audio', 'text'] as const),
    durationSeconds: Type.Integer(),
    confirmedSeconds: Type.Integer({ description: '已确认计入的学习秒数' }),
    resumeAt: Type.Number({ description: '上次学到的位置（秒）' }),
    done: Type.Boolean(),
  });

  app.get(
    '/api/v1/me/classes/:id/learning',
    {
      config: { access },
      schema: {
        tags,
        summary: '我的培训班学习进度：各课时已确认学时、续播位置、下一课时（M25）',
        params: Params,
        response: {
          200: Type.Object({
            classId: Type.String(),
            className: Type.String(),
            status: Type.String(),
            onlineSeconds: Type.Integer(),
            offlineSeconds: Type.Integer(),
            onlineStudyHours: Type.Integer(),
            plannedOnlineSeconds: Type.Integer(),
            maxOnlineSeconds: Type.Integer(),
            nextLessonId: Type.Union([Type.String(), Type.Null()]),
            courses: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), lessons: Type.Array(Lesson) })),
          }),
          404: ErrorSchema,
        },
      },
    },
    async (req) => learning.classOutline(req.actor!, req.params.id),
  );

  const Range = Type.Tuple([Type.Integer({ minimum: 5, maximum: 7200 }), Type.Integer({ minimum: 5, maximum: 7200 })]);
  const SettingsBody = Type.Object({
    dailyCapSeconds: Type.Integer({ minimum: 3600, maximum: 86400, description: '每日网络学时上限（秒）' }),
    heartbeatSeconds: Type.Integer({ minimum: 3, maximum: 30 }),
    challengeIntervalSeconds: Range,
    faceCheckIntervalSeconds: Range,
    note: Type.String({ minLength: 2, maxLength: 500, description: '调整依据' }),
  });
  const SettingsSchema = Type.Object({
    ...SettingsBody.properties,
    setAt: Type.Union([Type.String(), Type.Null()]),
    setBy: Type.Union([Type.String(), Type.Null()]),
  });

  app.get(
    '/api/v1/learning/settings',
    {
      config: { access: { roles: ['regulator', 'platform_operator', 'institution_admin'], scope: 'none' } },
      schema: { tags, summary: '现行学习规则：每日学时上限、心跳、确认题与人脸抽查间隔', response: { 200: SettingsSchema } },
    },
    async () => settings.current(),
  );

  app.post(
    '/api/v1/learning/settings',
    {
      config: { access: { roles: ['regulator'], scope: 'region' } },
      schema: { tags, summary: '设置学习规则（仅省应急管理厅；每次设置留存新版本并审计）', body: SettingsBody, response: { 200: SettingsSchema, 400: ErrorSchema, 403: ErrorSchema } },
    },
    async (req) => settings.set(req.actor!, req.body, String(req.id)),
  );
}
