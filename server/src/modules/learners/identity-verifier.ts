import { checkIdNumber } from '../identity/index.js';

/**
 * Real-name check at registration (M24). The default checks the number itself
 * offline (GB 11643); the HTTP adapter asks an external real-name service
 * (e.g. the public-security identity check a province contracts) whether the
 * name and number belong together.
 */
export interface IdentityVerifier {
  verify(person: { name: string; idNumber: string }): Promise<{ ok: true } | { ok: false; reason: string }>;
}

export const offlineIdentityVerifier: IdentityVerifier = {
  async verify({ idNumber }) {
    const check = checkIdNumber(idNumber);
    return check.ok ? { ok: true } : { ok: false, reason: check.message };
  },
};

/** Timeout for the external service: a learner is waiting on a phone. */
const VERIFY_TIMEOUT_MS = 5_000;

/**
 * POSTs `{name, idNumber}` as JSON with a bearer key; expects `{match: boolean, reason?: string}`.
 * An unreachable or malformed service is an error, never a silent "match".
 */
export function httpIdentityVerifier(url: string, apiKey: string): IdentityVerifier {
  return {
    async verify(person) {
      const offline = await offlineIdentityVerifier.verify(person);
      if (!offline.ok) return offline;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ name: person.name, idNumber: person.idNumber }),
        signal: AbortSignal.timeout(VERIFY_TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`real-name service answered ${res.status}`);
      const body = (await res.json()) as { match?: unknown; reason?: unknown };
      if (typeof body.match !== 'boolean') throw new Error('real-name service answered without "match"');
      return body.match ? { ok: true } : { ok: false, reason: typeof body.reason === 'string' ? body.reason : '姓名与身份证号码不一致' };
    },
  };
}
