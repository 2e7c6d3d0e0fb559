import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { shanghaiDay } from '../server/src/modules/audit/index.js';
import { buildApp, type XunkaoApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/platform/config.js';
import { createScratchDatabase } from '../server/test/support/scratch-db.js';
import { freePort } from '../server/test/support/test-app.js';
import { BENCH_SECONDS, printTable, type Figure } from './harness.js';

/**
 * Issue 6: sustained heartbeats through the real endpoint (session cookie,
 * CSRF, validation, crediting, session write, event insert) from many
 * learners at once, against a bare Fastify route doing one INSERT on the same
 * database. Each connection cycles through its share of the learners, and
 * every learner's media position follows the wall clock, so each beat is an
 * honest one that earns credit (the production shape, only denser in time).
 * Needs DATABASE_URL (PostgreSQL): the target is for the production database.
 */
/** Closed-loop load at each of these concurrencies (60 k learners at peak keep far more requests in flight). */
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '40,100').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARM_UP_SECONDS = 2;
const LEARNERS = Math.max(...CONNECTIONS, Number(process.env.BENCH_LEARNERS ?? 400));

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
    // The server runs as in production: the compiled build (`npm start` runs server/dist/main.js).
    execFileSync('npm', ['run', 'build', '-w', 'server'], { stdio: 'ignore', cwd: here('..') });
    const server = await serve([...profile(), here('../server/dist/main.js')], { ...env, PORT: String(port), XUNKAO_PUBLIC_URL: address });
    children.push(server);
    const learners = await prepareLearners(setup, address);
    await setup.close();
    const barePort = await freePort();
    const bareServer = await serve(['--import', 'tsx', here('bare-insert-server.ts')], { ...env, PORT: String(barePort) });
    children.push(bareServer);

    // The same load generator for both: a heartbeat body made per request, only the target differs.
    const beatBody = (seq: number, mediaPosition: number) => JSON.stringify({ seq, mediaPosition, playing: true, visible: true, focused: true });
    for (const connectionCount of CONNECTIONS) {
      const bare = connections(connectionCount, (_c, n) => ({ path: '/bare', headers: { 'content-type': 'application/json' }, body: beatBody(n + 2, n) }));
      const perConnection = Math.floor(learners.length / connectionCount);
      const beats = connections(connectionCount, (c, n) => {
        // Each connection has its own learners, in turn: no two beats of one learner are ever in flight together.
        const l = learners[c + (n % perConnection) * connectionCount]!;
        l.seq++;
        return {
          path: `/api/v1/learning/sessions/${l.sessionId}/heartbeats`,
          headers: { 'content-type': 'application/json', cookie: l.cookie, 'x-csrf-token': l.csrf },
          body: beatBody(l.seq, Math.min(3600, (Date.now() - l.startedAt) / 1000)),
        };
      });
      // A warm-up for both servers (JIT, pools), then alternating rounds: one noisy moment on a
      // shared 2-core machine does not decide the figure, and each round's ratio pairs two neighbouring runs.
      await parallelLoad('warm-up', bare, `http://127.0.0.1:${barePort}`, WARM_UP_SECONDS);
      await parallelLoad('warm-up', beats, address, WARM_UP_SECONDS);
      const rounds: { baseline: Measured; beats: Measured }[] = [];
      for (let r = 1; r <= ROUNDS; r++) {
        const baseline = await measured(bareServer, () => parallelLoad(`bare Fastify POST + 1 INSERT (round ${r})`, bare, `http://127.0.0.1:${barePort}`));
        rounds.push({ baseline, beats: await measured(server, () => parallelLoad(`POST heartbeat, ${LEARNERS} learners (round ${r})`, beats, address)) });
      }
      printRounds(`Learning: heartbeats through the real endpoint vs a bare INSERT route (PostgreSQL, separate processes, ${connectionCount} connections, ${ROUNDS} × ${BENCH_SECONDS} s)`, rounds);
    }
    console.log(await creditedSummary(scratch.url));
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await scratch.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** BENCH_CPU_PROF=dir writes a V8 CPU profile of the server process there (open it in Chrome DevTools). */
const profile = () => (process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []);

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

interface BenchLearner {
  cookie: string;
  csrf: string;
  sessionId: string;
  seq: number;
  /** The media position follows the wall clock from here: every beat has really played. */
  startedAt: number;
}

/** Learners with a session each, set up through the services (no camera here: sessions are inserted directly). */
async function prepareLearners(xunkao: XunkaoApp, address: string) {
  const { db } = xunkao.database;
  const out: BenchLearner[] = [];
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
    const startedAt = Date.now();
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
        started_at: new Date(startedAt),
        ended_at: null,
        playback: JSON.stringify({ lastSeq: 1, lastServerAt: startedAt, lastPosition: 0 }),
        next_face_check_at: new Date(Date.now() + 3_600_000),
        face_check_due_at: null,
        next_challenge_at: new Date(Date.now() + 3_600_000),
        challenge: null,
        allowance_seconds: 8 * 3600,
        allowance_day: shanghaiDay(new Date(startedAt)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    out.push({ cookie: cookies.join('; '), csrf: cookies.find((c) => c.startsWith('xk_csrf='))!.slice('xk_csrf='.length), sessionId: session.id, seq: 1, startedAt });
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

interface Request {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** One request maker per connection: next(c, n) makes the n-th request of connection c. */
function connections(count: number, next: (c: number, n: number) => Request): ((n: number) => Request)[] {
  return Array.from({ length: count }, (_, c) => (n: number) => next(c, n));
}

type Measured = Figure & { cpuMicrosPerRequest: number };

/** Every round, then the medians: throughput and latency of each, and the median of the rounds' ratios. */
function printRounds(title: string, rounds: { baseline: Measured; beats: Measured }[]) {
  const ratios = rounds.map((r) => r.beats.requestsPerSecond / r.baseline.requestsPerSecond);
  console.log(`\n${title}: every round`);
  console.table(
    rounds.map((r, i) => ({
      round: i + 1,
      'bare req/s': r.baseline.requestsPerSecond,
      'heartbeat req/s': r.beats.requestsPerSecond,
      'heartbeat p50 ms': r.beats.p50,
      'heartbeat p99 ms': r.beats.p99,
      ratio: ratios[i]!.toFixed(2),
      'bare CPU µs/req': r.baseline.cpuMicrosPerRequest,
      'heartbeat CPU µs/req': r.beats.cpuMicrosPerRequest,
    })),
  );
  printTable(`${title}: median of the rounds`, median('bare Fastify POST + 1 INSERT', rounds.map((r) => r.baseline)), [median(`POST heartbeat (${LEARNERS} learners)`, rounds.map((r) => r.beats))]);
  console.log(`Median of the rounds' ratios: ${middle(ratios).toFixed(2)}`);
}

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One autocannon client (one connection) per request maker, in parallel; figures summed (throughput) and averaged (latency). */
async function parallelLoad(name: string, makers: ((n: number) => Request)[], origin: string, seconds = BENCH_SECONDS): Promise<Figure> {
  const results = await Promise.all(
    makers.map((make) => {
      let n = 0;
      return autocannon({
        url: origin,
        connections: 1,
        duration: seconds,
        requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, ...make(n++) }) }],
      });
    }),
  );
  return {
    name,
    requestsPerSecond: Math.round(results.reduce((s, r) => s + r.requests.average, 0)),
    p50: Math.round(results.reduce((s, r) => s + r.latency.p50, 0) / results.length),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((s, r) => s + r.errors + r.non2xx, 0),
  };
}

/**
 * Runs a load and adds the server process's CPU time per request (user + system, from /proc): steadier than
 * throughput on a shared machine, where the load generator and PostgreSQL compete for the same two cores.
 */
async function measured(server: ChildProcess, run: () => Promise<Figure>): Promise<Measured> {
  const before = cpuMicros(server.pid!);
  const figure = await run();
  const used = cpuMicros(server.pid!) - before;
  return { ...figure, cpuMicrosPerRequest: Math.round(used / (figure.requestsPerSecond * BENCH_SECONDS)) };
}

/** utime + stime of a process in microseconds (Linux: fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuMicros(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** Each figure's median over the rounds (throughput and latencies separately). */
function median(name: string, figures: Figure[]): Figure {
  return {
    name,
    requestsPerSecond: middle(figures.map((f) => f.requestsPerSecond)),
    p50: middle(figures.map((f) => f.p50)),
    p99: middle(figures.map((f) => f.p99)),
    errors: figures.reduce((s, f) => s + f.errors, 0),
  };
}

/** What the beats earned (provisional credit, confirmed at the next face check), to show they were honest ones. */
async function creditedSummary(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ beats: string; credited: string; seconds: number }>(
      `select count(*) as beats, count(*) filter (where (payload->>'credit')::float8 > 0) as credited, coalesce(sum((payload->>'credit')::float8), 0) as seconds
         from learning_events where kind = 'heartbeat'`,
    );
    const r = rows[0]!;
    return `Heartbeats recorded: ${r.beats}, of which credited: ${r.credited} (${Math.round(r.seconds)} s of provisional credit).`;
  } finally {
    await client.end();
  }
}
