import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database, FacePurpose } from '../../platform/db/schema.js';

type Q = Db | Transaction<Database>;

export async function insertEnrolment(q: Q, e: { accountId: string; templateEnc: string; engine: string; photoBlobKey: string; at: Date }) {
  await q.insertInto('face_enrolments').values({ account_id: e.accountId, template_enc: e.templateEnc, engine: e.engine, photo_blob_key: e.photoBlobKey, created_at: e.at }).execute();
}

/** The template in force: the latest enrolment (earlier ones stay as evidence). */
export async function currentEnrolment(q: Q, accountId: string) {
  return q.selectFrom('face_enrolments').selectAll().where('account_id', '=', accountId).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** Every account's current template except one account's own. */
export async function otherCurrentTemplates(q: Q, accountId: string) {
  return q
    .selectFrom('face_enrolments as f')
    .select(['f.account_id', 'f.template_enc'])
    .where('f.account_id', '!=', accountId)
    .where('f.id', '=', (eb) => eb.selectFrom('face_enrolments as g').select(({ fn }) => fn.max('g.id').as('m')).whereRef('g.account_id', '=', 'f.account_id'))
    .execute();
}

export async function insertCheck(
  q: Q,
  c: { accountId: string; purpose: FacePurpose; decision: string; score: number; faceCount: number; quality: number; liveness: number; antispoof: number; engine: string; photoBlobKey: string | null; at: Date },
) {
  await q
    .insertInto('face_checks')
    .values({
      account_id: c.accountId,
      purpose: c.purpose,
      decision: c.decision,
      score: c.score,
      face_count: c.faceCount,
      quality: c.quality,
      liveness: c.liveness,
      antispoof: c.antispoof,
      engine: c.engine,
      photo_blob_key: c.photoBlobKey,
      created_at: c.at,
    })
    .execute();
}

export async function insertSignal(q: Q, s: { accountIds: string[]; score: number; detail: Record<string, unknown>; institutionIds: string[]; regionCodes: string[]; at: Date }) {
  await q
    .insertInto('integrity_signals')
    .values({ kind: 'shared_face', account_ids: s.accountIds, score: s.score, detail: JSON.stringify(s.detail), institution_ids: s.institutionIds, region_codes: s.regionCodes, created_at: s.at })
    .execute();
}

export async function listSignals(q: Q, f: { institutionId?: string; prefixes?: string[] }) {
  // Shared faces only: the other kinds (migration 0018) are listed by enforcement's /api/v1/enforcement/signals.
  let query = q.selectFrom('integrity_signals').selectAll().where('kind', '=', 'shared_face');
  if (f.institutionId) query = query.where(sql<boolean>`${f.institutionId}::uuid = any(institution_ids)`);
  if (f.prefixes) {
    if (f.prefixes.length === 0) return [];
    const patterns = f.prefixes.map((p) => `${p}%`);
    query = query.where(sql<boolean>`exists (select 1 from unnest(region_codes) as r(code) where r.code like any(${patterns}::text[]))`);
  }
  return query.orderBy('created_at', 'desc').limit(200).execute();
}
