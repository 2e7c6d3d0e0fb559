import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import { DEMO_LEARNER } from '../demo/index.js';
import { FACE_FAILURES_MIN } from './enforcement.rules.js';
import type { SignalsService } from './signals.service.js';

const DEMO_ENGINE = 'demo-seed';

/**
 * Demo only (XUNKAO_DEMO with XUNKAO_DEMO_TRAINING, after the demo training
 * history): yesterday at 10:00 Asia/Shanghai the demo learner 张三 failed three
 * face checks during lessons, and the detectors run once, so a regulator opening
 * 线索 finds a real signal with its evidence. Idempotent like the detectors.
 */
export async function seedDemoSignals(db: Db, clock: Clock, signals: SignalsService) {
  const masked = `${DEMO_LEARNER.idNumber.slice(0, 4)}**********${DEMO_LEARNER.idNumber.slice(-4)}`;
  const learner = await db.selectFrom('learners').select('account_id').where('id_number_masked', '=', masked).executeTakeFirst();
  if (!learner) return;
  const seeded = await db.selectFrom('face_checks').select('id').where('engine', '=', DEMO_ENGINE).executeTakeFirst();
  if (!seeded) {
    const now = clock.now();
    const yesterday = new Date(`${new Date(now.getTime() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10)}T10:00:00+08:00`);
    await db
      .insertInto('face_checks')
      .values(
        Array.from({ length: FACE_FAILURES_MIN }, (_, i) => ({
          account_id: learner.account_id,
          purpose: 'lesson_random' as const,
          decision: 'MISMATCH',
          score: 0.21,
          face_count: 1,
          quality: 0.8,
          liveness: 0.9,
          antispoof: 0.9,
          engine: DEMO_ENGINE,
          photo_blob_key: null,
          created_at: new Date(yesterday.getTime() + i * 15 * 60_000),
        })),
      )
      .execute();
  }
  await signals.detect();
}
