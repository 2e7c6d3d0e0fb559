import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import type { AuditService } from '../audit/index.js';
import { auditActorOf } from '../identity/index.js';
import { isProvincialRegulator } from '../regions/index.js';
import { CHALLENGE_INTERVAL_SECONDS, DEFAULT_DAILY_CAP_SECONDS, FACE_CHECK_INTERVAL_SECONDS, HEARTBEAT_SECONDS } from './integrity.rules.js';
import { LearningErrors } from './learning.errors.js';

type Range = [number, number];

export interface LearningSettings {
  dailyCapSeconds: number;
  heartbeatSeconds: number;
  challengeIntervalSeconds: Range;
  faceCheckIntervalSeconds: Range;
  note: string;
  setAt: string | null;
  setBy: string | null;
}

/** Until the province sets them, the documented defaults of integrity.rules apply. */
export const DEFAULT_LEARNING_SETTINGS: LearningSettings = {
  dailyCapSeconds: DEFAULT_DAILY_CAP_SECONDS,
  heartbeatSeconds: HEARTBEAT_SECONDS,
  challengeIntervalSeconds: [...CHALLENGE_INTERVAL_SECONDS],
  faceCheckIntervalSeconds: [...FACE_CHECK_INTERVAL_SECONDS],
  note: '平台默认值',
  setAt: null,
  setBy: null,
};

export type LearningSettingsInput = Pick<LearningSettings, 'dailyCapSeconds' | 'heartbeatSeconds' | 'challengeIntervalSeconds' | 'faceCheckIntervalSeconds' | 'note'>;

/**
 * The daily cap (DESIGN §5.5) and the timings of heartbeats, attention
 * challenges and random face checks (§5.3–5.4): set by the provincial
 * regulator, each change a new audited row (append-only), the newest applies
 * from the moment it is saved.
 */
export function createLearningSettings(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  /** Inside a transaction pass it as `q`: the embedded database has one connection. */
  async function current(q: Db | Transaction<Database> = db): Promise<LearningSettings> {
    const row = await q.selectFrom('learning_settings').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (!row) return DEFAULT_LEARNING_SETTINGS;
    return {
      dailyCapSeconds: row.daily_cap_seconds,
      heartbeatSeconds: row.heartbeat_seconds,
      challengeIntervalSeconds: [row.challenge_min_seconds, row.challenge_max_seconds],
      faceCheckIntervalSeconds: [row.face_check_min_seconds, row.face_check_max_seconds],
      note: row.note,
      setAt: row.created_at.toISOString(),
      setBy: row.created_by,
    };
  }

  async function set(actor: Actor, input: LearningSettingsInput, requestId: string | null) {
    if (!isProvincialRegulator(actor)) throw LearningErrors.LEARNING_SETTINGS_PROVINCE_ONLY();
    const [cMin, cMax] = input.challengeIntervalSeconds;
    const [fMin, fMax] = input.faceCheckIntervalSeconds;
    if (cMax < cMin) throw LearningErrors.LEARNING_SETTINGS_INVALID({ field: 'challengeIntervalSeconds' });
    if (fMax < fMin) throw LearningErrors.LEARNING_SETTINGS_INVALID({ field: 'faceCheckIntervalSeconds' });
    await db.transaction().execute(async (tx) => {
      await tx
        .insertInto('learning_settings')
        .values({
          daily_cap_seconds: input.dailyCapSeconds,
          heartbeat_seconds: input.heartbeatSeconds,
          challenge_min_seconds: cMin,
          challenge_max_seconds: cMax,
          face_check_min_seconds: fMin,
          face_check_max_seconds: fMax,
          note: input.note,
          created_by: actor.accountId,
          created_at: clock.now(),
        })
        .execute();
      await audit.record(tx, auditActorOf(actor, requestId), { action: 'learning.settings_set', targetType: 'learning_settings', targetId: 'province', change: { ...input } });
    });
    return current();
  }

  return { current, set };
}

export type LearningSettingsService = ReturnType<typeof createLearningSettings>;
