import { describe, expect, it } from 'vitest';
import { ConfigError, DEMO_SECRETS, loadConfig } from '../../src/platform/config.js';

const strongSecrets = {
  XUNKAO_SIGNING_KEY: Buffer.alloc(32, 1).toString('base64'),
  XUNKAO_DATA_KEY: Buffer.alloc(32, 2).toString('base64'),
  XUNKAO_LOOKUP_KEY: Buffer.alloc(32, 3).toString('base64'),
  OIDC_CLIENT_SECRET: 'a-long-production-client-secret',
  OIDC_ISSUER: 'https://tyrz.gd.gov.cn/oidc',
};

describe('configuration validated at boot', () => {
  it('defaults to the embedded database, port 3000 and demo mode for a fresh clone', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, demo: true, env: 'development' });
    expect(c.oidc.demoProvider).toBe(true);
    // M4 webhooks: private targets only when an intranet deployment asks for them.
    expect(c.exchange.webhookAllowPrivate).toBe(false);
    expect(loadConfig({ EXCHANGE_WEBHOOK_ALLOW_PRIVATE: '1' }).exchange.webhookAllowPrivate).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ XUNKAO_DEMO: 'maybe' }, 'XUNKAO_DEMO'],
    [{ XUNKAO_SIGNING_KEY: 'short' }, 'XUNKAO_SIGNING_KEY'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ EXCHANGE_WEBHOOK_ALLOW_PRIVATE: 'sometimes' }, 'EXCHANGE_WEBHOOK_ALLOW_PRIVATE'],
  ])('stops on bad config %j and names %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('refuses production with default secrets, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', XUNKAO_DEMO: '0', ...strongSecrets, XUNKAO_DATA_KEY: DEMO_SECRETS.XUNKAO_DATA_KEY })).toThrow(/XUNKAO_DATA_KEY/);
  });

  it('refuses production with missing secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', XUNKAO_DEMO: '0' })).toThrow(/XUNKAO_SIGNING_KEY/);
  });

  it('refuses production in demo mode', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', XUNKAO_DEMO: '1', ...strongSecrets })).toThrow(/XUNKAO_DEMO/);
  });

  it('starts production with real secrets and the provincial issuer', () => {
    const c = loadConfig({ NODE_ENV: 'production', ...strongSecrets });
    expect(c).toMatchObject({ env: 'production', demo: false });
    expect(c.oidc).toMatchObject({ issuer: 'https://tyrz.gd.gov.cn/oidc', demoProvider: false });
  });
});
