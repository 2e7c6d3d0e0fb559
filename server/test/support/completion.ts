import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestApp, Session } from './test-app.js';

/** The lawful low-voltage class of factories.ts requires 88 theory + 60 practical 学时, at most 70 online (M19). */
export const REQUIRED_SECONDS = 148 * 2700;
export const ONLINE_CAP_SECONDS = 70 * 2700;

export const faceFrame = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/faces/${name}`, import.meta.url))).toString('base64');

/** The camera's next frame of person A: a live check sends two (M24). */
export const NEXT_FRAME = faceFrame('person-a-webcam-next.jpg');

/**
 * Credit recorded on earlier days, straight into the ledger: classroom hours
 * and online hours `shortBy` seconds below what completes the class. What
 * tips it over is then earned through the real learning API.
 */
export async function priorCredit(t: TestApp, q: { learnerId: string; classId: string; courseId: string; shortBy: number; at: Date }) {
  const offline = REQUIRED_SECONDS - ONLINE_CAP_SECONDS;
  const rows = [
    { kind: 'offline' as const, seconds: offline, course_id: null },
    { kind: 'online' as const, seconds: ONLINE_CAP_SECONDS - q.shortBy, course_id: q.courseId },
  ];
  await t.database.db
    .insertInto('hour_ledger')
    .values(rows.map((r) => ({ learner_account_id: q.learnerId, class_id: q.classId, lesson_id: null, session_id: null, evidence: JSON.stringify({ test: 'prior credit' }), reason: null, approved_by: null, created_at: q.at, ...r })))
    .execute();
}

/** An honest lesson through the API: a face check to start, `beats` heartbeats 15 s apart, a passed face check that confirms the credit. */
export async function studyAndConfirm(t: TestApp, learner: Session, q: { classId: string; lessonId: string; beats: number; advance: (ms: number) => void; image: string }) {
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: learner.headers, payload });
  const started = await post('/api/v1/learning/sessions', { classId: q.classId, lessonId: q.lessonId, deviceId: 'test-device-01', image: q.image, nextFrame: NEXT_FRAME });
  if (started.statusCode !== 201) throw new Error(`start failed: ${started.body}`);
  const { sessionId, resumeAt } = started.json() as { sessionId: string; resumeAt: number };
  await post(`/api/v1/learning/sessions/${sessionId}/heartbeats`, { seq: 1, mediaPosition: resumeAt, playing: true, visible: true, focused: true });
  for (let i = 1; i <= q.beats; i++) {
    q.advance(15_000);
    await post(`/api/v1/learning/sessions/${sessionId}/heartbeats`, { seq: i + 1, mediaPosition: resumeAt + i * 15, playing: true, visible: true, focused: true });
  }
  const check = (await post(`/api/v1/learning/sessions/${sessionId}/face-check`, { image: q.image, nextFrame: NEXT_FRAME })).json() as { confirmedSeconds: number };
  await post(`/api/v1/learning/sessions/${sessionId}/end`, {});
  return check.confirmedSeconds;
}
