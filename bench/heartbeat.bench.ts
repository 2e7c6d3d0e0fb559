import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildApp, type XunkaoApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/platform/config.js';
import { createScratchDatabase } from '../server/test/support/scratch-db.js';
import { freePort } from '../server/test/support/test-app.js';
import { BENCH_SECONDS, printTable, type Figure } from './harness.js';

/**
 * Issue 6: sustained heartbeats through the real endpoint (session cookie,
 * CSRF, validation, row lock, crediting, event insert) from many learners at
 * once, against a bare Fastify route doing one INSERT on the same database.
 * Needs DATABASE_URL (PostgreSQL): the target is for the production database.
 */
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 40);

export async function benchHeartbeat(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    console.log('\nHeartbeat benchmark: set DATABASE_URL (PostgreSQL) to run it.');
    return;
  }
  const scratch = await createScratchDatabase('xk_bench');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-bench-'));
  const env = { ...process.env, DATABASE_URL: scratch.url, NODE_ENV: 'test', XUNKAO_DATA_DIR: dataDir, XUNKAO_DEMO: '1', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '100000000', LOGIN_RATE_LIMIT_PER_MINUTE: '100000', HEARTBEAT_RATE_PER_MINUTE: '100000000' };
  const children: ChildProcess[] = [];
  try {
    // Set-up through the services (migrations, demo data, learners), then the server and the
    // baseline each in their own process: the load generator must not share their event loop.
    const setup = await buildApp({ config: loadConfig(env), webDist: null });
    const port = await freePort();
    const address = `http://127.0.0.1:${port}`;
    children.push(await serve(['--import', 'tsx', here('../server/src/main.ts')], { ...env, PORT: String(port), XUNKAO_PUBLIC_URL: address }));
    const learners = await prepareLearners(setup, address);
    await setup.close();
    const barePort = await freePort();
    children.push(await serve(['--import', 'tsx', here('bare-insert-server.ts')], { ...env, PORT: String(barePort) }));

    const body = JSON.stringify({ seq: 1, mediaPosition: 0, playing: true, visible: true, focused: true });
    const baseline = await parallelLoad('bare Fastify POST + 1 INSERT', learners.map(() => ({ url: `http://127.0.0.1:${barePort}/bare`, headers: { 'content-type': 'application/json' }, body: () => body })));
    const beats = await parallelLoad(
      `POST heartbeat (${LEARNERS} learners)`,
      learners.map((l) => {
        let seq = 1;
        return { url: `${address}/api/v1/learning/sessions/${l.sessionId}/heartbeats`, headers: { 'content-type': 'application/json', cookie: l.cookie, 'x-csrf-token': l.csrf }, body: () => JSON.stringify({ seq: ++seq, mediaPosition: seq, playing: true, visible: true, focused: true }) };
      }),
    );
    printTable(`Learning: heartbeats through the real endpoint vs a bare INSERT route (PostgreSQL, separate processes, ${BENCH_SECONDS} s)`, baseline, [beats]);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await scratch.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Starts a Node process and resolves once it answers HTTP (or prints "ready"). */
async function serve(args: string[], env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
    const poll = setInterval(() => {
      void fetch(`http://127.0.0.1:${env.PORT}/api/health`)
        .then(() => done())
        .catch(() => undefined);
    }, 250);
    const done = () => {
      clearTimeout(timer);
      clearInterval(poll);
      resolve();
    };
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && done());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

/** Learners with a session each, set up through the services (no camera here: sessions are inserted directly). */
async function prepareLearners(xunkao: XunkaoApp, address: string) {
  const { db } = xunkao.database;
  const out: { cookie: string; csrf: string; sessionId: string }[] = [];
  const lesson = { id: crypto.randomUUID(), course: crypto.randomUUID() };
  for (let i = 0; out.length < LEARNERS; i++) {
    const id = idNumber(`11010519491231${String(i).padStart(3, '0')}`);
    if (!id) continue;
    const accountId = await xunkao.services.identity.createLearnerAccount({ idNumber: id, name: `学员${i}`, password: 'Bench2026' }, { accountId: null, role: 'bench', scope: null, requestId: null });
    const classId = await benchClass(xunkao);
    const login = await fetch(`${address}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: id, password: 'Bench2026' }) });
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
    const enrolment = await db
      .insertInto('enrolments')
      .values({ class_id: classId, learner_account_id: accountId, joined_via: 'code', status: 'active', joined_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const session = await db
      .insertInto('learning_sessions')
      .values({
        learner_account_id: accountId,
        enrolment_id: enrolment.id,
        class_id: classId,
        course_id: lesson.course,
        lesson_id: lesson.id,
        lesson_duration: 3600,
        max_online_seconds: 100 * 2700,
        device_id: `bench-${i}`,
        status: 'active',
        end_reason: null,
        started_at: new Date(),
        ended_at: null,
        playback: JSON.stringify({ lastSeq: 1, lastServerAt: Date.now(), lastPosition: 0 }),
        next_face_check_at: new Date(Date.now() + 3_600_000),
        face_check_due_at: null,
        next_challenge_at: new Date(Date.now() + 3_600_000),
        challenge: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    out.push({ cookie: cookies.join('; '), csrf: cookies.find((c) => c.startsWith('xk_csrf='))!.slice('xk_csrf='.length), sessionId: session.id });
  }
  return out;
}

let sharedClass: string | null = null;
/** One class for all bench learners, inserted directly (the catalogue path is not what is measured). */
async function benchClass(xunkao: XunkaoApp): Promise<string> {
  if (sharedClass) return sharedClass;
  const { db } = xunkao.database;
  const inst = await db.selectFrom('institutions').select('id').executeTakeFirstOrThrow();
  const row = await db
    .insertInto('classes')
    .values({
      institution_id: inst.id,
      code: 'BENCH234',
      name: 'bench',
      category_id: 'special_work:30号令-2015:1.1',
      training_type: 'initial',
      city_code: '440100',
      starts_on: '2026-01-01',
      ends_on: '2027-01-01',
      planned_online_theory_hours: 70,
      planned_offline_theory_hours: 18,
      planned_practical_hours: 60,
      required_theory_hours: 88,
      required_practical_hours: 60,
      max_online_hours: 70,
      status: 'open',
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  sharedClass = row.id;
  return row.id;
}

function idNumber(prefix17: string): string | null {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(prefix17[i]), 0);
  const birth = prefix17.slice(6, 14);
  if (birth !== '19491231') return null;
  return prefix17 + '10X98765432'[sum % 11];
}

/** One autocannon client per target, in parallel; figures summed (throughput) and averaged (latency). */
async function parallelLoad(name: string, targets: { url: string; headers: Record<string, string>; body: () => string }[]): Promise<Figure> {
  const results = await Promise.all(
    targets.map((t) =>
      autocannon({
        url: t.url,
        connections: 1,
        duration: BENCH_SECONDS,
        requests: [{ method: 'POST', headers: t.headers, setupRequest: (req) => ({ ...req, body: t.body() }) }],
      }),
    ),
  );
  return {
    name,
    requestsPerSecond: Math.round(results.reduce((s, r) => s + r.requests.average, 0)),
    p50: Math.round(results.reduce((s, r) => s + r.latency.p50, 0) / results.length),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((s, r) => s + r.errors + r.non2xx, 0),
  };
}
