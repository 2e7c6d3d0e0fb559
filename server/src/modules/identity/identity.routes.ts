import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { CommonErrors } from '../../platform/http/errors.js';
import { CSRF_COOKIE, SESSION_COOKIE, type App } from '../../platform/http/server.js';
import { SESSION_MAX_HOURS } from './identity.policy.js';
import { ErrorSchema, LoginBody, MeSchema, PasswordChangeBody, SessionListSchema } from './identity.schemas.js';
import type { ClientInfo, IdentityService, NewSession } from './identity.service.js';

export function clientInfo(req: FastifyRequest): ClientInfo {
  return { ip: req.ip, userAgent: req.headers['user-agent'] ?? null, requestId: String(req.id) };
}

/** httpOnly SameSite=strict session cookie plus a readable CSRF cookie for the web client. */
export function setSessionCookies(reply: FastifyReply, session: NewSession, secure: boolean): void {
  const maxAge = SESSION_MAX_HOURS * 3600;
  void reply.setCookie(SESSION_COOKIE, session.token, { path: '/', httpOnly: true, sameSite: 'strict', secure, maxAge });
  void reply.setCookie(CSRF_COOKIE, session.me.csrfToken, { path: '/', httpOnly: false, sameSite: 'strict', secure, maxAge });
}

export function identityRoutes(app: App, identity: IdentityService, options: { secureCookies: boolean; loginPerMinute: number }): void {
  const actorOf = (req: FastifyRequest) => {
    if (!req.actor) throw CommonErrors.AUTH_REQUIRED();
    return req.actor;
  };

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: { public: '登录入口' }, rateLimit: { max: options.loginPerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['identity'],
        summary: '账号密码登录（学员用户名为18位身份证号）',
        body: LoginBody,
        response: { 200: MeSchema, 401: ErrorSchema, 423: ErrorSchema },
      },
    },
    async (req, reply) => {
      const session = await identity.login(req.body.username, req.body.password, clientInfo(req));
      setSessionCookies(reply, session, options.secureCookies);
      return session.me;
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: { roles: 'any-authenticated', scope: 'self' } },
      schema: { tags: ['identity'], summary: '退出登录', response: { 204: Type.Null() } },
    },
    async (req, reply) => {
      await identity.logout(actorOf(req), clientInfo(req));
      void reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/me',
    {
      config: { access: { roles: 'any-authenticated', scope: 'self' } },
      schema: { tags: ['identity'], summary: '当前账号、角色与数据范围', response: { 200: MeSchema } },
    },
    async (req) => identity.toMe(actorOf(req)),
  );

  app.get(
    '/api/v1/me/sessions',
    {
      config: { access: { roles: 'any-authenticated', scope: 'self' } },
      schema: { tags: ['identity'], summary: '本人当前有效的登录会话', response: { 200: SessionListSchema } },
    },
    async (req) => ({ items: await identity.listSessions(actorOf(req)) }),
  );

  app.delete(
    '/api/v1/me/sessions/:id',
    {
      config: { access: { roles: 'any-authenticated', scope: 'self' } },
      schema: {
        tags: ['identity'],
        summary: '让本人的某个登录会话下线',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), 404: ErrorSchema },
      },
    },
    async (req, reply) => {
      await identity.revokeSession(actorOf(req), req.params.id, clientInfo(req));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/password',
    {
      config: { access: { roles: 'any-authenticated', scope: 'self' } },
      schema: { tags: ['identity'], summary: '修改本人密码（其他会话将下线）', body: PasswordChangeBody, response: { 204: Type.Null(), 400: ErrorSchema, 401: ErrorSchema } },
    },
    async (req, reply) => {
      await identity.changePassword(actorOf(req), req.body.currentPassword, req.body.newPassword, clientInfo(req));
      return reply.status(204).send(null);
    },
  );
}
