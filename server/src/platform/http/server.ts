import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { allows, isApiClientAccess, isPublic, type Access, type Actor, type ApiClient } from './access.js';
import { AppError, CommonErrors } from './errors.js';
import { createMetrics, type Metrics } from './metrics.js';
import { Redis } from 'ioredis';
import type { Db } from '../db/database.js';
import { postgresRateLimitStore } from './rate-limit-store.js';

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>;

export const SESSION_COOKIE = 'xk_session';
export const CSRF_COOKIE = 'xk_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface HttpOptions {
  logLevel: string;
  authenticate: (sessionToken: string, ip: string) => Promise<Actor | null>;
  /** Resolves a data-interface key (M4); throws the module's error when it is unknown, revoked or expired. */
  authenticateApiClient?: (bearerToken: string) => Promise<ApiClient>;
  /** Requests per minute per client address, across all routes (DESIGN §8). */
  rateLimitPerMinute: number;
  /** Where the counters live so that every replica shares them: PostgreSQL, or Redis when configured. */
  rateLimitStore: { kind: 'postgres'; db: Db } | { kind: 'redis'; url: string };
}

export interface HttpServer {
  app: App;
  metrics: Metrics;
  /** Every registered route with its options, for the route-declaration test and the docs. */
  routes: RouteOptions[];
}

export async function createHttpServer(options: HttpOptions): Promise<HttpServer> {
  const app = Fastify({
    logger: { level: options.logLevel },
    genReqId: () => randomUUID(),
    trustProxy: true,
    bodyLimit: 1_048_576,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });

  // Built once: @fastify/helmet rebuilds the middleware (and re-parses the CSP) on every request (decision 0019).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd's CSS-in-JS and swagger-ui inject styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        formAction: ["'self'", 'http:', 'https:'],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined)));
  await app.register(cookie);
  await app.register(rateLimit, {
    ...(await rateLimitBacking(app, options.rateLimitStore)),
    global: true,
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_req, ctx) => {
      const err = CommonErrors.RATE_LIMITED({ retryAfterSeconds: Math.ceil(ctx.ttl / 1000) });
      return Object.assign(err, { statusCode: 429 });
    },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: '训考 Xunkao API', version: '1', description: '广东省安全生产资格考试网络培训与考务平台。每个接口注明访问角色与数据范围。' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, apiKey: { type: 'http', scheme: 'bearer', description: '数据接口密钥 xk_…（M4）' } } },
    },
    transform: ({ schema, url, route }) => {
      const access = (route.config as { access?: Access } | undefined)?.access;
      const note = access ? describeAccess(access) : '未声明访问规则（拒绝）';
      const base = (schema ?? {}) as Record<string, unknown>;
      const description = [base.description, `访问：${note}`].filter(Boolean).join('\n\n');
      const security = !access || isPublic(access) ? {} : { security: [isApiClientAccess(access) ? { apiKey: [] } : { session: [] }] };
      return { schema: { ...base, description, ...security } as never, url };
    },
  });
  await app.register(async (docs) => {
    markPublic(docs, 'OpenAPI 文档');
    await docs.register(swaggerUi, { routePrefix: '/api/docs' });
  });

  const metrics = createMetrics();
  app.addHook('onResponse', async (req, reply) => {
    metrics.observeRequest(req.method, req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });

  app.decorateRequest('actor', null);
  app.decorateRequest('apiClient', null);
  app.addHook('onRequest', async (req) => {
    const url = req.routeOptions.url;
    if (url === undefined) return; // no route: the not-found handler answers
    const access = req.routeOptions.config.access;
    if (access && isApiClientAccess(access)) {
      // Machine clients carry a bearer key and no cookie, so there is no CSRF to check.
      const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!bearer || !options.authenticateApiClient) throw CommonErrors.AUTH_REQUIRED();
      req.apiClient = await options.authenticateApiClient(bearer);
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    req.actor = token ? await options.authenticate(token, req.ip) : null;
    if (!access) throw CommonErrors.FORBIDDEN({ reason: 'route has no access declaration' });
    const verdict = allows(access, req.actor);
    if (verdict === 'unauthenticated') throw CommonErrors.AUTH_REQUIRED();
    if (verdict === 'forbidden') throw CommonErrors.FORBIDDEN();
    if (req.actor && !isPublic(access) && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || sent !== req.actor.csrfToken) throw CommonErrors.CSRF_INVALID();
    }
  });

  app.setErrorHandler((error, req, reply) => {
    const mapped = toAppError(error);
    if (mapped.status >= 500) req.log.error({ err: error }, 'request failed');
    const headers = (error as { headers?: Record<string, string> }).headers;
    if (headers) void reply.headers(headers);
    return reply.status(mapped.status).send({ code: mapped.code, message: mapped.message, details: mapped.details ?? null });
  });

  return { app, metrics, routes };
}

/** Shared counters (DESIGN §1): PostgreSQL by default, Redis when configured. */
async function rateLimitBacking(app: App, choice: HttpOptions['rateLimitStore']) {
  // The plugin calls incr(key, cb, timeWindow, max), more than its typings declare.
  if (choice.kind === 'postgres') return { store: postgresRateLimitStore(choice.db) as unknown as FastifyRateLimitStoreCtor };
  const redis = new Redis(choice.url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  // A configured but unreachable Redis stops the boot, naming it, like any bad setting.
  await redis.connect();
  app.addHook('onClose', async () => void (await redis.quit()));
  // A Redis outage must not stop training: limits lapse, account lockout (PostgreSQL) still holds.
  return { redis, skipOnError: true };
}

/** Routes registered inside `scope` (third-party plugins: docs, static files) are public. */
export function markPublic(scope: App, reason: string): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...(route.config ?? {}), access: { public: reason } } as typeof route.config;
  });
}

function describeAccess(access: Access): string {
  if (isPublic(access)) return `公开（${access.public}）`;
  if (isApiClientAccess(access)) return `数据接口客户端（Bearer 密钥，${access.apiClient}）；数据范围：客户端登记的行政区划`;
  const roles = access.roles === 'any-authenticated' ? '任何已登录用户' : access.roles.join('、');
  return `${roles}；数据范围：${access.scope}`;
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const e = error as { validation?: unknown[]; statusCode?: number; code?: string; message?: string };
  if (e.validation) {
    const details = (e.validation as { instancePath?: string; message?: string }[]).map((v) => ({ path: v.instancePath ?? '', message: v.message ?? '' }));
    return CommonErrors.VALIDATION_FAILED({ errors: details });
  }
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return CommonErrors.PAYLOAD_TOO_LARGE();
  if (e.statusCode === 429) return CommonErrors.RATE_LIMITED();
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return CommonErrors.VALIDATION_FAILED({ reason: e.message });
  return CommonErrors.INTERNAL();
}
