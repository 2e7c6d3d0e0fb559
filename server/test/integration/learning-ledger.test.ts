import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { enrolledLearner } from '../support/factories.js';
import { startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * Issue 6 item 5, as a property (fast-check) through the real API: for any
 * sequence of heartbeats, face checks and endings, the hours shown equal the
 * sum of the ledger, and never exceed the lesson, the daily cap or the class's
 * online cap (M19, M25).
 */
const clock = fixedClock(new Date('2026-11-26T01:00:00Z'));
const frame = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/faces/${name}`, import.meta.url))).toString('base64');
const ME = frame('person-a-webcam-variant.jpg');
/** The camera's next frame: a live check sends two (M24). */
const NEXT = frame('person-a-webcam-next.jpg');
const STRANGER = frame('person-b.jpg');
const LESSON_SECONDS = 600;

let t: TestApp;
let learner: Session;
let classId: string;
let lessonId: string;

const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: learner.headers, payload });

const action = fc.oneof(
  fc.record({ kind: fc.constant('beat' as const), dt: fc.integer({ min: 0, max: 40 }), dp: fc.integer({ min: -20, max: 60 }), playing: fc.boolean(), visible: fc.boolean() }),
  // Mostly the learner's own face: three strangers lock the enrolment and end the experiment.
  fc.record({ kind: fc.constant('check' as const), own: fc.integer({ min: 0, max: 19 }).map((n) => n > 0) }),
);

beforeAll(async () => {
  t = await startTestApp({ clock });
  ({ learner, classId, lessonId } = await enrolledLearner(t, frame('person-a-webcam.jpg')));
});
afterAll(async () => {
  await t?.stop();
});

describe('the hour ledger under any sequence of events (fast-check)', () => {
  it('hours shown equal the ledger sum and stay within the lesson, the day and the class caps', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 10 }), fc.boolean(), async (actions, closeWithCheck) => {
        const started = await post('/api/v1/learning/sessions', { classId, lessonId, deviceId: 'property-0001', image: ME, nextFrame: NEXT });
        if (started.statusCode !== 201) return;
        const { sessionId, resumeAt } = started.json();
        let seq = 1;
        let position = resumeAt as number;
        await post(`/api/v1/learning/sessions/${sessionId}/heartbeats`, { seq, mediaPosition: position, playing: true, visible: true, focused: true });
        for (const a of actions) {
          if (a.kind === 'beat') {
            clock.advance(a.dt * 1000);
            position = Math.max(0, position + a.dp);
            seq += 1;
            await post(`/api/v1/learning/sessions/${sessionId}/heartbeats`, { seq, mediaPosition: position, playing: a.playing, visible: a.visible, focused: true });
          } else {
            await post(`/api/v1/learning/sessions/${sessionId}/face-check`, { image: a.own ? ME : STRANGER, nextFrame: NEXT });
          }
        }
        await post(`/api/v1/learning/sessions/${sessionId}/end`, closeWithCheck ? { image: ME, nextFrame: NEXT } : {});
        clock.advance(60_000);

        const db = t.database.db;
        const ledger = await db
          .selectFrom('hour_ledger')
          .select(sql<number>`coalesce(sum(seconds), 0)::int8`.as('s'))
          .where('class_id', '=', classId)
          .executeTakeFirstOrThrow();
        const shown = (await t.app.inject({ method: 'GET', url: `/api/v1/me/classes/${classId}/learning`, headers: learner.headers })).json();
        expect(shown.onlineSeconds).toBe(Number(ledger.s));
        expect(shown.onlineSeconds).toBeLessThanOrEqual(LESSON_SECONDS);
        expect(shown.onlineSeconds).toBeLessThanOrEqual(shown.maxOnlineSeconds);
        const perDay = await db
          .selectFrom('hour_ledger')
          .select([sql<string>`(created_at at time zone 'Asia/Shanghai')::date`.as('day'), sql<number>`sum(seconds)::int8`.as('s')])
          .where('class_id', '=', classId)
          .groupBy(sql`1`)
          .execute();
        for (const d of perDay) expect(Number(d.s)).toBeLessThanOrEqual(8 * 3600);
      }),
      // A fixed seed: the same sequences every run, so the check that credit was earned at all is stable.
      { numRuns: 8, seed: 20261123 },
    );
    const total = await t.database.db.selectFrom('hour_ledger').select(sql<number>`coalesce(sum(seconds), 0)::int8`.as('s')).where('class_id', '=', classId).executeTakeFirstOrThrow();
    expect(Number(total.s)).toBeGreaterThan(0);
  });
});
