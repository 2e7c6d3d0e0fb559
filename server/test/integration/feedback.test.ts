import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { enrolledLearner, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * M22 ratings and M17 spot checks: only learners who studied a course rate it;
 * satisfaction reaches the institution and its regulators, flags a course
 * below the province's threshold, and the course can be taken down by its
 * institution or on a regulator's order.
 */
const clock = fixedClock(new Date('2026-11-26T01:00:00Z'));
const frame = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/faces/${name}`, import.meta.url))).toString('base64');
const ME = frame('person-a-webcam-variant.jpg');
/** The camera's next frame: a live check sends two (M24). */
const NEXT = frame('person-a-webcam-next.jpg');

let t: TestApp;
let inst: Session;
let learner: Session;
let classId: string;
let courseId: string;
let lessonId: string;

const call = (method: 'GET' | 'POST' | 'PUT', s: Session, url: string, payload?: object) => t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
const rating = { content: 2, course: 2, teacher: null, comment: '讲得太快，听不清' };

beforeAll(async () => {
  t = await startTestApp({ clock });
  ({ inst, learner, classId, courseId, lessonId } = await enrolledLearner(t, frame('person-a-webcam.jpg')));
});
afterAll(async () => {
  await t?.stop();
});

describe('ratings (M22)', () => {
  it('a learner who has not studied the course cannot rate it', async () => {
    const res = await call('PUT', learner, `/api/v1/me/classes/${classId}/courses/${courseId}/rating`, rating);
    expect([res.statusCode, res.json().code]).toEqual([422, 'RATING_NOT_STUDIED']);
  });

  it('after confirmed study the learner rates; a comment with a listed term is held back, a clean one is published (M9)', async () => {
    await call('POST', await loginAs(t, 'platform'), '/api/v1/moderation/terms', { term: '包过', category: 'fraud' });
    const { sessionId } = (await call('POST', learner, '/api/v1/learning/sessions', { classId, lessonId, deviceId: 'device-f-0001', image: ME, nextFrame: NEXT })).json();
    for (let seq = 1; seq <= 3; seq++) {
      await call('POST', learner, `/api/v1/learning/sessions/${sessionId}/heartbeats`, { seq, mediaPosition: (seq - 1) * 15, playing: true, visible: true, focused: true });
      clock.advance(15_000);
    }
    await call('POST', learner, `/api/v1/learning/sessions/${sessionId}/end`, { image: ME, nextFrame: NEXT });
    const held = await call('PUT', learner, `/api/v1/me/classes/${classId}/courses/${courseId}/rating`, { ...rating, comment: '这家机构保证包过' });
    expect(held.json()).toEqual({ commentStatus: 'pending' });
    expect((await call('GET', inst, `/api/v1/courses/${courseId}/feedback`)).json().comments).toEqual([]);
    const res = await call('PUT', learner, `/api/v1/me/classes/${classId}/courses/${courseId}/rating`, rating);
    expect(res.json()).toEqual({ commentStatus: 'published' });
    const feedback = (await call('GET', inst, `/api/v1/courses/${courseId}/feedback`)).json();
    expect(feedback.summary).toMatchObject({ count: 1, content: 2, course: 2, teacher: null, flagged: false });
    expect(feedback.comments).toMatchObject([{ text: '讲得太快，听不清', courseScore: 2 }]);
  });

  it('only the province sets the threshold; below it the course is flagged for its institution and region', async () => {
    const settings = { minRatings: 1, threshold: 3.5, note: '试点期间从严' };
    expect((await call('POST', await loginAs(t, 'gz-yjj'), '/api/v1/feedback/settings', settings)).statusCode).toBe(403);
    expect((await call('POST', await loginAs(t, 'gd-yjt'), '/api/v1/feedback/settings', settings)).json()).toMatchObject({ minRatings: 1, threshold: 3.5 });
    expect((await call('GET', inst, `/api/v1/courses/${courseId}/feedback`)).json().summary.flagged).toBe(true);
    expect((await call('GET', await loginAs(t, 'gz-yjj'), `/api/v1/courses/${courseId}/feedback`)).json().summary.flagged).toBe(true);
    expect((await call('GET', await loginAs(t, 'sz-yjj'), `/api/v1/courses/${courseId}/feedback`)).statusCode).toBe(404);
  });

  it('the public list of institutions carries no satisfaction (M11: no ranking)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/institutions?city=440100' });
    expect(res.body).not.toMatch(/rating|satisf|score|flagged/i);
  });

  it('a held comment waits in the moderation queue with its terms located, unseen until a person releases it (M9)', async () => {
    const platform = await loginAs(t, 'platform');
    const held = await call('PUT', learner, `/api/v1/me/classes/${classId}/courses/${courseId}/rating`, { ...rating, comment: '老师说考试包·过，讲得不错' });
    expect(held.json()).toEqual({ commentStatus: 'pending' });
    expect((await call('GET', inst, `/api/v1/courses/${courseId}/feedback`)).json().comments).toEqual([]);
    expect((await call('GET', inst, '/api/v1/feedback/comments')).statusCode).toBe(403);
    const queue = (await call('GET', platform, '/api/v1/feedback/comments?pageSize=5')).json();
    expect(queue.total).toBe(1);
    const [item] = queue.items;
    expect(item).toMatchObject({ courseId, status: 'pending', decision: null, hits: [{ term: '包过' }] });
    expect(item.comment.slice(item.hits[0].index, item.hits[0].index + item.hits[0].length)).toBe('包·过');
    expect((await call('POST', platform, `/api/v1/feedback/comments/${item.id}/decision`, { decision: 'release' })).json()).toEqual({ status: 'published' });
    expect((await call('GET', inst, `/api/v1/courses/${courseId}/feedback`)).json()).toMatchObject({ comments: [{ text: '老师说考试包·过，讲得不错' }], commentsTotal: 1 });
    expect((await call('POST', platform, `/api/v1/feedback/comments/${item.id}/decision`, { decision: 'reject', reason: '重复处理' })).json().code).toBe('COMMENT_ALREADY_DECIDED');
    expect((await call('GET', platform, '/api/v1/feedback/comments')).json().total).toBe(0);
  });

  it('a rejected comment is never shown; the learner sees why, and changing only the scores does not resubmit it (M9)', async () => {
    const platform = await loginAs(t, 'platform');
    const comment = '包过班，私信报名';
    await call('PUT', learner, `/api/v1/me/classes/${classId}/courses/${courseId}/rating`, { ...rating, comment });
    const [item] = (await call('GET', platform, '/api/v1/feedback/comments')).json().items;
    expect((await call('POST', platform, `/api/v1/feedback/comments/${item.id}/decision`, { decision: 'reject' })).json().code).toBe('COMMENT_REASON_REQUIRED');
    expect((await call('POST', platform, `/api/v1/feedback/comments/${item.id}/decision`, { decision: 'reject', reason: '含招揽“包过”的虚假宣传' })).json()).toEqual({ status: 'rejected' });
    const again = await call('PUT', learner, `/api/v1/me/classes/${classId}/courses/${courseId}/rating`, { ...rating, content: 3, comment });
    expect(again.json()).toEqual({ commentStatus: 'rejected' });
    expect((await call('GET', learner, `/api/v1/me/classes/${classId}/courses/${courseId}/rating`)).json().rating).toMatchObject({ content: 3, comment, commentStatus: 'rejected', rejectReason: '含招揽“包过”的虚假宣传' });
    expect((await call('GET', inst, `/api/v1/courses/${courseId}/feedback`)).json().comments).toEqual([]);
    const rejected = (await call('GET', platform, '/api/v1/feedback/comments?status=rejected')).json().items;
    expect(rejected).toMatchObject([{ id: item.id, decision: { decision: 'reject', reason: '含招揽“包过”的虚假宣传' } }]);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', item.id).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['feedback.comment_released', 'feedback.comment_rejected']);
    await expect(sql`update comment_moderation_decisions set reason = 'x'`.execute(t.database.db)).rejects.toThrow(/APPEND_ONLY/);
  });

  it('课程满意度 lists the institution\'s courses with averages and the flag; regulators see their region only (M22, M29)', async () => {
    const unrated = await publishedCourse(t, inst, '安全生产管理');
    const own = (await call('GET', inst, '/api/v1/feedback/courses')).json();
    expect(own.items.find((c: { courseId: string }) => c.courseId === unrated)).toMatchObject({ summary: { count: 0, flagged: false } });
    expect(own.items.find((c: { courseId: string }) => c.courseId === courseId)).toMatchObject({ status: 'published', summary: { count: 1, flagged: true } });
    expect(own.threshold).toMatchObject({ minRatings: 1, threshold: 3.5 });
    const flagged = (await call('GET', inst, '/api/v1/feedback/courses?flagged=true')).json();
    expect(flagged.items.map((c: { courseId: string }) => c.courseId)).toEqual([courseId]);
    expect(flagged.total).toBe(1);
    expect((await call('GET', await loginAs(t, 'gz-yjj'), '/api/v1/feedback/courses')).json().items.map((c: { courseId: string }) => c.courseId)).toContain(courseId);
    expect((await call('GET', await loginAs(t, 'sz-yjj'), '/api/v1/feedback/courses')).json()).toMatchObject({ items: [], total: 0 });
    expect((await call('GET', learner, '/api/v1/feedback/courses')).statusCode).toBe(403);
  });

  it('the institution answers, then takes the course down; its lessons can no longer be started', async () => {
    expect((await call('POST', inst, `/api/v1/courses/${courseId}/satisfaction-answer`, { text: '已安排教师重新录制第一讲' })).statusCode).toBe(204);
    expect((await call('POST', inst, `/api/v1/courses/${courseId}/take-down`, { reason: '满意度低于预警标准，下架整改' })).json()).toEqual({ status: 'taken_down' });
    const feedback = (await call('GET', inst, `/api/v1/courses/${courseId}/feedback`)).json();
    expect(feedback.responses.map((r: { action: string }) => r.action)).toEqual(['take_down', 'answer']);
    const start = await call('POST', learner, '/api/v1/learning/sessions', { classId, lessonId, deviceId: 'device-f-0001', image: ME, nextFrame: NEXT });
    expect(start.json().code).toBe('LEARNING_NOT_ENROLLED');
  });
});

describe('spot checks by city and county regulators (M17)', () => {
  let other: string;

  it("draws a random sample of its region's published courses; another city sees none", async () => {
    other = await publishedCourse(t, inst, '安全生产法律法规');
    const gz = (await call('GET', await loginAs(t, 'gz-yjj'), '/api/v1/courses/spot-check-sample?size=5')).json().items;
    expect(gz.map((c: { id: string }) => c.id)).toContain(other);
    const county = (await call('GET', await loginAs(t, 'th-yjj'), '/api/v1/courses/spot-check-sample?size=5')).json().items;
    expect(county.map((c: { id: string }) => c.id)).toContain(other);
    expect((await call('GET', await loginAs(t, 'sz-yjj'), '/api/v1/courses/spot-check-sample?size=5')).json().items).toEqual([]);
  });

  it('records findings; an order to take down takes the course down, audited; another city cannot act', async () => {
    const sz = await loginAs(t, 'sz-yjj');
    expect((await call('POST', sz, `/api/v1/courses/${other}/spot-checks`, { outcome: 'take_down', findings: '越权责令下架的尝试' })).statusCode).toBe(404);
    const county = await loginAs(t, 'th-yjj');
    expect((await call('POST', county, `/api/v1/courses/${other}/spot-checks`, { outcome: 'pass', findings: '内容与大纲一致' })).json()).toEqual({ status: 'published' });
    const gz = await loginAs(t, 'gz-yjj');
    expect((await call('POST', gz, `/api/v1/courses/${other}/spot-checks`, { outcome: 'take_down', findings: '第二讲引用已废止的标准' })).json()).toEqual({ status: 'taken_down' });
    const checks = (await call('GET', inst, `/api/v1/courses/${other}/spot-checks`)).json().items;
    expect(checks.map((c: { outcome: string }) => c.outcome).sort()).toEqual(['pass', 'take_down']);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', other).where('action', '=', 'course.taken_down').execute();
    expect(audit).toHaveLength(1);
    await expect(sql`delete from course_spot_checks`.execute(t.database.db)).rejects.toThrow(/APPEND_ONLY/);
  });
});
