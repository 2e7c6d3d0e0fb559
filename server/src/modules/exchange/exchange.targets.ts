import type { LookupAddress } from 'node:dns';
import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress } from '../../platform/net/private-addresses.js';

/**
 * Where a webhook may point (M4): an https URL whose host resolves to public addresses only, so a registered
 * URL cannot make the server post into its own network (loopback, intranet, cloud metadata). Intranet
 * deployments turn `EXCHANGE_WEBHOOK_ALLOW_PRIVATE` on, which also allows plain http.
 */
export type Resolve = (host: string) => Promise<LookupAddress[]>;

const resolveHost: Resolve = (host) => dns.lookup(host, { all: true });

export interface TargetRefusal {
  reason: 'invalid_url' | 'not_https' | 'unresolvable' | 'private_address';
  host?: string;
  address?: string;
}

export type WebhookTarget = { ok: true; url: URL; addresses: LookupAddress[] } | ({ ok: false } & TargetRefusal);

export async function checkWebhookTarget(raw: string, allowPrivate: boolean, resolve: Resolve = resolveHost): Promise<WebhookTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'invalid_url' };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return { ok: false, reason: 'not_https', host };
  let addresses: LookupAddress[];
  try {
    addresses = await resolve(host);
  } catch {
    return { ok: false, reason: 'unresolvable', host };
  }
  if (addresses.length === 0) return { ok: false, reason: 'unresolvable', host };
  const inside = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
  if (inside) return { ok: false, reason: 'private_address', host, address: inside.address };
  return { ok: true, url, addresses };
}

/** The delivery log's wording of a refusal. */
export function refusalText(refusal: TargetRefusal): string {
  const target = refusal.address ? `${refusal.host} → ${refusal.address}` : (refusal.host ?? 'invalid URL');
  return `webhook target refused (${refusal.reason}): ${target}`;
}

/** Connects only to the addresses that were checked, so a DNS answer that changes after the check is never used. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_host, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : (options.family ?? 0);
    const candidates = family ? addresses.filter((a) => a.family === family) : addresses;
    const first = candidates[0];
    if (!first) callback(Object.assign(new Error(`no IPv${family} address for the webhook host`), { code: 'ENOTFOUND' }), '');
    else if (options.all) callback(null, candidates);
    else callback(null, first.address, first.family);
  };
}

/** One POST to a checked target; resolves with the status code once the response head arrives. */
export function postToTarget(target: { url: URL; addresses: LookupAddress[] }, headers: Record<string, string>, body: string, timeoutMs: number): Promise<number> {
  const client = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: pinnedLookup(target.addresses),
        // A fresh connection each time: a pooled socket would skip the pinned lookup.
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        resolve(response.statusCode ?? 0);
        response.destroy();
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
