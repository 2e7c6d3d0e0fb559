import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Clock } from '../../platform/clock.js';
import { unseal } from '../../platform/crypto/sealing.js';
import type { Db } from '../../platform/db/database.js';
import { scopePrefix } from '../regions/index.js';
import { FEEDS } from './exchange.feeds.js';
import { itemsOf } from './exchange.pull.js';
import * as repo from './exchange.repository.js';
import { signWebhook, WEBHOOK_HEADERS } from './exchange.signature.js';
import { checkWebhookTarget, postToTarget, refusalText } from './exchange.targets.js';

/** Changes turned into deliveries per client per run. */
export const WEBHOOK_SCAN_BATCH = 200;
/** Deliveries attempted per run. */
export const WEBHOOK_SEND_BATCH = 50;
/** After this many failed attempts a delivery is given up (status failed); a manager can still re-send it. */
export const MAX_DELIVERY_ATTEMPTS = 8;
/** Exponential back-off: 1, 2, 4 … 64 minutes between attempts (about two hours in all). */
export const RETRY_BASE_SECONDS = 60;
export const DELIVERY_TIMEOUT_MS = 10_000;
/** A claimed delivery is invisible to other workers for this long (a crash only delays it). */
export const DELIVERY_LEASE_MS = 2 * DELIVERY_TIMEOUT_MS;
const ERROR_TEXT_MAX = 500;

export function retryDelaySeconds(attempt: number): number {
  return RETRY_BASE_SECONDS * 2 ** (attempt - 1);
}

export interface WebhookDeps {
  db: Db;
  clock: Clock;
  dataKey: Buffer;
  /** EXCHANGE_WEBHOOK_ALLOW_PRIVATE: intranet targets and plain http are allowed. */
  webhookAllowPrivate: boolean;
}

/**
 * The push channel (M4): a job scans the change log after each client's push cursor, stores one delivery
 * per event, and posts due deliveries signed with the client's secret, retrying with back-off.
 */
export function createWebhooks(deps: WebhookDeps) {
  const { db, clock } = deps;

  async function enqueueEvents(): Promise<number> {
    let created = 0;
    for (const client of await repo.pushClients(db)) {
      const feeds = FEEDS.filter((f) => client.feeds.includes(f.name));
      const prefix = scopePrefix(client.region_code);
      const changes = await repo.changesAfter(db, { feeds: feeds.map((f) => f.name), prefix, after: { tx: client.push_tx, seq: client.push_seq }, limit: WEBHOOK_SCAN_BATCH });
      const last = changes[changes.length - 1];
      if (!last) continue;
      const items = await itemsOf(db, feeds, changes, prefix);
      const now = clock.now();
      const rows = items.map((item) => {
        const id = randomUUID();
        const payload = { id, event: item.event, feed: item.feed, occurredAt: item.changedAt, rowId: item.id, op: item.op, data: item.data };
        return { id, client_id: client.id, event: item.event, change_seq: item.seq, payload: JSON.stringify(payload), created_at: now };
      });
      await db.transaction().execute(async (tx) => {
        await repo.insertDeliveries(tx, rows);
        await repo.advancePush(tx, client.id, { tx: last.tx, seq: last.seq });
      });
      created += rows.length;
    }
    return created;
  }

  /** One POST; the attempt and its outcome are recorded together. */
  async function attempt(delivery: { id: string; client_id: string; event: string; payload: unknown; status: repo.DeliveryRow['status']; attempts: number }, client: { webhook_url: string | null; webhook_secret_sealed: string | null }) {
    const number = delivery.attempts + 1;
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    if (!client.webhook_url || !client.webhook_secret_sealed) error = 'client revoked or no webhook configured';
    else {
      // Resolved again at every attempt (DNS may have changed since registration) and posted to the checked addresses.
      const target = await checkWebhookTarget(client.webhook_url, deps.webhookAllowPrivate);
      if (!target.ok) error = refusalText(target);
      else {
        try {
          statusCode = await postToTarget(
            target,
            {
              'content-type': 'application/json',
              'user-agent': 'Xunkao-Webhook/1',
              [WEBHOOK_HEADERS.timestamp]: String(timestamp),
              [WEBHOOK_HEADERS.signature]: signWebhook(unseal(deps.dataKey, client.webhook_secret_sealed), timestamp, body),
              [WEBHOOK_HEADERS.delivery]: delivery.id,
            },
            body,
            DELIVERY_TIMEOUT_MS,
          );
          if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
        } catch (e) {
          error = (e as Error).message.slice(0, ERROR_TEXT_MAX);
        }
      }
    }
    const ok = error === null;
    const now = clock.now();
    // Scheduled attempts retry until the limit; a manual re-send of a settled delivery never reopens it.
    // A revoked client (no webhook to post to) is not retried at all.
    const retry = !ok && delivery.status === 'pending' && number < MAX_DELIVERY_ATTEMPTS && client.webhook_url !== null;
    const status = ok ? 'delivered' : retry ? 'pending' : delivery.status === 'pending' ? 'failed' : delivery.status;
    await db.transaction().execute((tx) =>
      repo.recordAttempt(
        tx,
        { delivery_id: delivery.id, attempt: number, status_code: statusCode, duration_ms: Math.round(performance.now() - started), error, at: now },
        { status, next_attempt_at: retry ? new Date(now.getTime() + retryDelaySeconds(number) * 1000) : null, delivered_at: ok ? now : null },
      ),
    );
    return { attempt: number, ok, statusCode, error };
  }

  async function deliverDue(): Promise<number> {
    const now = clock.now();
    const due = await repo.claimDueDeliveries(db, now, new Date(now.getTime() + DELIVERY_LEASE_MS), WEBHOOK_SEND_BATCH);
    const clients = new Map<string, Awaited<ReturnType<typeof repo.findClient>>>();
    for (const delivery of due) {
      if (!clients.has(delivery.client_id)) clients.set(delivery.client_id, await repo.findClient(db, delivery.client_id));
      const client = clients.get(delivery.client_id);
      await attempt(delivery, client?.status === 'active' ? client : { webhook_url: null, webhook_secret_sealed: null });
    }
    return due.length;
  }

  /** The job: new events first, then everything due (first attempts and retries). */
  async function run(): Promise<{ created: number; attempted: number }> {
    const created = await enqueueEvents();
    const attempted = await deliverDue();
    return { created, attempted };
  }

  return { run, attempt };
}

export type Webhooks = ReturnType<typeof createWebhooks>;
