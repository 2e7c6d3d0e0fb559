import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOversightExports } from '../../src/modules/oversight/index.js';
import { createLocalBlobStore } from '../../src/platform/blob/index.js';
import { systemClock } from '../../src/platform/clock.js';
import { completeHours, DEMO_INSTITUTION, importLearners } from '../support/exam-factories.js';
import { LOW_VOLTAGE, openClass, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * M29 region-scoped supervision queries, drill-down and Excel export: the
 * province sees all of Guangdong, a city its counties, a county itself; out of
 * region answers 404 or an empty list; institutions and learners get 403.
 */
let t: TestApp;
const s: Record<string, Session> = {};
let classId: string;
let courseId: string;
let learners: string[];
let yuexiu: { institutionId: string; classId: string };
let shenzhen: { institutionId: string; classId: string };

const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: s[who]!.headers });
const post = (who: string, url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: s[who]!.headers, payload });
const institutionsOf = (items: { institutionId: string }[]) => [...new Set(items.map((i) => i.institutionId))].sort();

/** Another institution with a registered city and one class there, written straight into the tables a supervision query reads. */
async function otherInstitution(name: string, regionCode: string, cityCode: string, creditCode: string) {
  const db = t.database.db;
  const { id } = await db
    .insertInto('institutions')
    .values({ name, credit_code: creditCode, address: `${name}地址`, region_code: regionCode, legal_representative: '李四', contact_name: '王五', contact_phone: '020-12345678' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const at = new Date('2026-10-01T02:00:00Z');
  await db
    .insertInto('institution_registrations')
    .values({ institution_id: id, city_code: cityCode, status: 'registered', categories: [LOW_VOLTAGE], classrooms: '[]', offline_report: '已报备', submitted_at: at, registered_at: at })
    .execute();
  const cls = await db
    .insertInto('classes')
    .values({
      institution_id: id, code: `T${creditCode.slice(-6)}`, name: `${name}低压电工班`, category_id: LOW_VOLTAGE, training_type: 'refresher', city_code: cityCode,
      starts_on: '2026-10-10', ends_on: '2026-11-10', planned_online_theory_hours: 10, planned_offline_theory_hours: 10, planned_practical_hours: 4,
      required_theory_hours: 20, required_practical_hours: 4, max_online_hours: 16, status: 'open', created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { institutionId: id, classId: cls.id };
}

async function enrol(classOf: string, learnerId: string) {
  await t.database.db.insertInto('enrolments').values({ class_id: classOf, learner_account_id: learnerId, joined_via: 'import', status: 'active', joined_at: new Date('2026-10-12T02:00:00Z') }).execute();
}

beforeAll(async () => {
  t = await startTestApp();
  for (const who of ['gd-yjt', 'gz-yjj', 'th-yjj', 'sz-yjj', 'demo-inst', 'platform']) s[who] = await loginAs(t, who);
  s.learner = await loginAs(t, '440106199001011235');
  // The demo institution (Tianhe, registered in Guangzhou): a class of three learners.
  courseId = await publishedCourse(t, s['demo-inst']!);
  ({ classId } = await openClass(t, s['demo-inst']!, courseId));
  learners = await importLearners(t, s['demo-inst']!, classId, [11, 12, 13]);
  await completeHours(t, classId, learners[0]!);
  const db = t.database.db;
  const lessonId = (await db.selectFrom('lessons').select('id').where('course_id', '=', courseId).executeTakeFirstOrThrow()).id;
  const now = new Date();
  await db.insertInto('hour_ledger').values({ learner_account_id: learners[1]!, class_id: classId, course_id: courseId, lesson_id: lessonId, kind: 'online', seconds: 3000, evidence: '{"test":true}', created_at: now }).execute();
  const enrolmentId = (await db.selectFrom('enrolments').select('id').where('learner_account_id', '=', learners[1]!).executeTakeFirstOrThrow()).id;
  const { id: sessionId } = await db
    .insertInto('learning_sessions')
    .values({
      learner_account_id: learners[1]!, enrolment_id: enrolmentId, class_id: classId, course_id: courseId, lesson_id: lessonId, lesson_duration: 600, max_online_seconds: 70 * 2700,
      device_id: 'test-device', status: 'ended', started_at: now, ended_at: now, playback: '{"lastSeq":0,"lastServerAt":null,"lastPosition":0}', next_face_check_at: now, next_challenge_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const kinds = ['face_check_passed', 'face_check_passed', 'face_check_passed', 'face_check_failed'];
  await db.insertInto('learning_events').values(kinds.map((kind) => ({ session_id: sessionId, learner_account_id: learners[1]!, kind, payload: '{}', created_at: now }))).execute();
  await db
    .insertInto('course_ratings')
    .values(learners.slice(0, 2).map((l) => ({ course_id: courseId, class_id: classId, learner_account_id: l, teacher_id: null, content_score: 4, course_score: 5, teacher_score: null, comment: null, comment_status: 'none' as const, created_at: now, updated_at: now })))
    .execute();
  // A Yuexiu institution in Guangzhou, and a Shenzhen one.
  yuexiu = await otherInstitution('越秀安全培训中心', '440104', '440100', '52440104MA5AQ7K11X');
  shenzhen = await otherInstitution('深圳安全培训学院', '440304', '440300', '52440304MA5AQ7K11Y');
  await enrol(yuexiu.classId, learners[2]!);
  await enrol(shenzhen.classId, learners[2]!);
  await db.insertInto('hour_ledger').values({ learner_account_id: learners[2]!, class_id: shenzhen.classId, course_id: null, kind: 'offline', seconds: 5400, evidence: '{"test":true}', created_at: now }).execute();
});

afterAll(async () => {
  await t?.stop();
});

const KINDS = ['institutions', 'classes', 'enrolments', 'hours', 'ratings', 'face-checks', 'institution-face-checks', 'certificates'] as const;

describe('authorization matrix for every oversight route (M29)', () => {
  it('each list shows the province everything, a city its counties, a county itself, Shenzhen no Guangzhou data', async () => {
    const demo = DEMO_INSTITUTION;
    const dataAt: Record<(typeof KINDS)[number], string[]> = {
      institutions: [demo, yuexiu.institutionId, shenzhen.institutionId],
      classes: [demo, yuexiu.institutionId, shenzhen.institutionId],
      enrolments: [demo, yuexiu.institutionId, shenzhen.institutionId],
      hours: [demo, shenzhen.institutionId],
      ratings: [demo],
      'face-checks': [demo],
      'institution-face-checks': [demo],
      certificates: [demo],
    };
    const sees: Record<string, string[]> = {
      'gd-yjt': [demo, yuexiu.institutionId, shenzhen.institutionId],
      'gz-yjj': [demo, yuexiu.institutionId],
      'th-yjj': [demo],
      'sz-yjj': [shenzhen.institutionId],
    };
    for (const kind of KINDS) {
      for (const [who, visible] of Object.entries(sees)) {
        const res = await get(who, `/api/v1/oversight/${kind}?pageSize=100`);
        expect(res.statusCode, `${who} ${kind}`).toBe(200);
        expect(institutionsOf(res.json().items), `${who} ${kind}`).toEqual(dataAt[kind].filter((i) => visible.includes(i)).sort());
      }
      for (const who of ['demo-inst', 'learner', 'platform']) expect((await get(who, `/api/v1/oversight/${kind}`)).statusCode, `${who} ${kind}`).toBe(403);
    }
  });

  it('drill-down summaries answer 404 out of region and 403 to institutions and learners', async () => {
    const cases: [string, string, number][] = [
      ['/api/v1/oversight/regions/440000', 'gd-yjt', 200],
      ['/api/v1/oversight/regions/440000', 'gz-yjj', 404],
      ['/api/v1/oversight/regions/440100', 'gz-yjj', 200],
      ['/api/v1/oversight/regions/440100', 'th-yjj', 404],
      ['/api/v1/oversight/regions/440100', 'sz-yjj', 404],
      ['/api/v1/oversight/regions/440106', 'th-yjj', 200],
      ['/api/v1/oversight/regions/440104', 'th-yjj', 404],
      [`/api/v1/oversight/institutions/${DEMO_INSTITUTION}`, 'gd-yjt', 200],
      [`/api/v1/oversight/institutions/${DEMO_INSTITUTION}`, 'th-yjj', 200],
      [`/api/v1/oversight/institutions/${DEMO_INSTITUTION}`, 'sz-yjj', 404],
      [`/api/v1/oversight/institutions/${yuexiu.institutionId}`, 'th-yjj', 404],
      [`/api/v1/oversight/institutions/${shenzhen.institutionId}`, 'gz-yjj', 404],
      [`/api/v1/oversight/classes/${classId}`, 'gz-yjj', 200],
      [`/api/v1/oversight/classes/${classId}`, 'th-yjj', 200],
      [`/api/v1/oversight/classes/${classId}`, 'sz-yjj', 404],
      [`/api/v1/oversight/classes/${yuexiu.classId}`, 'th-yjj', 404],
      [`/api/v1/oversight/classes/${shenzhen.classId}`, 'sz-yjj', 200],
    ];
    for (const [url, who, status] of cases) expect((await get(who, url)).statusCode, `${who} ${url}`).toBe(status);
    for (const url of ['/api/v1/oversight/regions/440100', `/api/v1/oversight/institutions/${DEMO_INSTITUTION}`, `/api/v1/oversight/classes/${classId}`]) {
      for (const who of ['demo-inst', 'learner']) expect((await get(who, url)).statusCode, `${who} ${url}`).toBe(403);
    }
  });

  it('drills province → city → county → institution → class with counts per level', async () => {
    const province = (await get('gd-yjt', '/api/v1/oversight/regions/440000')).json();
    expect(province.children).toHaveLength(21);
    expect(province.children.find((c: { code: string }) => c.code === '440100').counts).toEqual({ institutions: 2, classes: 2, enrolments: 4, certificates: 1 });
    expect(province.children.find((c: { code: string }) => c.code === '440300').counts).toEqual({ institutions: 1, classes: 1, enrolments: 1, certificates: 0 });
    const city = (await get('gz-yjj', '/api/v1/oversight/regions/440100')).json();
    expect(city.ancestors.map((a: { name: string }) => a.name)).toEqual(['广东省', '广州市']);
    expect(city.children.find((c: { code: string }) => c.code === '440106').counts).toEqual({ institutions: 1, classes: 1, enrolments: 3, certificates: 1 });
    expect(city.children.find((c: { code: string }) => c.code === '440104').counts.enrolments).toBe(1);
    const county = (await get('gz-yjj', '/api/v1/oversight/regions/440106')).json();
    expect(county.ancestors.map((a: { name: string }) => a.name)).toEqual(['广东省', '广州市', '天河区']);
    expect(county.institutions).toMatchObject([{ id: DEMO_INSTITUTION, classes: 1, enrolments: 3, certificates: 1 }]);
    const inst = (await get('gz-yjj', `/api/v1/oversight/institutions/${DEMO_INSTITUTION}`)).json();
    expect(inst.registrations).toMatchObject([{ cityCode: '440100', status: 'registered' }]);
    const classes = (await get('gz-yjj', `/api/v1/oversight/classes?institutionId=${DEMO_INSTITUTION}`)).json();
    expect(classes.items).toMatchObject([{ classId, enrolled: 3, completed: 1, regionName: '广州市天河区', trainingType: 'initial' }]);
    const cls = (await get('gz-yjj', `/api/v1/oversight/classes/${classId}`)).json();
    expect(cls.class).toMatchObject({ classId, enrolled: 3 });
  });
});

describe('what each list shows (M29)', () => {
  it('enrolments: masked ID, learned duration from the hour ledger, progress against required hours, last learning time', async () => {
    const page = (await get('gz-yjj', `/api/v1/oversight/enrolments?classId=${classId}&sort=learnedSeconds&order=desc`)).json();
    expect(page.total).toBe(3);
    expect(page.items[0]).toMatchObject({ learnerId: learners[0], learnedSeconds: 148 * 2700, creditedHours: 148, requiredHours: 148, progress: 1 });
    expect(page.items[0].idNumberMasked).not.toMatch(/^\d{18}$/);
    expect(page.items[1]).toMatchObject({ learnerId: learners[1], learnedSeconds: 3000, creditedHours: 1 });
    expect(page.items[1].progress).toBeCloseTo(1 / 148);
    expect(page.items[1].lastLearningAt).not.toBeNull();
    expect(page.items[2]).toMatchObject({ learnerId: learners[2], learnedSeconds: 0, progress: 0, lastLearningAt: null });
  });

  it('hours per course (学时 = floor(s/2700)), ratings with averages, face-check failure rate, certificates', async () => {
    const hours = (await get('gz-yjj', `/api/v1/oversight/hours?q=${encodeURIComponent('低压')}`)).json();
    expect(hours.items).toMatchObject([{ learnerId: learners[1], courseId, seconds: 3000, hours: 1 }]);
    const ratings = (await get('th-yjj', '/api/v1/oversight/ratings')).json();
    expect(ratings.items).toMatchObject([{ courseId, count: 2, content: 4, course: 5, teacher: null, flagged: false }]);
    expect((await get('th-yjj', '/api/v1/oversight/ratings?status=flagged')).json().total).toBe(0);
    const faces = (await get('th-yjj', '/api/v1/oversight/face-checks')).json();
    expect(faces.items).toMatchObject([{ classId, checks: 4, failures: 1, failureRate: 0.25 }]);
    expect((await get('th-yjj', '/api/v1/oversight/institution-face-checks')).json().items).toMatchObject([{ institutionId: DEMO_INSTITUTION, classes: 1, checks: 4, failures: 1, failureRate: 0.25 }]);
    const certs = (await get('th-yjj', '/api/v1/oversight/certificates')).json();
    expect(certs.items).toMatchObject([{ learnerId: learners[0], revoked: false, categoryId: LOW_VOLTAGE, trainingType: 'initial' }]);
    expect((await get('th-yjj', '/api/v1/oversight/certificates?status=revoked')).json().total).toBe(0);
  });

  it('filters by city, county, institution, category, status, date range and keyword', async () => {
    const total = async (query: string) => (await get('gd-yjt', `/api/v1/oversight/enrolments?${query}`)).json().total as number;
    expect(await total('')).toBe(5);
    expect(await total('cityCode=440300')).toBe(1);
    expect(await total('cityCode=440100')).toBe(4);
    expect(await total('countyCode=440106')).toBe(3);
    expect(await total('countyCode=440104')).toBe(1);
    expect(await total(`institutionId=${shenzhen.institutionId}`)).toBe(1);
    expect(await total(`categoryId=${encodeURIComponent(LOW_VOLTAGE)}`)).toBe(5);
    expect(await total('categoryId=nothing')).toBe(0);
    expect(await total('status=withdrawn')).toBe(0);
    expect(await total(`q=${encodeURIComponent('考生11')}`)).toBe(1);
    expect(await total('from=2026-10-01&to=2026-10-31')).toBe(2);
    // A filter outside the caller's region narrows to nothing rather than widening the scope.
    expect((await get('sz-yjj', '/api/v1/oversight/enrolments?cityCode=440100')).json().total).toBe(0);
    expect((await get('gd-yjt', '/api/v1/oversight/institutions?status=registered&cityCode=440100')).json().total).toBe(2);
    expect((await get('gd-yjt', '/api/v1/oversight/classes?from=2026-10-01&to=2026-10-31')).json().total).toBe(2);
  });

  it('sorts by whitelisted columns only and paginates with a stable order and a total', async () => {
    const all = (await get('gd-yjt', '/api/v1/oversight/enrolments?sort=learnerName&order=asc&pageSize=100')).json();
    const names = all.items.map((i: { learnerName: string }) => i.learnerName);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    const ids: string[] = [];
    for (const page of [1, 2, 3]) {
      const res = (await get('gd-yjt', `/api/v1/oversight/enrolments?sort=learnerName&order=asc&pageSize=2&page=${page}`)).json();
      expect(res.total).toBe(5);
      ids.push(...res.items.map((i: { enrolmentId: string }) => i.enrolmentId));
    }
    expect(ids).toEqual(all.items.map((i: { enrolmentId: string }) => i.enrolmentId));
    expect((await get('gd-yjt', '/api/v1/oversight/enrolments?sort=id_number_enc')).statusCode).toBe(400);
    expect((await get('gd-yjt', '/api/v1/oversight/enrolments?pageSize=101')).statusCode).toBe(400);
  });
});

describe('Excel export (M29, M28)', () => {
  it('streams the filtered list into an xlsx with a zh-CN header and region names; only the requester downloads it; both are audited', async () => {
    expect((await post('demo-inst', '/api/v1/oversight/exports', { kind: 'enrolments', filters: {} })).statusCode).toBe(403);
    expect((await post('gz-yjj', '/api/v1/oversight/exports', { kind: 'enrolments', filters: { sort: 'id_number_enc' } })).json().code).toBe('OVERSIGHT_SORT_INVALID');
    const started = await post('gz-yjj', '/api/v1/oversight/exports', { kind: 'enrolments', filters: { sort: 'learnerName', order: 'asc' } });
    expect(started.statusCode).toBe(202);
    const { exportId, status, rowsTotal } = started.json();
    expect([status, rowsTotal]).toEqual(['queued', 4]);
    expect((await get('gz-yjj', `/api/v1/oversight/exports/${exportId}/file`)).json().code).toBe('OVERSIGHT_EXPORT_NOT_READY');
    await t.services.oversightExports.run(exportId);
    expect((await get('gz-yjj', `/api/v1/oversight/exports/${exportId}`)).json()).toMatchObject({ status: 'done', rowsDone: 4, rowsTotal: 4 });
    for (const who of ['sz-yjj', 'gd-yjt', 'th-yjj']) {
      expect((await get(who, `/api/v1/oversight/exports/${exportId}`)).statusCode, who).toBe(404);
      expect((await get(who, `/api/v1/oversight/exports/${exportId}/file`)).statusCode, who).toBe(404);
    }
    const file = await get('gz-yjj', `/api/v1/oversight/exports/${exportId}/file`);
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['姓名', '身份证号（脱敏）', '班级']);
    expect(sheet.rowCount).toBe(5);
    const rows = [2, 3, 4, 5].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    const first = rows.find((r) => r[0] === '考生11')!;
    expect(first).toContain('广州市天河区');
    expect(first).toContain('100%');
    expect(rows.some((r) => r.includes('广州市越秀区'))).toBe(true);
    // A grouped list (one row per class) goes through the same export.
    const faces = (await post('th-yjj', '/api/v1/oversight/exports', { kind: 'face-checks', filters: {} })).json();
    await t.services.oversightExports.run(faces.exportId);
    const faceBook = new ExcelJS.Workbook();
    await faceBook.xlsx.load((await get('th-yjj', `/api/v1/oversight/exports/${faces.exportId}/file`)).rawPayload as unknown as ArrayBuffer);
    expect((faceBook.worksheets[0]!.getRow(2).values as unknown[]).slice(5)).toEqual([4, 1, '25%']);
    const actions = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', exportId).execute();
    expect(actions.map((a) => a.action).sort()).toEqual(['oversight.export_downloaded', 'oversight.export_requested']);
  });

  it('refuses an export above the row cap with a clear error', async () => {
    const capped = createOversightExports({
      db: t.database.db, clock: systemClock, audit: t.services.audit, blobs: createLocalBlobStore(path.join(t.dataDir, 'cap-blobs')),
      oversight: t.services.oversight, enqueue: async () => undefined, maxRows: 2,
    });
    const gz = (await t.services.identity.resolveSession(s['gz-yjj']!.cookie.split(';')[0]!.split('=')[1]!))!;
    await expect(capped.request(gz, 'enrolments', {}, null)).rejects.toMatchObject({ code: 'OVERSIGHT_EXPORT_TOO_LARGE' });
  });
});
