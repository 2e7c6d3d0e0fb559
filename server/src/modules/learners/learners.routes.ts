import { Type } from 'typebox';
import type { App } from '../../platform/http/server.js';
import { clientInfo, setSessionCookies } from '../identity/index.js';
import { ErrorSchema, MeSchema } from '../identity/identity.schemas.js';
import type { LearnersService } from './learners.service.js';

/** Registrations per address per minute: a training room registering together, not a script. */
const REGISTER_RATE_PER_MINUTE = 30;

/** M27: the body accepts exactly these fields; a phone, WeChat or e-mail field is refused, not ignored. */
const RegisterBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 30 }),
    idNumber: Type.String({ minLength: 18, maxLength: 18, description: '18位居民身份证号码' }),
    employerName: Type.String({ minLength: 2, maxLength: 100 }),
    employerCreditCode: Type.String({ minLength: 18, maxLength: 18 }),
    jobCategory: Type.String({ minLength: 1, maxLength: 50, description: '岗位或工种' }),
    password: Type.String({ minLength: 8, maxLength: 128 }),
  },
  { additionalProperties: false },
);

export function learnersRoutes(app: App, learners: LearnersService, options: { secureCookies: boolean }): void {
  app.post(
    '/api/v1/learners/register',
    {
      config: { access: { public: '学员实名注册（M24）' }, rateLimit: { max: REGISTER_RATE_PER_MINUTE, timeWindow: 60_000 } },
      schema: { tags: ['learners'], summary: '学员实名注册并登录（不收集手机号、微信、邮箱，M27）', body: RegisterBody, response: { 201: MeSchema, 400: ErrorSchema, 409: ErrorSchema, 422: ErrorSchema } },
    },
    async (req, reply) => {
      const session = await learners.register(req.body, clientInfo(req));
      setSessionCookies(reply, session, options.secureCookies);
      return reply.status(201).send(session.me);
    },
  );
}
