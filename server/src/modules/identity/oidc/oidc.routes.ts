import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../../../platform/config.js';
import { AppError } from '../../../platform/http/errors.js';
import { markPublic, type App } from '../../../platform/http/server.js';
import { clientInfo, setSessionCookies } from '../identity.routes.js';
import type { IdentityService } from '../identity.service.js';
import { createDemoProvider, DEMO_PROVIDER_MOUNT, loginForm, page } from './demo-provider.js';
import { createOidcClient } from './oidc-client.js';

const STATE_COOKIE = 'xk_oidc';
const CLIENT_NAME = '训考 · 安全生产资格考试网络培训平台';

export async function oidcRoutes(app: App, deps: { config: Config; identity: IdentityService; secureCookies: boolean }): Promise<void> {
  const { config, identity } = deps;
  const oidc = createOidcClient(config);

  app.get(
    '/api/v1/auth/oidc/login',
    {
      config: { access: { public: '统一身份认证登录入口（M11）' } },
      schema: { tags: ['identity'], summary: '跳转到省统一身份认证登录（授权码 + PKCE）', response: { 302: Type.Null() } },
    },
    async (_req, reply) => {
      const { redirectTo, stateCookie } = await oidc.start();
      // Lax, not strict: the browser comes back to the callback from the identity provider's site.
      void reply.setCookie(STATE_COOKIE, stateCookie, { path: '/api/v1/auth/oidc', httpOnly: true, sameSite: 'lax', secure: deps.secureCookies, maxAge: 600 });
      return reply.redirect(redirectTo, 302);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    {
      config: { access: { public: '统一身份认证回调' } },
      schema: { tags: ['identity'], summary: '统一身份认证回调：建立会话后返回首页', response: { 302: Type.Null() } },
    },
    async (req, reply) => {
      void reply.clearCookie(STATE_COOKIE, { path: '/api/v1/auth/oidc' });
      let subject: string;
      try {
        ({ subject } = await oidc.finish(new URL(req.url, config.publicUrl), req.cookies[STATE_COOKIE]));
      } catch (error) {
        req.log.warn({ err: error }, 'OIDC login failed');
        return reply.redirect('/login?error=AUTH_OIDC_FAILED', 302);
      }
      try {
        const session = await identity.loginWithOidc(subject, clientInfo(req));
        setSessionCookies(reply, session, deps.secureCookies);
        return reply.redirect('/', 302);
      } catch (error) {
        if (error instanceof AppError) return reply.redirect(`/login?error=${error.code}`, 302);
        throw error;
      }
    },
  );

  if (config.oidc.demoProvider) await mountDemoProvider(app, deps);
}

/** The in-process 统一身份认证 stand-in: its login page, then the provider itself under /oidc. */
async function mountDemoProvider(app: App, deps: { config: Config; identity: IdentityService }): Promise<void> {
  const provider = createDemoProvider(deps.config);
  const handle = provider.callback();
  // The stand-in provider is not part of the platform's API: keep it out of the OpenAPI document.
  const hideFromDocs = (scope: App) =>
    scope.addHook('onRoute', (route) => {
      route.schema = { ...(route.schema ?? {}), hide: true };
    });

  await app.register(async (scope) => {
    markPublic(scope, '演示用统一身份认证提供方（M11）');
    hideFromDocs(scope);
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });

    scope.get('/oidc/interaction/:uid', async (req: FastifyRequest<{ Params: { uid: string } }>, reply: FastifyReply) => {
      const details = await provider.interactionDetails(req.raw, reply.raw);
      return reply.type('text/html; charset=utf-8').send(loginForm(details.uid, CLIENT_NAME));
    });

    scope.post('/oidc/interaction/:uid/login', async (req: FastifyRequest<{ Params: { uid: string }; Body: Record<string, string> }>, reply: FastifyReply) => {
      const details = await provider.interactionDetails(req.raw, reply.raw);
      const { username = '', password = '' } = req.body ?? {};
      try {
        const account = await deps.identity.verifyCredentials(username, password, clientInfo(req));
        if (account.kind !== 'staff' || !account.oidcSubject) throw new AppError('AUTH_OIDC_NOT_LINKED', 403, '学员请使用身份证号和密码登录训考平台');
        reply.hijack();
        await provider.interactionFinished(req.raw, reply.raw, { login: { accountId: account.oidcSubject } }, { mergeWithLastSubmission: false });
        return reply;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return reply.status(error.status).type('text/html; charset=utf-8').send(loginForm(details.uid, CLIENT_NAME, error.message));
      }
    });
  });

  // Everything else under /oidc is the provider itself; it reads the raw request body.
  await app.register(async (scope) => {
    markPublic(scope, '演示用统一身份认证提供方（M11）');
    hideFromDocs(scope);
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
    const passThrough = async (req: FastifyRequest, reply: FastifyReply) => {
      reply.hijack();
      const raw = req.raw as typeof req.raw & { originalUrl?: string };
      raw.originalUrl = raw.url;
      raw.url = (raw.url ?? '/').slice(DEMO_PROVIDER_MOUNT.length) || '/';
      handle(raw, reply.raw);
    };
    scope.all(`${DEMO_PROVIDER_MOUNT}/*`, passThrough);
  });
}

export { page };
