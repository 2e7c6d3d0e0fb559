import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMediaFixture } from '../support/media-fixtures.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** M17, M20, M21: courses of lessons, media quality gates on upload, institution then platform review. */
let t: TestApp;
let inst: Session;
let platform: Session;
let media: { good: string; noAudio: string };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-catalogue-'));

beforeAll(async () => {
  t = await startTestApp();
  inst = await loginAs(t, 'demo-inst');
  platform = await loginAs(t, 'platform');
  media = { good: await makeMediaFixture('good', dir), noAudio: await makeMediaFixture('noAudio', dir) };
});
afterAll(async () => {
  await t?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = (s: Session, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const get = (s: Session, url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { ...s.headers, ...headers } });

/** Uploads a file the way the browser does: create, one chunk, complete. */
async function upload(file: string): Promise<string> {
  const bytes = fs.readFileSync(file);
  const { uploadId } = (await post(inst, '/api/v1/uploads', { purpose: 'lesson-media', filename: path.basename(file), contentType: 'video/mp4', size: bytes.length })).json();
  await t.app.inject({ method: 'PUT', url: `/api/v1/uploads/${uploadId}/chunks/0`, headers: { ...inst.headers, 'content-type': 'application/octet-stream' }, payload: bytes });
  expect((await post(inst, `/api/v1/uploads/${uploadId}/complete`)).statusCode).toBe(200);
  return uploadId;
}

async function newCourse(title: string): Promise<string> {
  const res = await post(inst, '/api/v1/courses', { title, description: '低压电工作业安全技术', categoryIds: ['special_work:30号令-2015:1.1'], syllabusTopics: ['电气安全基础知识'] });
  expect(res.statusCode).toBe(201);
  return res.json().courseId;
}

const passAll = { content: { pass: true }, form: { pass: true }, ideology: { pass: true }, media_quality: { pass: true }, copyright: { pass: true } };

describe('courses and their review chain (M17, M20, M21)', () => {
  it('a video that passes the quality gates goes through institution and platform review to published', async () => {
    const courseId = await newCourse('低压电工安全操作');
    const lesson = await post(inst, `/api/v1/courses/${courseId}/lessons`, { title: '第一讲 触电急救', kind: 'video', uploadId: await upload(media.good) });
    expect(lesson.statusCode).toBe(201);
    await post(inst, `/api/v1/courses/${courseId}/lessons`, { title: '第二讲 安全用电常识', kind: 'text', textContent: '<p>安全用电……</p>', readingSeconds: 600 });

    // Not before the gates have run.
    expect((await post(inst, `/api/v1/courses/${courseId}/submit`)).json().code).toBe('COURSE_MEDIA_NOT_PASSED');
    const verdict = await t.services.catalogue.inspectLesson(lesson.json().lessonId);
    expect(verdict?.ok).toBe(true);
    expect((await post(inst, `/api/v1/courses/${courseId}/submit`, { comment: '本机构已审核' })).statusCode).toBe(204);

    // Once submitted, the institution can no longer change it.
    expect((await post(inst, `/api/v1/courses/${courseId}/lessons`, { title: 'x', kind: 'text', textContent: 'x' })).json().code).toBe('COURSE_NOT_EDITABLE');

    const queue = (await get(platform, '/api/v1/courses?status=platform_review')).json().items;
    expect(queue).toContainEqual(expect.objectContaining({ id: courseId, institutionName: '广州市安培职业培训学校（演示）' }));
    const incomplete = await post(platform, `/api/v1/courses/${courseId}/platform-review`, { checklist: { content: { pass: true } } });
    expect(incomplete.json().code).toBe('REVIEW_CHECKLIST_INCOMPLETE');
    const noComment = await post(platform, `/api/v1/courses/${courseId}/platform-review`, { checklist: { ...passAll, copyright: { pass: false } } });
    expect(noComment.json().code).toBe('REVIEW_CHECKLIST_INCOMPLETE');
    const published = await post(platform, `/api/v1/courses/${courseId}/platform-review`, { checklist: passAll });
    expect(published.json()).toEqual({ status: 'published' });

    const detail = (await get(inst, `/api/v1/courses/${courseId}`)).json();
    expect(detail.status).toBe('published');
    expect(detail.lessons[0]).toMatchObject({ qualityStatus: 'passed', durationSeconds: 2 });
    expect(detail.lessons[1]).toMatchObject({ kind: 'text', durationSeconds: 600 });
    expect(detail.reviews.map((r: { stage: string }) => r.stage)).toEqual(['institution', 'platform']);
    // A published course keeps its lessons.
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/v1/courses/${courseId}/lessons/${detail.lessons[1].id}`, headers: inst.headers });
    expect(removed.json().code).toBe('COURSE_NOT_EDITABLE');
  });

  it('a video without an audio track is rejected with the reason in Chinese', async () => {
    const courseId = await newCourse('无声视频课程');
    const lesson = (await post(inst, `/api/v1/courses/${courseId}/lessons`, { title: '无声', kind: 'video', uploadId: await upload(media.noAudio) })).json();
    const verdict = await t.services.catalogue.inspectLesson(lesson.lessonId);
    expect(verdict?.ok).toBe(false);
    const detail = (await get(inst, `/api/v1/courses/${courseId}`)).json();
    const failed = detail.lessons[0].qualityChecks.filter((c: { ok: boolean }) => !c.ok);
    expect(failed).toEqual([expect.objectContaining({ id: 'AUDIO_MISSING', reason: expect.stringMatching(/音频|声音/) })]);
    expect((await post(inst, `/api/v1/courses/${courseId}/submit`)).json().code).toBe('COURSE_MEDIA_NOT_PASSED');

    // The institution removes the failed video from its draft and can go on.
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/v1/courses/${courseId}/lessons/${lesson.lessonId}`, headers: inst.headers });
    expect(removed.statusCode).toBe(204);
    expect((await get(inst, `/api/v1/courses/${courseId}`)).json().lessons).toEqual([]);
  });

  it('the platform returns a course with comments; it goes back to draft', async () => {
    const courseId = await newCourse('待退回课程');
    await post(inst, `/api/v1/courses/${courseId}/lessons`, { title: '图文', kind: 'text', textContent: '内容', readingSeconds: 300 });
    await post(inst, `/api/v1/courses/${courseId}/submit`);
    const res = await post(platform, `/api/v1/courses/${courseId}/platform-review`, { checklist: { ...passAll, copyright: { pass: false, comment: '请提供版权授权证明' } } });
    expect(res.json()).toEqual({ status: 'draft' });
    expect((await post(inst, `/api/v1/courses/${courseId}/lessons`, { title: '补充', kind: 'text', textContent: '补充内容' })).statusCode).toBe(201);
  });

  it('streams lesson media with HTTP Range', async () => {
    const course = (await get(inst, '/api/v1/courses?status=published')).json().items[0];
    const lessonId = (await get(inst, `/api/v1/courses/${course.id}`)).json().lessons[0].id;
    const whole = await get(inst, `/api/v1/lessons/${lessonId}/media`);
    expect(whole.statusCode).toBe(200);
    expect(whole.rawPayload.equals(fs.readFileSync(media.good))).toBe(true);
    const part = await get(inst, `/api/v1/lessons/${lessonId}/media`, { range: 'bytes=10-19' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-19/${fs.statSync(media.good).size}`);
    expect(part.rawPayload.equals(fs.readFileSync(media.good).subarray(10, 20))).toBe(true);
    expect((await get(inst, `/api/v1/lessons/${lessonId}/media`, { range: 'bytes=99999999-' })).statusCode).toBe(416);
  });

  it('regulators see published courses of their region only; Shenzhen sees none of Guangzhou', async () => {
    const gz = await loginAs(t, 'gz-yjj');
    const sz = await loginAs(t, 'sz-yjj');
    const gzList = (await get(gz, '/api/v1/courses')).json().items;
    expect(gzList.length).toBe(1);
    expect(gzList.every((c: { status: string }) => c.status === 'published')).toBe(true);
    expect((await get(sz, '/api/v1/courses')).json().items).toEqual([]);
    expect((await get(sz, `/api/v1/courses/${gzList[0].id}`)).statusCode).toBe(404);
    const learner = await loginAs(t, '440106199001011235');
    expect((await get(learner, '/api/v1/courses')).statusCode).toBe(403);
  });

  it('pages the course list on the server and finds courses by title', async () => {
    const all = (await get(inst, '/api/v1/courses')).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all).toMatchObject({ page: 1, pageSize: 20, total: all.items.length });
    const second = (await get(inst, '/api/v1/courses?page=2&pageSize=1')).json();
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(second.items.map((c: { id: string }) => c.id)).toEqual([all.items[1].id]);
    const found = (await get(inst, `/api/v1/courses?title=${encodeURIComponent('低压电工安全')}`)).json();
    expect(found.items.map((c: { title: string }) => c.title)).toEqual(['低压电工安全操作']);
    expect((await get(inst, '/api/v1/courses?title=%25')).json().total).toBe(0);
  });
});
