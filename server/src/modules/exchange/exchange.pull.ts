import type { ApiClient } from '../../platform/http/access.js';
import type { Db } from '../../platform/db/database.js';
import { scopePrefix } from '../regions/index.js';
import { decodeChangeCursor, encodeChangeCursor, START, type ChangePosition } from './exchange.cursor.js';
import { ExchangeErrors } from './exchange.errors.js';
import { eventOf, feedNamed, type FeedDefinition } from './exchange.feeds.js';
import * as repo from './exchange.repository.js';

export interface FeedItem {
  feed: string;
  id: string;
  event: string;
  op: 'insert' | 'update' | 'delete';
  changedAt: string;
  /** Current state of the row; null when it no longer exists (deleted). */
  data: Record<string, unknown> | null;
  position: ChangePosition;
  seq: number;
}

/**
 * Turns change-log rows into feed items with the rows' current state. A row changed twice within one page
 * appears once, at its last change: the client upserts by id, so the earlier state would be stale anyway.
 */
export async function itemsOf(db: Db, feeds: readonly FeedDefinition[], changes: repo.ChangeRow[], prefix: string): Promise<FeedItem[]> {
  const last = new Map<string, repo.ChangeRow>();
  for (const c of changes) last.set(`${c.feed}:${c.source_id}`, c);
  const kept = changes.filter((c) => last.get(`${c.feed}:${c.source_id}`) === c);
  const loaded = new Map<string, Map<string, Record<string, unknown>>>();
  for (const feed of feeds) {
    const ids = [...new Set(kept.filter((c) => c.feed === feed.name).map((c) => c.source_id))];
    loaded.set(feed.name, await feed.load(db, ids, prefix));
  }
  return kept.map((c) => {
    const feed = feeds.find((f) => f.name === c.feed)!;
    return {
      feed: c.feed,
      id: c.source_id,
      event: eventOf(feed, c.source, c.op),
      op: c.op,
      changedAt: c.changed_at.toISOString(),
      data: loaded.get(feed.name)?.get(c.source_id) ?? null,
      position: { tx: c.tx, seq: c.seq },
      seq: Number(c.seq),
    };
  });
}

export const MAX_PAGE = 500;

/** M4 pull: rows of one feed changed after the cursor, inside the client's region, in a stable order. */
export async function pullFeed(deps: { db: Db; now: () => Date }, client: ApiClient, feedName: string, query: { after?: string | undefined; limit: number }, requestId: string) {
  const feed = feedNamed(feedName);
  if (!feed || !client.feeds.includes(feed.name)) throw ExchangeErrors.EXCHANGE_FEED_NOT_ALLOWED({ feed: feedName });
  const after = query.after ? decodeChangeCursor(query.after) : START;
  const prefix = scopePrefix(client.regionCode);
  const changes = await repo.changesAfter(deps.db, { feeds: [feed.name], prefix, after, limit: query.limit + 1 });
  const page = changes.slice(0, query.limit);
  const items = await itemsOf(deps.db, [feed], page, prefix);
  const lastChange = page[page.length - 1];
  const nextCursor = lastChange ? encodeChangeCursor({ tx: lastChange.tx, seq: lastChange.seq }) : (query.after ?? null);
  await repo.logAccess(deps.db, { client_id: client.clientId, key_id: client.keyId, route: `/api/v1/exchange/${feed.name}`, cursor: query.after ?? null, rows: items.length, request_id: requestId, at: deps.now() });
  return { items: items.map(({ id, event, op, changedAt, data }) => ({ id, event, op, changedAt, data })), nextCursor, hasMore: changes.length > query.limit };
}
