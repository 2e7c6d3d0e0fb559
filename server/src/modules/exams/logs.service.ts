import type { Actor } from '../../platform/http/access.js';
import { CommonErrors } from '../../platform/http/errors.js';
import { addMonths, LOG_RETENTION_YEARS } from './exams.rules.js';
import type { ExamsDeps } from './exams.deps.js';
import { ExamErrors } from './exams.errors.js';
import { examViewerOf } from './exams.policy.js';
import * as repo from './logs.repository.js';
import type { SitesService } from './sites.service.js';

export interface LogInput {
  source: 'system' | 'application' | 'database';
  host: string;
  level: string;
  message: string;
  loggedAt: string;
}

const monthOf = (d: Date) => `${d.toISOString().slice(0, 7)}-01`;

/**
 * N2.4: exam-site system, application and database logs, append-only
 * (database triggers), partitioned by month and kept at least 3 years.
 */
export function createLogsService(deps: ExamsDeps & { sites: SitesService }) {
  const { db, clock } = deps;

  async function ingest(actor: Actor, entries: LogInput[]) {
    const siteId = examViewerOf(actor).siteId;
    if (!siteId) throw CommonErrors.FORBIDDEN();
    const rows = entries.map((e) => ({ ...e, siteId, loggedAt: new Date(e.loggedAt) }));
    await repo.ensurePartitions(db, [...new Set(rows.map((r) => monthOf(r.loggedAt)))]);
    await repo.insertLogs(db, rows, clock.now());
    return { stored: rows.length };
  }

  async function list(actor: Actor, f: { siteId?: string; from?: string; to?: string; limit: number; offset: number }) {
    const visible = (await deps.sites.list(actor)).map((s) => s.id);
    const siteIds = f.siteId ? visible.filter((id) => id === f.siteId) : visible;
    const result = await repo.listLogs(db, { siteIds, from: f.from ? new Date(f.from) : null, to: f.to ? new Date(f.to) : null, limit: f.limit, offset: f.offset });
    return { total: result.total, items: result.items.map((r) => ({ id: Number(r.id), siteId: r.site_id, source: r.source, host: r.host, level: r.level, message: r.message, loggedAt: r.logged_at.toISOString(), receivedAt: r.received_at.toISOString() })) };
  }

  /** The first month that must still be kept: anything from it on is inside the retention period. */
  function retainedFrom(): string {
    return addMonths(monthOf(clock.now()), -12 * LOG_RETENTION_YEARS);
  }

  /**
   * The retention job: drops whole monthly partitions that ended before
   * `before`, and refuses outright when `before` reaches into the last 3 years.
   */
  async function dropExpired(before: string = retainedFrom()) {
    if (before > retainedFrom()) throw ExamErrors.EXAM_LOG_RETENTION({ retainedFrom: retainedFrom() });
    const expired = (await repo.partitionMonths(db)).filter((p) => addMonths(p.month, 1) <= before);
    for (const p of expired) await repo.dropPartition(db, p.table);
    return { dropped: expired.map((p) => p.month) };
  }

  return { ingest, list, dropExpired, retainedFrom };
}

export type LogsService = ReturnType<typeof createLogsService>;
