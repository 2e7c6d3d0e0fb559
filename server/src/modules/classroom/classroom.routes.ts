import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { ErrorSchema } from '../identity/identity.schemas.js';
import type { ClassroomService } from './classroom.service.js';

const tags = ['classroom'];
const Params = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Image = Type.String({ minLength: 100, maxLength: 2_000_000, contentEncoding: 'base64' });
const Target = Type.Enum(['online', 'offline'] as const);
const Status = Type.Enum(['pending', 'approved', 'rejected'] as const);
/** A sign-in list of a full class with face frames: up to ~60 learners. */
const BODY_LIMIT = 64 * 1024 * 1024;

const SignInBody = Type.Object({ learnerId: Type.String({ format: 'uuid' }), method: Type.Enum(['face', 'signature'] as const), image: Image });

export function classroomRoutes(app: App, classroom: ClassroomService): void {
  app.post(
    '/api/v1/classes/:id/classroom-sessions',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      bodyLimit: BODY_LIMIT,
      schema: {
        tags,
        summary: '登记面授（理论或实操）：授课教师、时间地点、签到名单（人脸核验或手写签名），到课学员计入面授学时',
        params: Params,
        body: Type.Object({
          kind: Type.Enum(['theory', 'practical'] as const),
          courseId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
          teacherId: Type.String({ format: 'uuid' }),
          topic: Type.String({ minLength: 2, maxLength: 200 }),
          place: Type.String({ minLength: 2, maxLength: 200 }),
          startsAt: Type.String({ format: 'date-time' }),
          endsAt: Type.String({ format: 'date-time' }),
          signIns: Type.Array(SignInBody, { minItems: 1, maxItems: 200 }),
        }),
        response: {
          201: Type.Object({ classroomSessionId: Type.String(), seconds: Type.Integer(), credited: Type.Array(Type.Object({ learnerId: Type.String(), seconds: Type.Integer() })) }),
          400: ErrorSchema,
          404: ErrorSchema,
          422: ErrorSchema,
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const signIns = b.signIns.map((s) => ({ learnerId: s.learnerId, method: s.method, image: Buffer.from(s.image, 'base64') }));
      const input = { ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt), signIns };
      return reply.status(201).send(await classroom.record(req.actor!, req.params.id, input, String(req.id)));
    },
  );

  app.get(
    '/api/v1/classes/:id/classroom-sessions',
    {
      config: { access: { roles: ['institution_admin', 'regulator'], scope: 'institution' } },
      schema: {
        tags,
        summary: '本班面授记录与签到名单',
        params: Params,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                kind: Type.String(),
                courseId: Type.Union([Type.String(), Type.Null()]),
                teacherId: Type.String(),
                topic: Type.String(),
                place: Type.String(),
                startsAt: Type.String(),
                endsAt: Type.String(),
                signIns: Type.Array(Type.Object({ learnerId: Type.String(), method: Type.String(), seconds: Type.Integer() })),
              }),
            ),
          }),
          404: ErrorSchema,
        },
      },
    },
    async (req) => ({ items: await classroom.listSessions(req.actor!, req.params.id) }),
  );

  app.post(
    '/api/v1/classes/:id/hour-corrections',
    {
      config: { access: { roles: ['institution_admin'], scope: 'institution' } },
      schema: {
        tags,
        summary: '申请更正学员学时（须由班级所在地应急管理部门审批后生效，M16）',
        params: Params,
        body: Type.Object({
          learnerId: Type.String({ format: 'uuid' }),
          target: Target,
          seconds: Type.Integer({ minimum: -360_000, maximum: 360_000, description: '正数增加、负数扣减（秒），不能为0' }),
          reason: Type.String({ minLength: 5, maxLength: 500 }),
        }),
        response: { 201: Type.Object({ correctionId: Type.String() }), 404: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await classroom.requestCorrection(req.actor!, req.params.id, req.body, String(req.id))),
  );

  app.get(
    '/api/v1/hour-corrections',
    {
      config: { access: { roles: ['institution_admin', 'regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '学时更正申请（机构看本机构，监管部门看辖区）',
        querystring: Type.Object({
          status: Type.Optional(Status),
          classId: Type.Optional(Type.String({ format: 'uuid', description: '只看该班级的更正（仍限于调用者可见的班级）' })),
          page: Type.Integer({ minimum: 1, default: 1 }),
          pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
        }),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                classId: Type.String(),
                learnerId: Type.String(),
                learnerName: Type.String(),
                target: Target,
                seconds: Type.Integer(),
                reason: Type.String(),
                status: Status,
                requestedAt: Type.String(),
                decidedAt: Type.Union([Type.String(), Type.Null()]),
                decisionNote: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
          }),
        },
      },
    },
    async (req) => classroom.listCorrections(req.actor!, req.query),
  );

  app.post(
    '/api/v1/hour-corrections/:id/decision',
    {
      config: { access: { roles: ['regulator'], scope: 'region' } },
      schema: {
        tags,
        summary: '审批学时更正：批准则记入学时台账（新增一条更正记录），驳回须说明理由',
        params: Params,
        body: Type.Object({ approve: Type.Boolean(), note: Type.Union([Type.String({ minLength: 2, maxLength: 500 }), Type.Null()]) }),
        response: { 200: Type.Object({ status: Type.Enum(['approved', 'rejected'] as const) }), 404: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema },
      },
    },
    async (req) => classroom.decideCorrection(req.actor!, req.params.id, req.body, String(req.id)),
  );
}
