import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { enrolledLearner } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * The daily cap and the integrity timings are the provincial regulator's
 * settings (DESIGN §5.3–5.5), and the learner's class page shows where each
 * lesson stands (M25). Media plays only inside an active session.
 */
const clock = fixedClock(new Date('2026-11-26T01:00:00Z'));
const frame = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/faces/${name}`, import.meta.url))).toString('base64');
const ME = frame('person-a-webcam-variant.jpg');
/** The camera's next frame: a live check sends two (M24). */
const NEXT = frame('person-a-webcam-next.jpg');

let t: TestApp;
let learner: Session;
let province: Session;
let classId: string;
let lessonId: string;

const post = (s: Session, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const SETTINGS = { dailyCapSeconds: 3600, heartbeatSeconds: 10, challengeIntervalSeconds: [30, 30], faceCheckIntervalSeconds: [600, 900], note: '试点期间调整' };

beforeAll(async () => {
  t = await startTestApp({ clock });
  ({ learner, classId, lessonId } = await enrolledLearner(t, frame('person-a-webcam.jpg')));
  province = await loginAs(t, 'gd-yjt');
});
afterAll(async () => {
  await t?.stop();
});

describe('learning settings are the province regulator\u2019s (DESIGN §5.5)', () => {
  it('a city bureau or an institution cannot change them; the defaults apply until the province does', async () => {
    for (const who of ['gz-yjj', 'demo-inst']) {
      const res = await post(await loginAs(t, who), '/api/v1/learning/settings', SETTINGS);
      expect(res.statusCode).toBe(403);
    }
    const current = (await get(await loginAs(t, 'demo-inst'), '/api/v1/learning/settings')).json();
    expect(current).toMatchObject({ dailyCapSeconds: 8 * 3600, heartbeatSeconds: 15, challengeIntervalSeconds: [480, 1200], setAt: null });
  });

  it('refuses a range whose upper bound is below its lower bound, keeping the old settings', async () => {
    const res = await post(province, '/api/v1/learning/settings', { ...SETTINGS, faceCheckIntervalSeconds: [900, 600] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'LEARNING_SETTINGS_INVALID', details: { field: 'faceCheckIntervalSeconds' } });
    expect((await get(province, '/api/v1/learning/settings')).json().setAt).toBeNull();
  });

  it('the province sets them; each version is kept and audited', async () => {
    const res = await post(province, '/api/v1/learning/settings', SETTINGS);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ...SETTINGS, setAt: clock.now().toISOString() });
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'learning.settings_set').execute();
    expect(audit).toHaveLength(1);
    await expect(sql`update learning_settings set daily_cap_seconds = 86400`.execute(t.database.db)).rejects.toThrow(/APPEND_ONLY/);
  });

  it('the new timings reach the player and the server: heartbeat interval, challenge after 30 s, one hour a day', async () => {
    const started = (await post(learner, '/api/v1/learning/sessions', { classId, lessonId, deviceId: 'device-s-0001', image: ME, nextFrame: NEXT })).json();
    expect(started).toMatchObject({ heartbeatSeconds: 10, lesson: { kind: 'text', title: '第一讲', textContent: '内容' } });
    const { sessionId } = started;
    const beat = (seq: number, mediaPosition: number) =>
      post(learner, `/api/v1/learning/sessions/${sessionId}/heartbeats`, { seq, mediaPosition, playing: true, visible: true, focused: true });
    await beat(1, 0);
    clock.advance(10_000);
    expect((await beat(2, 10)).json()).toMatchObject({ credited: 10, challenge: null });
    clock.advance(21_000);
    expect((await beat(3, 31)).json()).toMatchObject({ credited: 21, challenge: { question: expect.stringContaining('请点击数字') } });
    await post(learner, `/api/v1/learning/sessions/${sessionId}/end`, { image: ME, nextFrame: NEXT });
  });
});

describe("the learner's class page (M25)", () => {
  it('lists each lesson with its confirmed time and where to resume, the class hours, and the next lesson', async () => {
    const outline = (await get(learner, `/api/v1/me/classes/${classId}/learning`)).json();
    expect(outline).toMatchObject({ classId, className: '低压电工初训班', onlineSeconds: 31, plannedOnlineSeconds: 70 * 2700, nextLessonId: lessonId });
    expect(outline.courses[0].lessons[0]).toMatchObject({ id: lessonId, kind: 'text', durationSeconds: 600, confirmedSeconds: 31, resumeAt: 31, done: false });
  });

  it('is refused for a class the learner is not in', async () => {
    const res = await get(learner, '/api/v1/me/classes/00000000-0000-4000-8000-000000000000/learning');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('LEARNING_NOT_ENROLLED');
  });
});

describe('lesson media plays only inside an active session', () => {
  it("an ended session and another learner's session are refused", async () => {
    const { sessionId } = (await post(learner, '/api/v1/learning/sessions', { classId, lessonId, deviceId: 'device-s-0001', image: ME, nextFrame: NEXT })).json();
    const text = await get(learner, `/api/v1/learning/sessions/${sessionId}/media`);
    expect(text.json().code).toBe('LESSON_NOT_FOUND');
    const inst = await loginAs(t, 'demo-inst');
    expect((await get(inst, `/api/v1/learning/sessions/${sessionId}/media`)).statusCode).toBe(403);
    await post(learner, `/api/v1/learning/sessions/${sessionId}/end`, {});
    const ended = await get(learner, `/api/v1/learning/sessions/${sessionId}/media`);
    expect(ended.statusCode).toBe(409);
  });
});
