import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkWebhookTarget, postToTarget, refusalText, type Resolve } from '../../src/modules/exchange/exchange.targets.js';

/** M4 webhooks (SSRF): which URLs may be registered and posted to, and posting to exactly the checked addresses. */
describe('webhook targets', () => {
  const dnsOf =
    (table: Record<string, string[]>): Resolve =>
    async (host) => {
      const found = table[host];
      if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
  const dns = dnsOf({ 'hooks.example.cn': ['203.119.25.1', '2400:3200::1'], 'split.example.cn': ['203.119.25.1', '10.0.0.7'], '127.0.0.1': ['127.0.0.1'], '::1': ['::1'], '8.8.8.8': ['8.8.8.8'] });

  it('accepts an https URL whose host resolves to public addresses only, keeping the addresses to connect to', async () => {
    const target = await checkWebhookTarget('https://hooks.example.cn/xunkao', false, dns);
    expect(target).toMatchObject({ ok: true, addresses: [{ address: '203.119.25.1' }, { address: '2400:3200::1' }] });
  });

  it('refuses plain http, a private literal, a bracketed IPv6 loopback, a host with any private address, and a host that does not resolve', async () => {
    expect(await checkWebhookTarget('http://hooks.example.cn/xunkao', false, dns)).toEqual({ ok: false, reason: 'not_https', host: 'hooks.example.cn' });
    expect(await checkWebhookTarget('https://127.0.0.1:8443/', false, dns)).toEqual({ ok: false, reason: 'private_address', host: '127.0.0.1', address: '127.0.0.1' });
    expect(await checkWebhookTarget('https://[::1]/', false, dns)).toEqual({ ok: false, reason: 'private_address', host: '::1', address: '::1' });
    expect(await checkWebhookTarget('https://split.example.cn/', false, dns)).toEqual({ ok: false, reason: 'private_address', host: 'split.example.cn', address: '10.0.0.7' });
    expect(await checkWebhookTarget('https://nowhere.example.cn/', false, dns)).toEqual({ ok: false, reason: 'unresolvable', host: 'nowhere.example.cn' });
    expect(await checkWebhookTarget('https://', false, dns)).toEqual({ ok: false, reason: 'invalid_url' });
  });

  it('with private targets allowed (intranet), accepts private addresses and plain http, but still needs a resolvable host', async () => {
    expect(await checkWebhookTarget('http://127.0.0.1:8080/hook', true, dns)).toMatchObject({ ok: true, addresses: [{ address: '127.0.0.1' }] });
    expect(await checkWebhookTarget('https://nowhere.example.cn/', true, dns)).toMatchObject({ ok: false, reason: 'unresolvable' });
    expect(await checkWebhookTarget('ftp://8.8.8.8/', true, dns)).toMatchObject({ ok: false, reason: 'not_https' });
  });

  it('words a refusal for the delivery log', () => {
    expect(refusalText({ reason: 'private_address', host: 'localhost', address: '127.0.0.1' })).toBe('webhook target refused (private_address): localhost → 127.0.0.1');
  });
});

describe('posting to a checked target', () => {
  it('connects to the checked addresses without resolving the host again (no DNS rebinding), sending the host name', async () => {
    const seen: { host: string | undefined; body: string }[] = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        seen.push({ host: req.headers.host, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = receiver.address() as AddressInfo;
      // `rebind.invalid` never resolves: the request can only have used the address it was given.
      const target = { url: new URL(`http://rebind.invalid:${port}/hooks`), addresses: [{ address: '127.0.0.1', family: 4 }] };
      expect(await postToTarget(target, { 'content-type': 'application/json' }, '{"ok":true}', 5_000)).toBe(204);
      expect(seen).toEqual([{ host: `rebind.invalid:${port}`, body: '{"ok":true}' }]);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
