import { describe, expect, it } from 'vitest';
import { decodeChangeCursor, encodeChangeCursor } from '../../src/modules/exchange/exchange.cursor.js';
import { keyIdOf, keyMatches, newApiKey } from '../../src/modules/exchange/exchange.keys.js';
import { signWebhook, verifyWebhook } from '../../src/modules/exchange/exchange.signature.js';

/** M4: the receiver's check and the key format, as pure functions. */
describe('webhook signatures (M4)', () => {
  const secret = 'whsec_test';
  const body = '{"event":"signal.created"}';
  const ts = 1_795_665_600;

  it('is the hex HMAC-SHA256 of "<timestamp>.<body>" with the secret', () => {
    // echo -n '1795665600.{"event":"signal.created"}' | openssl dgst -sha256 -hmac whsec_test
    expect(signWebhook(secret, ts, body)).toBe('sha256=81fc44013db2b899fec08bc073f7923194015fe67bbea171f6556b70cd89a6e0');
    expect(signWebhook(secret, ts, body)).not.toBe(signWebhook(secret, ts + 1, body));
  });

  it('accepts a fresh, matching delivery and rejects a changed body, another secret or a timestamp over 5 minutes old', () => {
    const signature = signWebhook(secret, ts, body);
    const base = { secret, timestamp: String(ts), signature, body, nowSeconds: ts + 10 };
    expect(verifyWebhook(base)).toBe(true);
    expect(verifyWebhook({ ...base, body: body.replace('signal', 'other') })).toBe(false);
    expect(verifyWebhook({ ...base, secret: 'whsec_other' })).toBe(false);
    expect(verifyWebhook({ ...base, nowSeconds: ts + 301 })).toBe(false);
    expect(verifyWebhook({ ...base, timestamp: undefined })).toBe(false);
  });
});

describe('API keys and cursors (M4)', () => {
  it('finds a key by its public id and matches only the whole key', () => {
    const key = newApiKey();
    expect(keyIdOf(key.token)).toBe(key.keyId);
    expect(keyMatches(key.token, key.secretHash)).toBe(true);
    expect(keyMatches(`${key.token.slice(0, -1)}x`, key.secretHash)).toBe(false);
    expect(keyIdOf('xk_nothex_abc')).toBeNull();
  });

  it('round-trips a position and rejects anything else as EXCHANGE_CURSOR_INVALID', () => {
    const p = { tx: '1000000789', seq: '35' };
    expect(decodeChangeCursor(encodeChangeCursor(p))).toEqual(p);
    expect(() => decodeChangeCursor('bm90LWEtY3Vyc29y')).toThrow(expect.objectContaining({ code: 'EXCHANGE_CURSOR_INVALID' }));
  });
});
