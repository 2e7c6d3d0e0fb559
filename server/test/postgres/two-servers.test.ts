import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../../src/platform/http/server.js';
import { openClass, publishedCourse } from '../support/factories.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { loginAs, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * DESIGN §1: two server processes on one PostgreSQL behind any load balancer.
 * Sessions, the one-active-learning-session rule (M24) and rate limits hold
 * across them because they live in the database, not in either process.
 */
const frame = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/faces/${name}`, import.meta.url))).toString('base64');
const LOGIN_LIMIT = 8;

let t: TestApp;
let a: ServerProcess;
let b: ServerProcess;
let classId: string;
let lessonId: string;
let sharedBlobs: string;

interface HttpSession {
  headers: Record<string, string>;
}

async function login(server: ServerProcess, username: string, password = 'Demo@2026') {
  const res = await fetch(`${server.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const cookies = Object.fromEntries(res.headers.getSetCookie().map((c) => c.split(';')[0]!.split('=') as [string, string]));
  const session: HttpSession = { headers: { cookie: `${SESSION_COOKIE}=${cookies[SESSION_COOKIE]}; ${CSRF_COOKIE}=${cookies[CSRF_COOKIE]}`, [CSRF_HEADER]: cookies[CSRF_COOKIE] ?? '' } };
  return { status: res.status, session };
}

const call = async (server: ServerProcess, session: HttpSession, method: string, url: string, body?: object) => {
  const res = await fetch(`${server.baseUrl}${url}`, { method, headers: { ...session.headers, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : null });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : null) as Record<string, unknown> };
};

describe('two server processes on one PostgreSQL', () => {
  beforeAll(async () => {
    t = await startTestApp();
    const inst = await loginAs(t, 'demo-inst');
    const courseId = await publishedCourse(t, inst);
    let code: string;
    ({ classId, code } = await openClass(t, inst, courseId));
    lessonId = (await t.app.inject({ method: 'GET', url: `/api/v1/courses/${courseId}`, headers: inst.headers })).json().lessons[0].id;
    const learner = await loginAs(t, '440106199001011235');
    await t.app.inject({ method: 'POST', url: '/api/v1/me/enrolments', headers: learner.headers, payload: { code } });
    await t.app.inject({ method: 'POST', url: '/api/v1/me/face/enrolment', headers: learner.headers, payload: { images: [frame('person-a-webcam.jpg')] } });
    await t.close();

    sharedBlobs = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-shared-blobs-'));
    const env = (name: string) => ({
      DATABASE_URL: t.scratch!.url,
      XUNKAO_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), `xunkao-${name}-`)),
      BLOB_DIR: sharedBlobs,
      LOGIN_RATE_LIMIT_PER_MINUTE: String(LOGIN_LIMIT),
    });
    a = await startServerProcess(env('replica-a'));
    b = await startServerProcess(env('replica-b'));
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await t?.stop();
    fs.rmSync(sharedBlobs, { recursive: true, force: true });
  });

  it('runs as two processes on different ports', () => {
    expect(a.pid).not.toBe(b.pid);
    expect(a.baseUrl).not.toBe(b.baseUrl);
  });

  it('a login on one server works on the other', async () => {
    const { status, session } = await login(a, 'gz-yjj');
    expect(status).toBe(200);
    const me = await call(b, session, 'GET', '/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ account: { username: 'gz-yjj' } });
    const logout = await call(b, session, 'POST', '/api/v1/auth/logout');
    expect(logout.status).toBe(204);
    expect((await call(a, session, 'GET', '/api/v1/me')).status).toBe(401);
  });

  it("a learner's session started on one server is ended by a start on the other (M24)", async () => {
    const { session } = await login(a, '440106199001011235');
    const image = frame('person-a-webcam-variant.jpg');
    const nextFrame = frame('person-a-webcam-next.jpg');
    const first = await call(a, session, 'POST', '/api/v1/learning/sessions', { classId, lessonId, deviceId: 'phone-on-a-0001', image, nextFrame });
    expect(first.status, JSON.stringify(first.json)).toBe(201);
    const second = await call(b, session, 'POST', '/api/v1/learning/sessions', { classId, lessonId, deviceId: 'pc-on-b-0001', image, nextFrame });
    expect(second.status).toBe(201);
    const stale = await call(a, session, 'POST', `/api/v1/learning/sessions/${first.json.sessionId}/heartbeats`, { seq: 1, mediaPosition: 0, playing: true, visible: true, focused: true });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ code: 'LEARNING_SESSION_ENDED', details: { reason: 'superseded' } });
    const live = await call(b, session, 'POST', `/api/v1/learning/sessions/${second.json.sessionId}/heartbeats`, { seq: 1, mediaPosition: 0, playing: true, visible: true, focused: true });
    expect(live.status).toBe(200);
  });

  it('two starts at the same moment on the two servers leave exactly one active session', async () => {
    const { session } = await login(b, '440106199001011235');
    const image = frame('person-a-webcam-variant.jpg');
    const nextFrame = frame('person-a-webcam-next.jpg');
    const starts = await Promise.all(
      [a, b, a, b].map((server, i) => call(server, session, 'POST', '/api/v1/learning/sessions', { classId, lessonId, deviceId: `device-race-${i}-0001`, image, nextFrame })),
    );
    expect(starts.map((s) => s.status)).toEqual([201, 201, 201, 201]);
    const db = new pg.Client({ connectionString: t.scratch!.url });
    await db.connect();
    const { rows } = await db.query(`select count(*)::int as n from learning_sessions where status = 'active'`);
    await db.end();
    expect(rows[0].n).toBe(1);
  });

  it('the login rate limit is one budget across both servers, not one per server', async () => {
    // Start from a fresh window: the logins above (and the setup's, on the same address) spent part of the budget.
    const db = new pg.Client({ connectionString: t.scratch!.url });
    await db.connect();
    await db.query('delete from rate_limit_hits');
    await db.end();
    const answers: { server: 'a' | 'b'; status: number }[] = [];
    for (let i = 0; i < 2 * LOGIN_LIMIT; i++) {
      const server = i % 2 === 0 ? a : b;
      answers.push({ server: server === a ? 'a' : 'b', status: (await login(server, `no-such-user-${i}`, 'wrong')).status });
    }
    const limited = answers.filter((x) => x.status === 429);
    expect(answers.filter((x) => x.status !== 429)).toHaveLength(LOGIN_LIMIT);
    expect(new Set(limited.map((x) => x.server))).toEqual(new Set(['a', 'b']));
  });
});
