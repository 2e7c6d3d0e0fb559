import type { Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { ReadinessChecklist, SessionChangeProposal } from '../../platform/db/schema.exams.js';

type Q = Db | Transaction<Database>;

export interface NewSession {
  siteId: string;
  categoryId: string;
  room: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  openToOtherCities: boolean;
  at: Date;
}

export async function insertSession(q: Q, s: NewSession) {
  const row = await q
    .insertInto('exam_sessions')
    .values({
      site_id: s.siteId,
      category_id: s.categoryId,
      room: s.room,
      starts_at: s.startsAt,
      ends_at: s.endsAt,
      capacity: s.capacity,
      open_to_other_cities: s.openToOtherCities,
      status: 'scheduled',
      created_at: s.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const sessionColumns = [
  's.id',
  's.site_id',
  's.category_id',
  's.room',
  's.starts_at',
  's.ends_at',
  's.capacity',
  's.open_to_other_cities',
  's.status',
  's.checklist',
  's.checklist_completed_at',
  's.readiness_confirmed_at',
  's.sealed_at',
  's.created_at',
  'x.city_code',
  'x.name as site_name',
] as const;

export async function findSession(q: Q, id: string) {
  return q.selectFrom('exam_sessions as s').innerJoin('exam_sites as x', 'x.id', 's.site_id').select(sessionColumns).where('s.id', '=', id).executeTakeFirst();
}

export async function listSessions(q: Q, f: { cityPrefixes: string[]; siteId: string | null; sessionIds?: string[]; from?: Date; limit: number; offset: number }) {
  const { cityPrefixes, siteId, sessionIds } = f;
  let query = q
    .selectFrom('exam_sessions as s')
    .innerJoin('exam_sites as x', 'x.id', 's.site_id')
    .where((eb) =>
      eb.or([
        ...cityPrefixes.map((p) => eb('x.city_code', 'like', `${p}%`)),
        ...(siteId ? [eb('s.site_id', '=', siteId)] : []),
        ...(sessionIds?.length ? [eb('s.id', 'in', sessionIds)] : []),
        eb.val(false),
      ]),
    );
  if (f.from) query = query.where('s.ends_at', '>=', f.from);
  const [items, total] = await Promise.all([
    query.select(sessionColumns).select((eb) => eb.selectFrom('exam_assignments as a').select(({ fn }) => fn.countAll<number>().as('n')).whereRef('a.session_id', '=', 's.id').as('assigned')).orderBy('s.starts_at').orderBy('s.id').limit(f.limit).offset(f.offset).execute(),
    query.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export async function assignedCount(q: Q, sessionId: string) {
  const row = await q.selectFrom('exam_assignments').select(({ fn }) => fn.countAll<number>().as('n')).where('session_id', '=', sessionId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateSessionPlace(q: Q, id: string, p: { startsAt: Date; endsAt: Date; siteId: string; room: string }) {
  await q.updateTable('exam_sessions').set({ starts_at: p.startsAt, ends_at: p.endsAt, site_id: p.siteId, room: p.room }).where('id', '=', id).execute();
}

export async function saveChecklist(q: Q, id: string, checklist: ReadinessChecklist, completedAt: Date | null) {
  await q.updateTable('exam_sessions').set({ checklist: JSON.stringify(checklist), checklist_completed_at: completedAt, readiness_confirmed_at: null, readiness_confirmed_by: null }).where('id', '=', id).execute();
}

export async function confirmReadiness(q: Q, id: string, by: string, at: Date) {
  await q.updateTable('exam_sessions').set({ readiness_confirmed_at: at, readiness_confirmed_by: by }).where('id', '=', id).execute();
}

export async function seal(q: Q, id: string, at: Date) {
  await q.updateTable('exam_sessions').set({ sealed_at: at }).where('id', '=', id).execute();
}

export async function insertChange(q: Q, c: { sessionId: string; proposed: SessionChangeProposal; reason: string; by: string; at: Date }) {
  const row = await q
    .insertInto('exam_session_changes')
    .values({ session_id: c.sessionId, proposed: JSON.stringify(c.proposed), reason: c.reason, status: 'pending', requested_by: c.by, requested_at: c.at })
    .onConflict((oc) => oc.column('session_id').where('status', '=', 'pending').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function findChange(q: Q, id: string) {
  return q.selectFrom('exam_session_changes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function changesOf(q: Q, sessionIds: string[]) {
  if (!sessionIds.length) return [];
  return q.selectFrom('exam_session_changes').selectAll().where('session_id', 'in', sessionIds).orderBy('requested_at', 'desc').execute();
}

export async function decideChange(q: Q, id: string, status: 'approved' | 'rejected', by: string, at: Date) {
  await q.updateTable('exam_session_changes').set({ status, decided_by: by, decided_at: at }).where('id', '=', id).execute();
}

export async function insertCameraEvents(q: Q, sessionId: string, events: { cameraId: string; event: 'on' | 'off'; at: Date }[], receivedAt: Date) {
  if (!events.length) return;
  await q.insertInto('exam_camera_events').values(events.map((e) => ({ session_id: sessionId, camera_id: e.cameraId, event: e.event, at: e.at, received_at: receivedAt }))).execute();
}

export async function cameraEventsOf(q: Q, sessionId: string) {
  return q.selectFrom('exam_camera_events').select(['camera_id', 'event', 'at']).where('session_id', '=', sessionId).orderBy('at').execute();
}
