/**
 * A party's share of the draw seed (DESIGN §7.2): 32 random bytes made in this
 * browser, committed as sha256 and revealed later. The server never sees the
 * secret before every party has committed. It is kept in this browser until
 * revealed, and shown once so the person can keep a copy.
 */
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function newSecret(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return hex(random(new Uint8Array(32)));
}

export async function commitmentOf(secret: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret))));
}

export const SECRET_PATTERN = /^[0-9a-f]{64}$/;

const key = (drawId: string, party: string) => `xk-draw-secret:${drawId}:${party}`;

export const secretStore = {
  save: (drawId: string, party: string, secret: string) => localStorage.setItem(key(drawId, party), secret),
  load: (drawId: string, party: string) => localStorage.getItem(key(drawId, party)),
};
