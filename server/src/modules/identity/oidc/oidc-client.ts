import * as client from 'openid-client';
import type { Config } from '../../../platform/config.js';
import { seal, unseal } from '../../../platform/crypto/sealing.js';
import { oidcCallbackUrl } from './demo-provider.js';

/**
 * The platform as a relying party of the provincial unified identity (M11):
 * authorization code flow with PKCE and state. The short-lived state travels
 * sealed in a cookie, so any replica can finish a login another one started.
 */
export interface OidcClient {
  start(): Promise<{ redirectTo: string; stateCookie: string }>;
  finish(currentUrl: URL, stateCookie: string | undefined): Promise<{ subject: string }>;
}

const STATE_TTL_MS = 10 * 60_000;

export function createOidcClient(config: Config): OidcClient {
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client
      .discovery(new URL(config.oidc.issuer), config.oidc.clientId, config.oidc.clientSecret, undefined, {
        // Plain http only for the demo provider on this machine; production issuers are https.
        execute: config.oidc.issuer.startsWith('http://') ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };

  return {
    async start() {
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const url = client.buildAuthorizationUrl(await configuration(), {
        redirect_uri: oidcCallbackUrl(config),
        scope: 'openid profile',
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
      });
      const stateCookie = seal(config.secrets.dataKey, JSON.stringify({ codeVerifier, state, exp: Date.now() + STATE_TTL_MS }));
      return { redirectTo: url.href, stateCookie };
    },
    async finish(currentUrl, stateCookie) {
      if (!stateCookie) throw new Error('missing OIDC state cookie');
      const saved = JSON.parse(unseal(config.secrets.dataKey, stateCookie)) as { codeVerifier: string; state: string; exp: number };
      if (saved.exp < Date.now()) throw new Error('OIDC state expired');
      const tokens = await client.authorizationCodeGrant(await configuration(), currentUrl, {
        pkceCodeVerifier: saved.codeVerifier,
        expectedState: saved.state,
      });
      const subject = tokens.claims()?.sub;
      if (!subject) throw new Error('ID token without subject');
      return { subject };
    },
  };
}
