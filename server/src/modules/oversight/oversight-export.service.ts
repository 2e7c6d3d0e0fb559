import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { BlobStore } from '../../platform/blob/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { regulatorPrefixes } from '../regions/index.js';
import { cellOf, COLUMNS } from './oversight.columns.js';
import * as exportsRepo from './oversight-exports.repository.js';
import { OversightErrors } from './oversight.errors.js';
import * as repo from './oversight.repository.js';
import { toItem } from './oversight.rows.js';
import type { ListInput, OversightService } from './oversight.service.js';

/** Exports are capped so one request cannot tie up the database and the job worker for hours. */
export const EXPORT_MAX_ROWS = 1_000_000;
/** Rows fetched and written per step; progress is saved after each. */
export const EXPORT_BATCH_ROWS = 1000;
export const EXPORT_JOB = 'oversight.export';

const KIND_TITLE: Record<repo.ListKind, string> = {
  institutions: '培训机构', classes: '培训班', enrolments: '学员', hours: '学时', ratings: '课程评价', 'face-checks': '人脸核验', 'institution-face-checks': '人脸核验（机构）', certificates: '学时证明',
};

export type ExportInput = Omit<ListInput, 'page' | 'pageSize'>;

/**
 * Excel export of any supervision list (M29): the region is fixed when the
 * regulator asks, a job streams the rows into the blob store batch by batch
 * (never the whole sheet in memory) and records progress; only the requester
 * downloads the file, and both the request and the download are audited (M28).
 */
export function createOversightExports(deps: { db: Db; clock: Clock; audit: AuditService; blobs: BlobStore; oversight: OversightService; enqueue: (name: string, data: object) => Promise<void>; maxRows?: number }) {
  const { db, clock, audit } = deps;
  const maxRows = deps.maxRows ?? EXPORT_MAX_ROWS;

  async function request(actor: Actor, kind: repo.ListKind, input: ExportInput, requestId: string | null) {
    const prefixes = deps.oversight.prefixesOf(actor);
    const q = await deps.oversight.query(kind, prefixes, input, 1, 0);
    const total = await repo.count(db, kind, q);
    if (total > maxRows) throw OversightErrors.OVERSIGHT_EXPORT_TOO_LARGE({ total, max: maxRows });
    const row = await db.transaction().execute(async (tx) => {
      const created = await exportsRepo.insertExport(tx, { requestedBy: actor.accountId, kind, filters: input, prefixes, total, at: clock.now() });
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'oversight.export_requested', targetType: 'oversight_export', targetId: created.id, change: { kind, filters: input, prefixes, rows: total } });
      return created;
    });
    await deps.enqueue(EXPORT_JOB, { exportId: row.id });
    return view(row);
  }

  /** The job's work; callable directly (tests run it without the queue). */
  async function run(exportId: string): Promise<void> {
    const row = await exportsRepo.findExport(db, exportId);
    if (!row || row.status === 'done') return;
    const kind = row.kind as repo.ListKind;
    const input = row.filters as ExportInput;
    try {
      const q = await deps.oversight.query(kind, row.prefixes, input, EXPORT_BATCH_ROWS, 0);
      // Keyed lists sort once and fetch rows by key; grouped lists (hours, ratings, face checks) page by offset.
      const keys = repo.keyedKinds.includes(kind) ? await repo.orderedKeys(db, kind, q, maxRows) : null;
      const total = keys ? keys.length : Math.min(await repo.count(db, kind, q), maxRows);
      await exportsRepo.updateExport(db, exportId, { status: 'running', rows_total: total, rows_done: 0 });
      const out = new PassThrough();
      const stored = deps.blobs.put(out);
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
      const sheet = workbook.addWorksheet(KIND_TITLE[kind]);
      const columns = COLUMNS[kind];
      sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 12 }));
      sheet.getRow(1).font = { bold: true };
      let done = 0;
      while (done < total) {
        const size = Math.min(EXPORT_BATCH_ROWS, total - done);
        const rows = keys ? await repo.rowsByKeys(db, kind, q, keys.slice(done, done + size)) : (await repo.list(db, kind, { ...q, limit: size, offset: done }, false)).rows;
        if (rows.length === 0) break;
        for (const r of rows) sheet.addRow(columns.map((c) => cellOf(c, toItem[kind](r)))).commit();
        done += keys ? size : rows.length;
        await exportsRepo.updateExport(db, exportId, { rows_done: done });
      }
      sheet.commit();
      await workbook.commit();
      const blob = await stored;
      await exportsRepo.updateExport(db, exportId, { status: 'done', rows_done: done, blob_key: blob.key, size: blob.size, finished_at: clock.now() });
    } catch (error) {
      await exportsRepo.updateExport(db, exportId, { status: 'failed', error: error instanceof Error ? error.message : String(error), finished_at: clock.now() });
      throw error;
    }
  }

  /** The requester's own export, while the requester still holds the region it was made for. */
  async function own(actor: Actor, exportId: string) {
    const row = await exportsRepo.findExport(db, exportId);
    const prefixes = regulatorPrefixes(actor);
    if (!row || row.requested_by !== actor.accountId || !row.prefixes.every((p) => prefixes.some((mine) => p.startsWith(mine)))) throw OversightErrors.OVERSIGHT_NOT_FOUND();
    return row;
  }

  async function status(actor: Actor, exportId: string) {
    return view(await own(actor, exportId));
  }

  async function download(actor: Actor, exportId: string, requestId: string | null) {
    const row = await own(actor, exportId);
    if (row.status !== 'done' || !row.blob_key) throw OversightErrors.OVERSIGHT_EXPORT_NOT_READY();
    await db.transaction().execute((tx) =>
      audit.record(tx, auditActorOf(actor, requestId), { action: 'oversight.export_downloaded', targetType: 'oversight_export', targetId: row.id, change: { kind: row.kind, rows: row.rows_done } }),
    );
    const day = row.created_at.toISOString().slice(0, 10).replaceAll('-', '');
    return { stream: deps.blobs.open(row.blob_key), filename: `监管查询-${KIND_TITLE[row.kind as repo.ListKind] ?? row.kind}-${day}.xlsx` };
  }

  return { request, run, status, download };
}

function view(row: NonNullable<Awaited<ReturnType<typeof exportsRepo.findExport>>>) {
  return {
    exportId: row.id,
    kind: row.kind,
    status: row.status,
    rowsDone: row.rows_done,
    rowsTotal: row.rows_total,
    error: row.error,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

export type OversightExports = ReturnType<typeof createOversightExports>;
