import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { KEY_ROTATION_OVERLAP_MINUTES, MAX_DELIVERY_ATTEMPTS, retryDelaySeconds, verifyWebhook } from '../../src/modules/exchange/index.js';
import { DEMO_INSTITUTION } from '../support/exam-factories.js';
import { freePort, loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * M4, the provincial data interface: API clients with hashed, rotatable keys; region-scoped pull feeds with
 * cursors; signed webhooks with back-off retries and a delivery log (issue 8 item 6 and its acceptance).
 */
const clock = fixedClock(new Date('2026-11-26T02:00:00Z'));
let t: TestApp;

const manager = () => loginAs(t, 'gd-yjt');
const as = (s: Session, method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
const pull = (key: string, feed: string, query = '') => t.app.inject({ method: 'GET', url: `/api/v1/exchange/${feed}${query}`, headers: { authorization: `Bearer ${key}` } });

interface Created {
  client: { id: string };
  apiKey: string;
  webhookSecret: string | null;
}

async function createClient(body: { name?: string; regionCode: string; feeds: string[]; webhookUrl?: string | null; rateLimitPerMinute?: number }): Promise<Created> {
  const res = await as(await manager(), 'POST', '/api/v1/exchange/clients', { name: '省安全生产监管平台', webhookUrl: null, ...body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A fraud signal as the integrity jobs record them (append-only source of the `signals` feed). */
async function signal(regionCodes: string[]): Promise<string> {
  const { rows } = await sql<{ id: string }>`insert into integrity_signals (kind, account_ids, score, detail, institution_ids, region_codes, created_at)
    values ('shared_face', '{}', 0.97, '{}', '{}', ${regionCodes}::text[], ${clock.now()}) returning id`.execute(t.database.db);
  return rows[0]!.id;
}

/** Every item of a feed from the start, page by page. */
async function drain(key: string, feed: string, limit: number, after?: string) {
  const ids: string[] = [];
  let cursor = after;
  for (let page = 0; page < 100; page++) {
    const res = await pull(key, feed, `?limit=${limit}${cursor ? `&after=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    ids.push(...body.items.map((i: { id: string }) => i.id));
    cursor = body.nextCursor;
    if (!body.hasMore) return { ids, cursor };
  }
  throw new Error('feed did not end');
}

beforeAll(async () => {
  // The receivers below listen on 127.0.0.1, a target only an intranet deployment may use
  // (refused by default: exchange-webhook-targets.test.ts).
  t = await startTestApp({ clock, env: { EXCHANGE_WEBHOOK_ALLOW_PRIVATE: '1' } });
});
afterAll(async () => {
  await t?.stop();
});

describe('API clients (M4)', () => {
  it('are managed by the province or the platform only: city regulators and learners 403, an unknown client 404', async () => {
    const city = await as(await loginAs(t, 'gz-yjj'), 'GET', '/api/v1/exchange/clients');
    expect([city.statusCode, city.json().code]).toEqual([403, 'EXCHANGE_PROVINCE_ONLY']);
    const learner = await as(await loginAs(t, '440106199001011235'), 'GET', '/api/v1/exchange/clients');
    expect([learner.statusCode, learner.json().code]).toEqual([403, 'FORBIDDEN']);
    const unknown = await as(await manager(), 'GET', '/api/v1/exchange/clients/00000000-0000-4000-8000-000000000000/deliveries');
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'EXCHANGE_CLIENT_NOT_FOUND']);
    expect((await as(await loginAs(t, 'platform'), 'GET', '/api/v1/exchange/clients')).statusCode).toBe(200);
  });

  it('authenticate by bearer key: missing, wrong and revoked keys 401; a rotated key works through the overlap, then stops', async () => {
    const { client, apiKey } = await createClient({ regionCode: '440000', feeds: ['signals'] });
    const stored = await t.database.db.selectFrom('exchange_keys').select('secret_hash').where('client_id', '=', client.id).executeTakeFirstOrThrow();
    expect(stored.secret_hash).not.toContain(apiKey.slice(16));

    expect((await pull(apiKey, 'signals')).statusCode).toBe(200);
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/exchange/signals' });
    expect([missing.statusCode, missing.json().code]).toEqual([401, 'AUTH_REQUIRED']);
    const wrong = await pull(`${apiKey.slice(0, -4)}AAAA`, 'signals');
    expect([wrong.statusCode, wrong.json().code]).toEqual([401, 'EXCHANGE_KEY_INVALID']);
    // A staff session is no key.
    expect((await as(await manager(), 'GET', '/api/v1/exchange/signals')).statusCode).toBe(401);

    const rotated = await as(await manager(), 'POST', `/api/v1/exchange/clients/${client.id}/rotate`);
    const newKey = rotated.json().apiKey as string;
    expect((await pull(apiKey, 'signals')).statusCode).toBe(200);
    expect((await pull(newKey, 'signals')).statusCode).toBe(200);
    clock.advance((KEY_ROTATION_OVERLAP_MINUTES + 1) * 60_000);
    expect((await pull(apiKey, 'signals')).json().code).toBe('EXCHANGE_KEY_INVALID');
    expect((await pull(newKey, 'signals')).statusCode).toBe(200);

    const revoked = await as(await manager(), 'POST', `/api/v1/exchange/clients/${client.id}/revoke`, { reason: '平台迁移' });
    expect(revoked.json().status).toBe('revoked');
    expect((await pull(newKey, 'signals')).statusCode).toBe(401);

    const audited = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', client.id).orderBy('id').execute();
    expect(audited.map((a) => a.action)).toEqual(['exchange.client_created', 'exchange.key_rotated', 'exchange.client_revoked']);
  });

  it('are rate-limited per client, across feeds', async () => {
    const limited = await createClient({ regionCode: '440000', feeds: ['signals', 'hours'], rateLimitPerMinute: 3 });
    const other = await createClient({ regionCode: '440000', feeds: ['signals'] });
    const statuses = [];
    for (const feed of ['signals', 'hours', 'signals', 'hours']) statuses.push((await pull(limited.apiKey, feed)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await pull(other.apiKey, 'signals')).statusCode).toBe(200);
  });
});

describe('pull feeds (M4, M29)', () => {
  it('are scoped to the client region: a Guangzhou client sees no Shenzhen rows; feeds not granted answer 403', async () => {
    const shenzhen = await signal(['440300']);
    const tianhe = await signal(['440106']);
    const both = await signal(['440300', '440104']);
    const guangzhou = await createClient({ regionCode: '440100', feeds: ['signals', 'institutions'] });
    const province = await createClient({ regionCode: '440000', feeds: ['signals'] });

    const gz = (await drain(guangzhou.apiKey, 'signals', 50)).ids;
    expect(gz).toEqual(expect.arrayContaining([tianhe, both]));
    expect(gz).not.toContain(shenzhen);
    expect((await drain(province.apiKey, 'signals', 50)).ids).toEqual(expect.arrayContaining([shenzhen, tianhe, both]));

    const denied = await pull(guangzhou.apiKey, 'certificates');
    expect([denied.statusCode, denied.json().code]).toEqual([403, 'EXCHANGE_FEED_NOT_ALLOWED']);
    const institutions = await pull(guangzhou.apiKey, 'institutions');
    expect(institutions.json().items.map((i: { id: string }) => i.id)).toContain(DEMO_INSTITUTION);
  });

  it('page with cursors: every row exactly once, in order, and new rows appear after the last cursor', async () => {
    const { apiKey, client } = await createClient({ regionCode: '440000', feeds: ['signals', 'institutions'] });
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await signal(['440106']));
    const all = await drain(apiKey, 'signals', 2);
    expect(new Set(all.ids).size).toBe(all.ids.length);
    expect(all.ids.slice(-5)).toEqual(made);

    const again = await pull(apiKey, 'signals', `?after=${all.cursor}`);
    expect(again.json()).toMatchObject({ items: [], nextCursor: all.cursor, hasMore: false });
    const late = await signal(['440106']);
    const next = await pull(apiKey, 'signals', `?after=${all.cursor}`);
    expect(next.json().items).toMatchObject([{ id: late, event: 'signal.created', op: 'insert', data: { id: late, regionCodes: ['440106'] } }]);

    // A mutable source: an institution's change comes through with its current state.
    const institutions = await drain(apiKey, 'institutions', 100);
    await sql`update institutions set address = '广州市天河区新址' where id = ${DEMO_INSTITUTION}`.execute(t.database.db);
    const changed = await pull(apiKey, 'institutions', `?after=${institutions.cursor}`);
    expect(changed.json().items).toMatchObject([{ id: DEMO_INSTITUTION, event: 'institution.changed', op: 'update' }]);

    const bad = await pull(apiKey, 'signals', '?after=bm90LWEtY3Vyc29y');
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'EXCHANGE_CURSOR_INVALID']);
    const logged = await t.database.db.selectFrom('exchange_access_log').select(['route', 'cursor', 'rows']).where('client_id', '=', client.id).orderBy('id').execute();
    expect(logged.length).toBeGreaterThan(4);
    expect(logged).toContainEqual({ route: '/api/v1/exchange/signals', cursor: all.cursor, rows: 1 });
  });

  it('carry enforcement cases and published sanctions by region: a Guangzhou case reaches Guangzhou and Tianhe clients, not Shenzhen until reported there (M30, M31, N3)', async () => {
    const feeds = ['cases', 'sanctions'];
    const [guangzhou, tianhe, shenzhen] = [await createClient({ regionCode: '440100', feeds }), await createClient({ regionCode: '440106', feeds }), await createClient({ regionCode: '440300', feeds })];
    const hooked = await createClient({ regionCode: '440100', feeds, webhookUrl: `http://127.0.0.1:${await freePort()}/closed` });
    const gz = await loginAs(t, 'gz-yjj');
    const { rows } = await sql<{ id: string }>`insert into integrity_signals (kind, account_ids, score, detail, institution_ids, region_codes, created_at)
      values ('face_failures', '{}', 0.9, '{}', ${[DEMO_INSTITUTION]}::uuid[], '{440100,440106}', ${clock.now()}) returning id`.execute(t.database.db);
    const opened = await as(gz, 'POST', '/api/v1/enforcement/cases', { signalId: rows[0]!.id, title: '多次人脸核验未通过', description: '疑似代学' });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json().caseId as string;
    const measure = (body: object) => as(gz, 'POST', `/api/v1/enforcement/cases/${caseId}/measures`, body);
    expect((await measure({ kind: 'rectification', decision: '责令限期整改人脸核验管理', deadline: '2027-01-31', published: false })).statusCode).toBe(201);
    const warning = (await measure({ kind: 'warning', decision: '给予警告', published: true })).json().measureId as number;

    const gzCases = (await pull(guangzhou.apiKey, 'cases')).json().items as { id: string; event: string; data: { id: string; cityCode: string; measures: { kind: string; published: boolean }[] } }[];
    expect(gzCases.map((i) => i.id)).toEqual([caseId]);
    // Ordering a measure touches the case too: its last change in the page is the case's own.
    expect(gzCases[0]).toMatchObject({ event: 'case.changed', data: { id: caseId, cityCode: '440100', institutionRegion: '440106', status: 'open', reportedTo: [] } });
    expect(gzCases[0]!.data.measures.map((m) => [m.kind, m.published])).toEqual([['rectification', false], ['warning', true]]);
    expect((await pull(tianhe.apiKey, 'cases')).json().items.map((i: { id: string }) => i.id)).toEqual([caseId]);
    const sanctions = (await pull(guangzhou.apiKey, 'sanctions')).json().items;
    expect(sanctions).toMatchObject([{ id: String(warning), event: 'sanction.published', data: { caseId, kind: 'warning', decision: '给予警告', institutionId: DEMO_INSTITUTION, cityCode: '440100' } }]);
    const sz = await drain(shenzhen.apiKey, 'cases', 50);
    expect(sz.ids).toEqual([]);
    expect((await pull(shenzhen.apiKey, 'sanctions')).json().items).toEqual([]);

    // M31: reported to Shenzhen, the case reaches Shenzhen's clients from then on.
    expect((await as(gz, 'POST', `/api/v1/enforcement/cases/${caseId}/reports`, { toRegion: '440300', note: '涉及深圳学员' })).statusCode).toBe(200);
    expect((await pull(shenzhen.apiKey, 'cases', sz.cursor ? `?after=${sz.cursor}` : '')).json().items).toMatchObject([{ id: caseId, event: 'case.reported', data: { reportedTo: [{ regionCode: '440300' }] } }]);

    // Pushed as well, with the enforcement events (like a page, one delivery per row at its last change).
    await t.services.exchange.webhooks.run();
    const pushed = await t.database.db.selectFrom('exchange_deliveries').select('event').where('client_id', '=', hooked.client.id).orderBy('change_seq').execute();
    expect(pushed.map((d) => d.event)).toEqual(['sanction.published', 'case.changed']);
  });

  it('keep positions increasing after a logical restore restarts transaction ids (decision 0018)', async () => {
    const { apiKey } = await createClient({ regionCode: '440000', feeds: ['signals'] });
    const before = await drain(apiKey, 'signals', 100);
    // A restored database holds positions of its old cluster, far ahead of the new cluster's transaction ids.
    const restored = await signal(['440106']);
    await sql`insert into exchange_changes (tx, feed, source, op, source_id, region_codes)
      values (pg_current_xact_id()::text::bigint + 1000000000, 'signals', 'integrity_signals', 'insert', ${restored}, '{440106}')`.execute(t.database.db);
    await t.services.exchange.alignChangeClock();
    const caughtUp = await drain(apiKey, 'signals', 100, before.cursor);
    expect(caughtUp.ids.at(-1)).toBe(restored);
    const fresh = await signal(['440106']);
    expect((await pull(apiKey, 'signals', `?after=${caughtUp.cursor}`)).json().items.map((i: { id: string }) => i.id)).toEqual([fresh]);
  });
});

describe('signed webhooks (M4 acceptance)', () => {
  interface Received {
    headers: http.IncomingHttpHeaders;
    body: string;
  }
  const received: Received[] = [];
  let receiver: http.Server;
  let url: string;

  beforeAll(async () => {
    // Fails the first delivery, accepts everything after.
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(received.length === 1 ? 500 : 200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/xunkao`;
  });
  afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('delivers a signed event, retries after a failure with back-off, and logs both attempts', async () => {
    const { client, webhookSecret } = await createClient({ regionCode: '440100', feeds: ['signals'], webhookUrl: url });
    expect(webhookSecret).toMatch(/^whsec_/);
    const outside = await signal(['440300']);
    const inside = await signal(['440106']);

    await t.services.exchange.webhooks.run();
    expect(received).toHaveLength(1);
    // Not due yet: the retry waits for the back-off.
    await t.services.exchange.webhooks.run();
    expect(received).toHaveLength(1);
    clock.advance(retryDelaySeconds(1) * 1000);
    await t.services.exchange.webhooks.run();
    expect(received).toHaveLength(2);

    const nowSeconds = Math.floor(clock.now().getTime() / 1000);
    for (const r of received) {
      const check = { secret: webhookSecret!, timestamp: r.headers['x-xunkao-timestamp'] as string, signature: r.headers['x-xunkao-signature'] as string, body: r.body };
      expect(check.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(verifyWebhook({ ...check, nowSeconds })).toBe(true);
      expect(verifyWebhook({ ...check, body: r.body.replace(inside, outside), nowSeconds })).toBe(false);
      expect(verifyWebhook({ ...check, nowSeconds: nowSeconds + 301 + retryDelaySeconds(1) })).toBe(false);
    }
    const payload = JSON.parse(received[1]!.body);
    expect(payload).toMatchObject({ event: 'signal.created', feed: 'signals', rowId: inside, op: 'insert', data: { id: inside } });
    expect(received[0]!.headers['x-xunkao-delivery']).toBe(payload.id);
    expect(received[1]!.headers['x-xunkao-delivery']).toBe(payload.id);

    const log = await as(await manager(), 'GET', `/api/v1/exchange/clients/${client.id}/deliveries`);
    expect(log.json()).toMatchObject({ total: 1, items: [{ id: payload.id, event: 'signal.created', status: 'delivered', attempts: 2 }] });
    expect(log.json().items[0].log).toMatchObject([
      { attempt: 1, statusCode: 500, error: 'HTTP 500' },
      { attempt: 2, statusCode: 200, error: null },
    ]);

    const resent = await as(await manager(), 'POST', `/api/v1/exchange/clients/${client.id}/deliveries/${payload.id}/resend`);
    expect(resent.json()).toMatchObject({ attempt: 3, ok: true, statusCode: 200 });
    expect(received).toHaveLength(3);
    expect(JSON.parse(received[2]!.body)).toEqual(payload);
    const city = await as(await loginAs(t, 'gz-yjj'), 'GET', `/api/v1/exchange/clients/${client.id}/deliveries`);
    expect(city.statusCode).toBe(403);
  });

  it(`gives up after ${MAX_DELIVERY_ATTEMPTS} attempts against a receiver that never answers`, async () => {
    const closed = `http://127.0.0.1:${await freePort()}/nobody`;
    const { client } = await createClient({ regionCode: '440100', feeds: ['signals'], webhookUrl: closed });
    await signal(['440106']);
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS + 1; attempt++) {
      await t.services.exchange.webhooks.run();
      clock.advance(retryDelaySeconds(attempt) * 1000);
    }
    const log = await as(await manager(), 'GET', `/api/v1/exchange/clients/${client.id}/deliveries?status=failed`);
    expect(log.json().items).toHaveLength(1);
    expect(log.json().items[0]).toMatchObject({ status: 'failed', attempts: MAX_DELIVERY_ATTEMPTS, nextAttemptAt: null });
    expect(log.json().items[0].log.every((a: { statusCode: number | null; error: string | null }) => a.statusCode === null && a.error)).toBe(true);
  });
});
