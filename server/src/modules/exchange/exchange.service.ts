import type { Clock } from '../../platform/clock.js';
import { seal } from '../../platform/crypto/sealing.js';
import type { Db } from '../../platform/db/database.js';
import type { DeliveryStatus } from '../../platform/db/schema.exchange.js';
import type { Actor, ApiClient } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { findRegion } from '../regions/index.js';
import { ExchangeErrors } from './exchange.errors.js';
import { keyIdOf, keyMatches, newApiKey, newWebhookSecret } from './exchange.keys.js';
import { canManageClients } from './exchange.policy.js';
import { pullFeed } from './exchange.pull.js';
import * as repo from './exchange.repository.js';
import { checkWebhookTarget } from './exchange.targets.js';
import { createWebhooks } from './exchange.webhooks.js';

/** After a rotation the previous key keeps working this long, so the province can roll it out without a gap. */
export const KEY_ROTATION_OVERLAP_MINUTES = 60;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120;
const ACCESS_LOG_SHOWN = 50;

export interface NewClient {
  name: string;
  regionCode: string;
  feeds: string[];
  webhookUrl: string | null;
  rateLimitPerMinute?: number | undefined;
}

/**
 * The provincial data interface (M4): API clients with hashed, rotatable keys; pull feeds; signed webhooks.
 * Key management is audited; every pull is written to the access log.
 */
export function createExchangeService(deps: { db: Db; clock: Clock; audit: AuditService; dataKey: Buffer; webhookAllowPrivate: boolean }) {
  const { db, clock, audit } = deps;
  const webhooks = createWebhooks(deps);

  function manager(actor: Actor) {
    if (!canManageClients(actor)) throw ExchangeErrors.EXCHANGE_PROVINCE_ONLY();
  }

  async function managed(actor: Actor, id: string) {
    manager(actor);
    const client = await repo.findClient(db, id);
    if (!client) throw ExchangeErrors.EXCHANGE_CLIENT_NOT_FOUND();
    return client;
  }

  const keyView = (k: { id: string; created_at: Date; expires_at: Date | null }) => ({ keyId: k.id, createdAt: k.created_at.toISOString(), expiresAt: k.expires_at?.toISOString() ?? null });

  function clientView(c: NonNullable<Awaited<ReturnType<typeof repo.findClient>>>, keys: Awaited<ReturnType<typeof repo.keysOf>>) {
    const now = clock.now();
    return {
      id: c.id,
      name: c.name,
      regionCode: c.region_code,
      feeds: c.feeds,
      webhookUrl: c.webhook_url,
      rateLimitPerMinute: c.rate_limit_per_minute,
      status: c.status,
      createdAt: c.created_at.toISOString(),
      revokedAt: c.revoked_at?.toISOString() ?? null,
      keys: keys.filter((k) => k.client_id === c.id && (!k.expires_at || k.expires_at > now)).map(keyView),
    };
  }

  async function listClients(actor: Actor, query: { status?: 'active' | 'revoked' | undefined; page: number; pageSize: number }) {
    manager(actor);
    const { rows, total } = await repo.listClients(db, { status: query.status ?? null, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
    const keys = await repo.keysOf(db, rows.map((r) => r.id));
    return { items: rows.map((r) => clientView(r, keys)), total };
  }

  async function getClient(actor: Actor, id: string) {
    const client = await managed(actor, id);
    const [keys, log] = await Promise.all([repo.keysOf(db, [id]), repo.accessLog(db, id, ACCESS_LOG_SHOWN)]);
    return {
      ...clientView(client, keys),
      accessLog: log.map((l) => ({ route: l.route, cursor: l.cursor, rows: l.rows, keyId: l.key_id, at: l.at.toISOString() })),
    };
  }

  async function createClient(actor: Actor, input: NewClient, requestId: string) {
    manager(actor);
    // A client's scope is Guangdong or a city/county in it, like a regulator's (M29).
    if (!findRegion(input.regionCode)) throw ExchangeErrors.EXCHANGE_REGION_INVALID({ regionCode: input.regionCode });
    if (input.webhookUrl) {
      const target = await checkWebhookTarget(input.webhookUrl, deps.webhookAllowPrivate);
      if (!target.ok) throw ExchangeErrors.EXCHANGE_WEBHOOK_URL_FORBIDDEN({ reason: target.reason, host: target.host, address: target.address });
    }
    const feeds = [...new Set(input.feeds)];
    const key = newApiKey();
    const webhookSecret = input.webhookUrl ? newWebhookSecret() : null;
    const now = clock.now();
    // New clients are pushed what changes from now on; history is for the pull API.
    const pushFrom = await repo.settledHorizon(db);
    const id = await db.transaction().execute(async (tx) => {
      const clientId = await repo.insertClient(tx, {
        push_tx: pushFrom,
        name: input.name,
        region_code: input.regionCode,
        feeds,
        webhook_url: input.webhookUrl,
        webhook_secret_sealed: webhookSecret ? seal(deps.dataKey, webhookSecret) : null,
        rate_limit_per_minute: input.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
        created_by: actor.accountId,
        created_at: now,
      });
      await repo.insertKey(tx, { id: key.keyId, client_id: clientId, secret_hash: key.secretHash, created_at: now });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exchange.client_created', targetType: 'exchange_client', targetId: clientId, change: { name: input.name, regionCode: input.regionCode, feeds, webhookUrl: input.webhookUrl, keyId: key.keyId } });
      return clientId;
    });
    return { client: await getClient(actor, id), apiKey: key.token, webhookSecret };
  }

  /** A new key; the old ones stop after the overlap (M4: rotatable). */
  async function rotateKey(actor: Actor, id: string, requestId: string) {
    const client = await managed(actor, id);
    if (client.status === 'revoked') throw ExchangeErrors.EXCHANGE_CLIENT_REVOKED();
    const key = newApiKey();
    const now = clock.now();
    const oldUntil = new Date(now.getTime() + KEY_ROTATION_OVERLAP_MINUTES * 60_000);
    await db.transaction().execute(async (tx) => {
      await repo.expireKeys(tx, id, oldUntil);
      await repo.insertKey(tx, { id: key.keyId, client_id: id, secret_hash: key.secretHash, created_at: now });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exchange.key_rotated', targetType: 'exchange_client', targetId: id, change: { keyId: key.keyId, previousKeysValidUntil: oldUntil.toISOString() } });
    });
    return { apiKey: key.token, keyId: key.keyId, previousKeysValidUntil: oldUntil.toISOString() };
  }

  async function revokeClient(actor: Actor, id: string, reason: string, requestId: string) {
    const client = await managed(actor, id);
    if (client.status === 'revoked') throw ExchangeErrors.EXCHANGE_CLIENT_REVOKED();
    const now = clock.now();
    await db.transaction().execute(async (tx) => {
      await repo.expireKeys(tx, id, now);
      await repo.revokeClient(tx, id, now);
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'exchange.client_revoked', targetType: 'exchange_client', targetId: id, change: { reason } });
    });
    return getClient(actor, id);
  }

  async function listDeliveries(actor: Actor, clientId: string, query: { status?: DeliveryStatus | undefined; page: number; pageSize: number }) {
    await managed(actor, clientId);
    const { rows, total } = await repo.listDeliveries(db, { clientId, status: query.status ?? null, offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
    const attempts = await repo.attemptsOf(db, rows.map((r) => r.id));
    return {
      total,
      items: rows.map((d) => ({
        id: d.id,
        event: d.event,
        status: d.status,
        attempts: d.attempts,
        nextAttemptAt: d.next_attempt_at?.toISOString() ?? null,
        createdAt: d.created_at.toISOString(),
        deliveredAt: d.delivered_at?.toISOString() ?? null,
        log: attempts.filter((a) => a.delivery_id === d.id).map((a) => ({ attempt: a.attempt, statusCode: a.status_code, durationMs: a.duration_ms, error: a.error, at: a.at.toISOString() })),
      })),
    };
  }

  /** Manual re-send by the client's manager: one immediate attempt, logged like any other. */
  async function resend(actor: Actor, clientId: string, deliveryId: string, requestId: string) {
    const client = await managed(actor, clientId);
    if (client.status === 'revoked') throw ExchangeErrors.EXCHANGE_CLIENT_REVOKED();
    const delivery = await repo.findDelivery(db, clientId, deliveryId);
    if (!delivery) throw ExchangeErrors.EXCHANGE_DELIVERY_NOT_FOUND();
    const result = await webhooks.attempt(delivery, client);
    await db.transaction().execute((tx) =>
      audit.record(tx, auditActorOf(actor, requestId), { action: 'exchange.delivery_resent', targetType: 'exchange_delivery', targetId: deliveryId, change: { attempt: result.attempt, statusCode: result.statusCode, ok: result.ok } }),
    );
    return result;
  }

  /** Bearer key → client (M4). Unknown, wrong, expired (past the rotation overlap) or revoked: 401. */
  async function authenticate(token: string): Promise<ApiClient> {
    const keyId = keyIdOf(token);
    const row = keyId ? await repo.findKeyWithClient(db, keyId) : undefined;
    if (!row || !keyMatches(token, row.secret_hash) || row.status !== 'active' || (row.expires_at && row.expires_at <= clock.now())) throw ExchangeErrors.EXCHANGE_KEY_INVALID();
    return { clientId: row.client_id, keyId: row.key_id, name: row.name, regionCode: row.region_code, feeds: row.feeds, rateLimitPerMinute: row.rate_limit_per_minute };
  }

  const pull = (client: ApiClient, feed: string, query: { after?: string | undefined; limit: number }, requestId: string) => pullFeed({ db, now: () => clock.now() }, client, feed, query, requestId);

  /** Boot step: keep change-log positions increasing across a logical restore (decision 0018). */
  const alignChangeClock = () => repo.alignChangeClock(db);

  return { alignChangeClock, listClients, getClient, createClient, rotateKey, revokeClient, listDeliveries, resend, authenticate, pull, webhooks };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
