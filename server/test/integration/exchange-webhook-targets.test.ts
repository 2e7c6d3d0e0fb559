import net from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { loginAs, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * M4 webhooks and server-side request forgery: with EXCHANGE_WEBHOOK_ALLOW_PRIVATE off (the default) a webhook
 * cannot target the server's own network, neither at registration nor at delivery (DNS may change in between).
 */
const clock = fixedClock(new Date('2026-11-26T02:00:00Z'));
let t: TestApp;

const register = async (webhookUrl: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/exchange/clients', headers: (await loginAs(t, 'gd-yjt')).headers, payload: { name: '省安全生产监管平台', regionCode: '440100', feeds: ['signals'], webhookUrl } });

beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(async () => {
  await t?.stop();
});

describe('webhook targets (M4, SSRF)', () => {
  it.each([
    ['https://127.0.0.1/hooks', 'private_address'],
    ['https://169.254.169.254/latest/meta-data/', 'private_address'],
    ['https://[::ffff:10.0.0.1]/hooks', 'private_address'],
    ['https://localhost/hooks', 'private_address'],
    ['http://localhost/hooks', 'not_https'],
    ['http://8.8.8.8/hooks', 'not_https'],
  ])('refuses %s at registration (%s)', async (url, reason) => {
    const res = await register(url);
    expect([res.statusCode, res.json().code, res.json().details?.reason]).toEqual([422, 'EXCHANGE_WEBHOOK_URL_FORBIDDEN', reason]);
  });

  it('registers an https URL on a public address', async () => {
    const res = await register('https://8.8.8.8/hooks');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().client.webhookUrl).toBe('https://8.8.8.8/hooks');
  });

  it('does not send a delivery whose host now resolves to a private address, and logs the attempt as failed', async () => {
    let connections = 0;
    const listener = net.createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    try {
      const created = await register('https://8.8.8.8/hooks');
      const clientId = created.json().client.id as string;
      // As if the registered host's DNS answer now pointed into the server's network.
      const { port } = listener.address() as net.AddressInfo;
      await t.database.db.updateTable('exchange_clients').set({ webhook_url: `https://localhost:${port}/hooks` }).where('id', '=', clientId).execute();
      await sql`insert into integrity_signals (kind, account_ids, score, detail, institution_ids, region_codes, created_at)
        values ('shared_face', '{}', 0.97, '{}', '{}', '{440106}', ${clock.now()})`.execute(t.database.db);

      await t.services.exchange.webhooks.run();

      expect(connections).toBe(0);
      const log = await t.app.inject({ method: 'GET', url: `/api/v1/exchange/clients/${clientId}/deliveries`, headers: (await loginAs(t, 'gd-yjt')).headers });
      expect(log.json().items).toHaveLength(1);
      expect(log.json().items[0]).toMatchObject({ status: 'pending', attempts: 1, deliveredAt: null });
      expect(log.json().items[0].log).toHaveLength(1);
      expect(log.json().items[0].log[0]).toMatchObject({ attempt: 1, statusCode: null });
      expect(log.json().items[0].log[0].error).toMatch(/^webhook target refused \(private_address\): localhost → (127\.0\.0\.1|::1)$/);
    } finally {
      await new Promise((resolve) => listener.close(resolve));
    }
  });
});
