import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';
import type { Config } from '../../../platform/config.js';

/**
 * A real OpenID Connect provider standing in for 广东省统一身份认证 (M11) in
 * demo mode and in tests, so the unified login runs the full authorization
 * code + PKCE flow without an outside service. Its user directory is the demo
 * staff: subject = username, checked with the same password rules.
 */
export const DEMO_PROVIDER_MOUNT = '/oidc';

export function oidcCallbackUrl(config: Config): string {
  return `${config.publicUrl}/api/v1/auth/oidc/callback`;
}

export function createDemoProvider(config: Config): Provider {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'xunkao-demo-idp', use: 'sig', alg: 'RS256' };

  const provider = new Provider(config.oidc.issuer, {
    clients: [
      {
        client_id: config.oidc.clientId,
        client_secret: config.oidc.clientSecret,
        redirect_uris: [oidcCallbackUrl(config)],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64')] },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
    features: { devInteractions: { enabled: false } },
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: async (_ctx: unknown, sub: string) => ({ accountId: sub, claims: async () => ({ sub, name: sub }) }),
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `${DEMO_PROVIDER_MOUNT}/interaction/${interaction.uid}` },
    // The platform is a first-party client of the provincial identity: no consent screen.
    loadExistingGrant: async (ctx: DemoGrantContext) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
    renderError: async (ctx: { type: string; body: string }, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = page('统一身份认证出错', `<p class="err">${escapeHtml(out.error_description ?? out.error ?? '未知错误')}</p><p><a href="/login">返回登录页</a></p>`);
    },
  });
  provider.proxy = true;
  return provider;
}

interface DemoGrant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}

interface DemoGrantContext {
  oidc: {
    result?: { consent?: { grantId?: string } };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    client: { clientId: string };
    provider: { Grant: { new (init: { clientId: string; accountId: string }): DemoGrant; find(id: string): Promise<DemoGrant | undefined> } };
  };
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>
body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans SC",sans-serif;background:#f0f4fa;color:#1f2329}
header{background:#c8161d;color:#fff;padding:14px 24px;font-size:18px;font-weight:600;letter-spacing:1px}
main{max-width:380px;margin:48px auto;background:#fff;border-radius:8px;box-shadow:0 2px 12px rgba(0,0,0,.08);padding:32px}
h1{font-size:20px;margin:0 0 8px}p.note{color:#646a73;font-size:13px;margin:0 0 24px}
label{display:block;font-size:14px;margin:16px 0 6px}input{width:100%;box-sizing:border-box;height:40px;border:1px solid #d0d3d6;border-radius:6px;padding:0 12px;font-size:15px}
button{margin-top:24px;width:100%;height:42px;border:0;border-radius:6px;background:#c8161d;color:#fff;font-size:16px;cursor:pointer}
.err{color:#c8161d;background:#fff1f0;border:1px solid #ffccc7;border-radius:6px;padding:8px 12px;font-size:14px}
</style></head><body><header>广东省统一身份认证平台（演示）</header><main>${body}</main></body></html>`;
}

export function loginForm(uid: string, clientName: string, error?: string): string {
  return page(
    '统一身份认证登录',
    `<h1>统一身份认证登录</h1><p class="note">登录后将返回「${escapeHtml(clientName)}」。演示环境：使用演示员工账号（如 gz-yjj）及演示密码。</p>
${error ? `<p class="err" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${DEMO_PROVIDER_MOUNT}/interaction/${encodeURIComponent(uid)}/login" autocomplete="off">
<label for="username">用户名</label><input id="username" name="username" required autofocus>
<label for="password">密码</label><input id="password" name="password" type="password" required>
<button type="submit">登录</button></form>`,
  );
}
