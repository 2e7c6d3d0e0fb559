import path from 'node:path';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';

/**
 * Boot configuration, validated once (STYLE 8): a bad variable stops the
 * server with a message naming it. Secrets have well-known demo defaults so
 * `npm start` works on a fresh clone; production refuses them.
 */
const EnvSchema = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')]),
  PORT: Type.Integer({ minimum: 0, maximum: 65535 }),
  HOST: Type.String({ minLength: 1 }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  XUNKAO_DATA_DIR: Type.String({ minLength: 1 }),
  BLOB_DIR: Type.String({ minLength: 1 }),
  BLOB_URL: Type.Optional(Type.String({ pattern: '^s3://[^/?#]+' })),
  XUNKAO_DEMO: Type.Boolean(),
  XUNKAO_DEMO_TRAINING: Type.Boolean(),
  XUNKAO_PUBLIC_URL: Type.String({ pattern: '^https?://' }),
  XUNKAO_SIGNING_KEY: Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$' }),
  XUNKAO_DATA_KEY: Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$' }),
  XUNKAO_LOOKUP_KEY: Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$' }),
  OIDC_ISSUER: Type.Optional(Type.String({ pattern: '^https?://' })),
  OIDC_CLIENT_ID: Type.String({ minLength: 1 }),
  OIDC_CLIENT_SECRET: Type.String({ minLength: 16 }),
  FACE_ENGINE: Type.Enum(['builtin', 'http'] as const),
  FACE_SERVICE_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  FACE_SERVICE_KEY: Type.Optional(Type.String({ minLength: 8 })),
  IDENTITY_VERIFIER_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  IDENTITY_VERIFIER_KEY: Type.Optional(Type.String({ minLength: 8 })),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1 }),
  LOGIN_RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1 }),
  HEARTBEAT_RATE_PER_MINUTE: Type.Integer({ minimum: 1 }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const),
  BACKUP_DIR: Type.String({ minLength: 1 }),
  BACKUP_KEEP: Type.Integer({ minimum: 1 }),
  REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://' })),
  EXCHANGE_WEBHOOK_ALLOW_PRIVATE: Type.Boolean(),
});
type Env = Static<typeof EnvSchema>;

/** Insecure, published defaults: fine for a demo laptop, refused in production. */
export const DEMO_SECRETS = {
  XUNKAO_SIGNING_KEY: 'eHVua2FvLWRlbW8tc2lnbmluZy1rZXktMzJieXRlcyE=',
  XUNKAO_DATA_KEY: 'eHVua2FvLWRlbW8tZGF0YS1rZXktMzItYnl0ZXMhISE=',
  XUNKAO_LOOKUP_KEY: 'eHVua2FvLWRlbW8tbG9va3VwLWtleS0zMmJ5dGVzISE=',
  OIDC_CLIENT_SECRET: 'xunkao-demo-oidc-client-secret',
} as const;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  blobDir: string;
  /** S3-compatible object storage for blobs (`s3://…`); BLOB_DIR is then only a local cache. */
  blobUrl: string | undefined;
  demo: boolean;
  /** The demo learner's completed class, certificate and archive (M25, M26); off in tests unless asked for. */
  demoTraining: boolean;
  publicUrl: string;
  secrets: { signingKey: Buffer; dataKey: Buffer; lookupKey: Buffer };
  oidc: { issuer: string; clientId: string; clientSecret: string; demoProvider: boolean };
  /** Built-in offline engine, or a certified service over HTTP (docs/integrity.md). */
  face: { kind: 'builtin' } | { kind: 'http'; url: string; apiKey: string };
  /** External real-name service (M24); without it ID numbers are checked offline only. */
  identityVerifier: { url: string; apiKey: string } | null;
  rateLimit: { perMinute: number; loginPerMinute: number; heartbeatsPerMinute: number };
  /** M7: where the daily job writes backups, and how many it keeps. */
  backup: { dir: string; keep: number };
  /** Optional Redis for rate limits shared across replicas; without it they are shared through PostgreSQL. */
  redisUrl: string | undefined;
  /** M4 webhooks: allow targets in private networks and plain http (intranet deployments); off by default (SSRF). */
  exchange: { webhookAllowPrivate: boolean };
  logLevel: Env['LOG_LEVEL'];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`配置错误 ${name}: 应为 1/0 或 true/false，实际为 "${raw}"`);
}

function parseInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`配置错误 ${name}: 应为非负整数，实际为 "${raw}"`);
  return Number(raw);
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = (source.NODE_ENV ?? 'development') as Env['NODE_ENV'];
  const production = nodeEnv === 'production';
  const port = parseInteger('PORT', source.PORT, 3000);
  const dataDir = path.resolve(source.XUNKAO_DATA_DIR || 'data');
  const secret = (name: keyof typeof DEMO_SECRETS) => source[name] || (production ? '' : DEMO_SECRETS[name]);
  const candidate = {
    NODE_ENV: nodeEnv,
    PORT: port,
    HOST: source.HOST || '0.0.0.0',
    DATABASE_URL: source.DATABASE_URL || undefined,
    XUNKAO_DATA_DIR: dataDir,
    BLOB_DIR: path.resolve(source.BLOB_DIR || path.join(dataDir, 'blobs')),
    BLOB_URL: source.BLOB_URL || undefined,
    XUNKAO_DEMO: parseBoolean('XUNKAO_DEMO', source.XUNKAO_DEMO, !production),
    // Tests start without the demo training history unless they ask for it (it would sit in every list).
    XUNKAO_DEMO_TRAINING: parseBoolean('XUNKAO_DEMO_TRAINING', source.XUNKAO_DEMO_TRAINING, !production && nodeEnv !== 'test'),
    XUNKAO_PUBLIC_URL: (source.XUNKAO_PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, ''),
    XUNKAO_SIGNING_KEY: secret('XUNKAO_SIGNING_KEY'),
    XUNKAO_DATA_KEY: secret('XUNKAO_DATA_KEY'),
    XUNKAO_LOOKUP_KEY: secret('XUNKAO_LOOKUP_KEY'),
    OIDC_ISSUER: source.OIDC_ISSUER || undefined,
    OIDC_CLIENT_ID: source.OIDC_CLIENT_ID || 'xunkao',
    OIDC_CLIENT_SECRET: secret('OIDC_CLIENT_SECRET'),
    FACE_ENGINE: (source.FACE_ENGINE || 'builtin') as 'builtin' | 'http',
    FACE_SERVICE_URL: source.FACE_SERVICE_URL || undefined,
    FACE_SERVICE_KEY: source.FACE_SERVICE_KEY || undefined,
    IDENTITY_VERIFIER_URL: source.IDENTITY_VERIFIER_URL || undefined,
    IDENTITY_VERIFIER_KEY: source.IDENTITY_VERIFIER_KEY || undefined,
    // A training room shares one address behind NAT: generous per address, strict per account (lockout).
    RATE_LIMIT_PER_MINUTE: parseInteger('RATE_LIMIT_PER_MINUTE', source.RATE_LIMIT_PER_MINUTE, 1200),
    LOGIN_RATE_LIMIT_PER_MINUTE: parseInteger('LOGIN_RATE_LIMIT_PER_MINUTE', source.LOGIN_RATE_LIMIT_PER_MINUTE, 60),
    // Per learning session, counted in each server: a beat every 15 s, plus room for the 40 a phone buffers offline.
    HEARTBEAT_RATE_PER_MINUTE: parseInteger('HEARTBEAT_RATE_PER_MINUTE', source.HEARTBEAT_RATE_PER_MINUTE, 120),
    LOG_LEVEL: (source.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info')) as Env['LOG_LEVEL'],
    BACKUP_DIR: path.resolve(source.BACKUP_DIR || path.join(dataDir, 'backups')),
    BACKUP_KEEP: parseInteger('BACKUP_KEEP', source.BACKUP_KEEP, 7),
    REDIS_URL: source.REDIS_URL || undefined,
    EXCHANGE_WEBHOOK_ALLOW_PRIVATE: parseBoolean('EXCHANGE_WEBHOOK_ALLOW_PRIVATE', source.EXCHANGE_WEBHOOK_ALLOW_PRIVATE, false),
  };
  const [error] = Value.Errors(EnvSchema, candidate);
  if (error) {
    const name = error.instancePath.replace(/^\//, '') || String((error.params as { requiredProperties?: string[] }).requiredProperties?.[0] ?? '');
    throw new ConfigError(`配置错误 ${name}: ${error.message}`);
  }
  if (production) refuseDemoSecrets(candidate);
  if (candidate.FACE_ENGINE === 'http' && (!candidate.FACE_SERVICE_URL || !candidate.FACE_SERVICE_KEY)) {
    throw new ConfigError('配置错误 FACE_SERVICE_URL: FACE_ENGINE=http 须同时配置人脸核验服务地址 FACE_SERVICE_URL 与密钥 FACE_SERVICE_KEY');
  }
  if (candidate.IDENTITY_VERIFIER_URL && !candidate.IDENTITY_VERIFIER_KEY) {
    throw new ConfigError('配置错误 IDENTITY_VERIFIER_KEY: 配置了实名核验服务地址，须同时配置其访问密钥');
  }
  if (!candidate.OIDC_ISSUER && !candidate.XUNKAO_DEMO) {
    throw new ConfigError('配置错误 OIDC_ISSUER: 非演示模式必须配置省统一身份认证地址（M11）');
  }
  const key = (b64: string) => Buffer.from(b64, 'base64');
  return {
    env: nodeEnv,
    port,
    host: candidate.HOST,
    databaseUrl: candidate.DATABASE_URL,
    dataDir,
    blobDir: candidate.BLOB_DIR,
    blobUrl: candidate.BLOB_URL,
    demo: candidate.XUNKAO_DEMO,
    demoTraining: candidate.XUNKAO_DEMO && candidate.XUNKAO_DEMO_TRAINING,
    publicUrl: candidate.XUNKAO_PUBLIC_URL,
    secrets: {
      signingKey: key(candidate.XUNKAO_SIGNING_KEY),
      dataKey: key(candidate.XUNKAO_DATA_KEY),
      lookupKey: key(candidate.XUNKAO_LOOKUP_KEY),
    },
    oidc: {
      issuer: candidate.OIDC_ISSUER ?? `${candidate.XUNKAO_PUBLIC_URL}/oidc`,
      clientId: candidate.OIDC_CLIENT_ID,
      clientSecret: candidate.OIDC_CLIENT_SECRET,
      demoProvider: !candidate.OIDC_ISSUER,
    },
    face: candidate.FACE_ENGINE === 'http' ? { kind: 'http', url: candidate.FACE_SERVICE_URL ?? '', apiKey: candidate.FACE_SERVICE_KEY ?? '' } : { kind: 'builtin' },
    identityVerifier: candidate.IDENTITY_VERIFIER_URL ? { url: candidate.IDENTITY_VERIFIER_URL, apiKey: candidate.IDENTITY_VERIFIER_KEY ?? '' } : null,
    rateLimit: { perMinute: candidate.RATE_LIMIT_PER_MINUTE, loginPerMinute: candidate.LOGIN_RATE_LIMIT_PER_MINUTE, heartbeatsPerMinute: candidate.HEARTBEAT_RATE_PER_MINUTE },
    backup: { dir: candidate.BACKUP_DIR, keep: candidate.BACKUP_KEEP },
    redisUrl: candidate.REDIS_URL,
    exchange: { webhookAllowPrivate: candidate.EXCHANGE_WEBHOOK_ALLOW_PRIVATE },
    logLevel: candidate.LOG_LEVEL,
  };
}

function refuseDemoSecrets(candidate: Record<string, unknown>): void {
  if (candidate.XUNKAO_DEMO) {
    throw new ConfigError('配置错误 XUNKAO_DEMO: 生产模式（NODE_ENV=production）不得启用演示数据');
  }
  for (const [name, demoValue] of Object.entries(DEMO_SECRETS)) {
    if (candidate[name] === demoValue) {
      throw new ConfigError(`配置错误 ${name}: 生产模式不得使用演示默认密钥，请设置新的随机值`);
    }
  }
}
