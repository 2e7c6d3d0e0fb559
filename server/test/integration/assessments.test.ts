import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_QUESTIONS } from '../../src/modules/demo/demo.questions.js';
import { fixedClock } from '../../src/platform/clock.js';
import { priorCredit, REQUIRED_SECONDS } from '../support/completion.js';
import { LOW_VOLTAGE, openClass, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** Course tests and final tests through the API (M23, M24, M25; issue 6). */
const clock = fixedClock(new Date('2026-11-26T01:00:00Z'));
const frame = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/faces/${name}`, import.meta.url))).toString('base64');
const ME = frame('person-a-webcam-variant.jpg');
/** The camera's next frame: a live check sends two (M24). */
const NEXT = frame('person-a-webcam-next.jpg');
const STRANGER = frame('person-b.jpg');
const NOT_REGISTERED = 'special_work:30号令-2015:2.1';

let t: TestApp;
let inst: Session;
let learner: Session;
let learnerId: string;
let courseId: string;
let classId: string;
let otherClassId: string;

const post = (s: Session, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });
const bank = `/api/v1/assessments/banks/${encodeURIComponent(LOW_VOLTAGE)}`;
const ledgerSeconds = async () =>
  Number((await t.database.db.selectFrom('hour_ledger').select(sql<number>`coalesce(sum(seconds), 0)`.as('s')).executeTakeFirstOrThrow()).s);

/** 12 questions on 安全用电 and 8 on 触电急救, of all three kinds. */
function bankRows(): string[][] {
  const rows: string[][] = [];
  for (let i = 1; i <= 20; i++) {
    const topic = i <= 12 ? '安全用电' : '触电急救';
    if (i % 3 === 0) rows.push(['判断题', topic, `判断题第${i}题：停电检修须挂警示牌。`, '', '', '', '', '', '', i % 2 ? '正确' : '错误']);
    else if (i % 3 === 1) rows.push(['单选题', topic, `单选题第${i}题：下列哪项正确？`, '甲', '乙', '丙', '丁', '', '', 'ABCD'[i % 4]!]);
    else rows.push(['多选题', topic, `多选题第${i}题：下列哪些正确？`, '甲', '乙', '丙', '丁', '', '', i % 2 ? 'AC' : 'BD']);
  }
  return rows;
}

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('题库');
  ws.addRow(['题型', '知识点', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const bankSummary = async (): Promise<{ total: number; topics: { topic: string; count: number }[] }> =>
  (await get(inst, '/api/v1/assessments/banks')).json().items.find((b: { categoryId: string }) => b.categoryId === LOW_VOLTAGE);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const importSheet = async (rows: string[][], dryRun = false) =>
  t.app.inject({ method: 'POST', url: `${bank}/import?dryRun=${dryRun}`, headers: { ...inst.headers, 'content-type': XLSX }, payload: await workbook(rows) });

/** The whole bank as the institution sees it (with answers), by question id. */
async function answerKey(): Promise<Map<string, { topic: string; answer: number[] }>> {
  const key = new Map<string, { topic: string; answer: number[] }>();
  let cursor: string | null = null;
  do {
    const page: { items: { id: string; topic: string; answer: number[] }[]; nextCursor: string | null } = (await get(inst, `${bank}/questions?limit=100${cursor ? `&cursor=${cursor}` : ''}`)).json();
    for (const q of page.items) key.set(q.id, { topic: q.topic, answer: q.answer });
    cursor = page.nextCursor;
  } while (cursor);
  return key;
}

const startAttempt = (testId: string, image = ME) => post(learner, `/api/v1/me/tests/${testId}/attempts`, { image, nextFrame: NEXT });
const state = (attemptId: string) => get(learner, `/api/v1/me/test-attempts/${attemptId}/state`);
const answer = (attemptId: string, questionId: string, choice: number[]) => post(learner, `/api/v1/me/test-attempts/${attemptId}/answers`, { questionId, choice });
const submit = (attemptId: string) => post(learner, `/api/v1/me/test-attempts/${attemptId}/submit`);

/** Answers `share` of the paper correctly (the rest wrongly), from the institution's answer key. */
async function answerPaper(attempt: { attemptId: string; questions: { id: string }[] }, share: number) {
  const key = await answerKey();
  const right = Math.round(attempt.questions.length * share);
  for (const [i, q] of attempt.questions.entries()) {
    const correct = key.get(q.id)!.answer;
    const res = await answer(attempt.attemptId, q.id, i < right ? correct : correct.length === 1 ? [correct[0] === 0 ? 1 : 0] : [correct[0]!]);
    expect(res.statusCode).toBe(200);
  }
}

beforeAll(async () => {
  t = await startTestApp({ clock });
  inst = await loginAs(t, 'demo-inst');
  courseId = await publishedCourse(t, inst);
  const first = await openClass(t, inst, courseId);
  const second = await openClass(t, inst, courseId);
  classId = first.classId;
  otherClassId = second.classId;
  learner = await loginAs(t, '440106199001011235');
  learnerId = (await get(learner, '/api/v1/me')).json().account.id;
  await post(learner, '/api/v1/me/enrolments', { code: first.code });
  await post(learner, '/api/v1/me/enrolments', { code: second.code });
  await post(learner, '/api/v1/me/face/enrolment', { images: [frame('person-a-webcam.jpg')] });
});
afterAll(async () => {
  await t?.stop();
});

describe('question banks (M23; sealed and audited)', () => {
  it('an institution keeps banks only for the categories it is registered to train', async () => {
    const res = await post(inst, `/api/v1/assessments/banks/${encodeURIComponent(NOT_REGISTERED)}/questions`, { kind: 'judge', topic: '焊接', stem: '焊接前须清理现场。', options: ['正确', '错误'], answer: [0] });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('BANK_CATEGORY_NOT_REGISTERED');
  });

  it('imports an Excel sheet row by row: a dry run writes nothing; good rows go in, bad and duplicate rows are reported', async () => {
    const rows = [...bankRows(), ['单选题', '安全用电', '只有一个选项的题', '甲', '', '', '', '', '', 'A'], bankRows()[0]!];
    const demoBank = await bankSummary();
    expect(demoBank.total).toBe(DEMO_QUESTIONS.length);
    const dry = (await importSheet(rows, true)).json();
    expect(dry).toMatchObject({ dryRun: true, imported: 20, invalid: 1, duplicates: 1 });
    expect((await bankSummary()).total).toBe(demoBank.total);

    const report = (await importSheet(rows)).json();
    expect(report).toMatchObject({ dryRun: false, imported: 20, invalid: 1, duplicates: 1 });
    expect(report.rows[20]).toEqual({ row: 22, outcome: 'invalid', problems: [{ column: '选项', message: '选择题须有2至6个选项' }] });
    expect(report.rows[21]).toEqual({ row: 23, outcome: 'duplicate', problems: [{ column: '题干', message: '与第 2 行的题干相同' }] });
    const again = (await importSheet(bankRows().slice(0, 2))).json();
    expect(again.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['duplicate', 'duplicate']);

    const summary = await bankSummary();
    expect(summary.total).toBe(demoBank.total + 20);
    expect(summary.topics).toEqual(expect.arrayContaining([{ topic: '安全用电', count: 12 }, { topic: '触电急救', count: 8 }]));
  });

  it('offers the Excel template for download', async () => {
    const res = await get(inst, '/api/v1/assessments/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
  });

  it('adds, refuses invalid and duplicate questions, and retires one (kept for papers already drawn)', async () => {
    const q = { kind: 'single', topic: '电气防火', stem: '电气火灾首先应当？', options: ['切断电源', '用水浇'], answer: [0] };
    const added = await post(inst, `${bank}/questions`, q);
    expect(added.statusCode).toBe(201);
    expect((await post(inst, `${bank}/questions`, q)).json().code).toBe('QUESTION_DUPLICATE');
    const invalid = await post(inst, `${bank}/questions`, { ...q, stem: '另一道题', answer: [0, 1] });
    expect(invalid.json()).toMatchObject({ code: 'QUESTION_INVALID', details: { problems: [{ field: 'answer' }] } });
    const { questionId } = added.json();
    expect((await post(inst, `${bank}/questions/${questionId}/retire`)).statusCode).toBe(204);
    expect((await post(inst, `${bank}/questions/${questionId}/retire`)).json().code).toBe('QUESTION_NOT_FOUND');
    expect([...(await answerKey()).keys()]).not.toContain(questionId);
  });

  it('keeps stems, options and answers sealed at rest, and audits every read of the bank', async () => {
    const rows = await t.database.db.selectFrom('bank_questions').select('content_enc').execute();
    expect(rows.every((r) => r.content_enc.startsWith('v1.') && !r.content_enc.includes('题'))).toBe(true);
    const before = await t.database.db.selectFrom('audit_log').select('id').where('action', '=', 'question_bank.read').execute();
    const first = (await get(inst, `${bank}/questions?limit=5`)).json();
    const second = (await get(inst, `${bank}/questions?limit=5&cursor=${first.nextCursor}`)).json();
    expect(first.items).toHaveLength(5);
    expect(second.items.map((q: { id: string }) => q.id)).not.toContain(first.items[0].id);
    const after = await t.database.db.selectFrom('audit_log').select('id').where('action', '=', 'question_bank.read').execute();
    expect(after.length - before.length).toBe(2);
  });

  it('a learner cannot read a bank', async () => {
    expect((await get(learner, `${bank}/questions`)).statusCode).toBe(403);
  });
});

describe('test settings per category: the provincial regulator sets them', () => {
  it('defaults to a pass mark of 80 until set; a city regulator may not set it; the province may', async () => {
    const before = (await get(inst, '/api/v1/assessments/settings')).json().items.find((s: { categoryId: string }) => s.categoryId === LOW_VOLTAGE);
    expect(before).toMatchObject({ passMark: 80, setAt: null });
    const body = { passMark: 80, maxAttempts: 3, cooldownMinutes: 30, note: '粤应急〔2026〕试行' };
    const city = await post(await loginAs(t, 'gz-yjj'), `/api/v1/assessments/settings/${encodeURIComponent(LOW_VOLTAGE)}`, body);
    expect(city.json().code).toBe('TEST_SETTINGS_PROVINCE_ONLY');
    const province = await post(await loginAs(t, 'gd-yjt'), `/api/v1/assessments/settings/${encodeURIComponent(LOW_VOLTAGE)}`, body);
    expect(province.json()).toMatchObject({ passMark: 80, maxAttempts: 3, cooldownMinutes: 30 });
    expect(province.json().setAt).not.toBeNull();
  });
});

let courseTestId: string;
let finalTestId: string;
let otherFinalTestId: string;

describe('tests of a class: drawn by topic weights from the bank', () => {
  const define = (cls: string, body: object) => post(inst, `/api/v1/assessments/classes/${cls}/tests`, { courseId, title: '低压电工课程考试', questionCount: 10, durationMinutes: 60, topicWeights: { 安全用电: 3, 触电急救: 2 }, ...body });

  it('refuses weights naming no topic of the bank, or needing more questions than a topic has', async () => {
    expect((await define(classId, { topicWeights: { 焊接: 1 } })).json().code).toBe('TEST_WEIGHTS_INVALID');
    const tooMany = (await define(classId, { questionCount: 30 })).json();
    expect(tooMany).toMatchObject({ code: 'TEST_BANK_TOO_SMALL', details: { shortfalls: [{ topic: '安全用电', needed: 18, available: 12 }, { topic: '触电急救', needed: 12, available: 8 }] } });
    expect((await define(classId, { courseId: '00000000-0000-4000-8000-000000000000' })).json().code).toBe('TEST_COURSE_NOT_IN_CLASS');
  });

  it('one test per course and one final test per class', async () => {
    courseTestId = (await define(classId, {})).json().testId;
    expect((await define(classId, {})).json().code).toBe('TEST_EXISTS');
    finalTestId = (await define(classId, { courseId: null, title: '结业考试', durationMinutes: 30 })).json().testId;
    otherFinalTestId = (await define(otherClassId, { courseId: null, title: '结业考试', durationMinutes: 5 })).json().testId;
    const list = (await get(inst, `/api/v1/assessments/classes/${classId}/tests`)).json().items;
    expect(list.map((x: { title: string; passMark: number }) => [x.title, x.passMark])).toEqual([
      ['低压电工课程考试', 80],
      ['结业考试', 80],
    ]);
  });
});

describe('taking a test (M23, M24)', () => {
  let ledgerBefore: number;
  let attempt: { attemptId: string; questions: { id: string; stem: string }[] };

  it("a stranger's face cannot start a test, and it costs no attempt", async () => {
    ledgerBefore = await ledgerSeconds();
    const res = await startAttempt(courseTestId, STRANGER);
    expect(res.json()).toMatchObject({ code: 'TEST_FACE_CHECK_FAILED', details: { decision: 'MISMATCH' } });
    const mine = (await get(learner, `/api/v1/me/classes/${classId}/tests`)).json().items;
    expect(mine[0]).toMatchObject({ attemptsUsed: 0, maxAttempts: 3, blockedBy: null });
  });

  it('the paper follows the topic weights and never carries the answers before submission', async () => {
    const res = await startAttempt(courseTestId);
    expect(res.statusCode).toBe(200);
    attempt = res.json();
    expect(attempt.questions).toHaveLength(10);
    expect(res.body).not.toMatch(/"answer"/);
    const key = await answerKey();
    const topics = attempt.questions.map((q) => key.get(q.id)!.topic);
    expect(topics.filter((x) => x === '安全用电')).toHaveLength(6);
    expect(topics.filter((x) => x === '触电急救')).toHaveLength(4);
    const reread = await get(learner, `/api/v1/me/test-attempts/${attempt.attemptId}`);
    expect(reread.body).not.toMatch(/"answer"/);
    expect(reread.json().questions.map((q: { id: string }) => q.id)).toEqual(attempt.questions.map((q) => q.id));
  });

  it('one open attempt at a time; starting the same test again resumes it after a face check', async () => {
    expect((await startAttempt(finalTestId)).json().code).toBe('TEST_OTHER_ATTEMPT_OPEN');
    const resumed = (await startAttempt(courseTestId)).json();
    expect(resumed.attemptId).toBe(attempt.attemptId);
  });

  it('asks for a random face check during the test and holds answers until it is passed', async () => {
    let due = false;
    for (let polls = 0; !due && polls < 61; polls++) {
      clock.advance(15_000);
      due = (await state(attempt.attemptId)).json().faceCheckDue;
    }
    expect(due).toBe(true);
    expect((await answer(attempt.attemptId, attempt.questions[0]!.id, [0])).json().code).toBe('ATTEMPT_FACE_CHECK_DUE');
    expect((await submit(attempt.attemptId)).json().code).toBe('ATTEMPT_FACE_CHECK_DUE');
    const check = (await post(learner, `/api/v1/me/test-attempts/${attempt.attemptId}/face-check`, { image: ME, nextFrame: NEXT })).json();
    expect(check).toMatchObject({ passed: true, voided: false });
    expect((await state(attempt.attemptId)).json().faceCheckDue).toBe(false);
  });

  it('records leaving the page; a long absence makes a face check due on return', async () => {
    await post(learner, `/api/v1/me/test-attempts/${attempt.attemptId}/page-events`, { kind: 'hidden' });
    clock.advance(40_000);
    const back = (await post(learner, `/api/v1/me/test-attempts/${attempt.attemptId}/page-events`, { kind: 'visible' })).json();
    expect(back.faceCheckDue).toBe(true);
    expect((await post(learner, `/api/v1/me/test-attempts/${attempt.attemptId}/face-check`, { image: ME, nextFrame: NEXT })).json().passed).toBe(true);
  });

  it('scores the saved answers on submission against the pass mark; a failed test waits out the cool-down', async () => {
    await answerPaper(attempt, 0.5);
    const result = (await submit(attempt.attemptId)).json();
    expect(result).toMatchObject({ outcome: 'scored', score: 50, passMark: 80, passed: false, correct: 5, total: 10, leaveCount: 1, finishedBy: 'submitted' });
    expect(JSON.stringify(result)).not.toMatch(/"answer"/);
    expect((await answer(attempt.attemptId, attempt.questions[0]!.id, [0])).json().code).toBe('ATTEMPT_FINISHED');
    const again = (await startAttempt(courseTestId)).json();
    expect(again.code).toBe('TEST_COOLING_DOWN');
    expect(Date.parse(again.details.until) - Date.parse(result.at)).toBe(30 * 60_000);
    const mine = (await get(learner, `/api/v1/me/classes/${classId}/tests`)).json().items[0];
    expect(mine).toMatchObject({ attemptsUsed: 1, blockedBy: 'TEST_COOLING_DOWN', result: { score: 50, passed: false } });
  });

  it('a retake after the cool-down draws a new paper; passing ends the test', async () => {
    clock.advance(31 * 60_000);
    const retake = (await startAttempt(courseTestId)).json();
    expect(retake.attemptNo).toBe(2);
    await answerPaper(retake, 1);
    expect((await submit(retake.attemptId)).json()).toMatchObject({ score: 100, passed: true });
    expect((await startAttempt(courseTestId)).json().code).toBe('TEST_ALREADY_PASSED');
  });

  it('starting a test ends a lesson still running on another device, voiding its unconfirmed time (M25)', async () => {
    const lessonId = (await get(inst, `/api/v1/courses/${courseId}`)).json().lessons[0].id;
    const lesson = (await post(learner, '/api/v1/learning/sessions', { classId, lessonId, deviceId: 'laptop-0000001', image: ME, nextFrame: NEXT })).json();
    expect((await startAttempt(finalTestId)).statusCode).toBe(200);
    const beat = await post(learner, `/api/v1/learning/sessions/${lesson.sessionId}/heartbeats`, { seq: 1, mediaPosition: 0, playing: true, visible: true, focused: true });
    expect(beat.json()).toMatchObject({ code: 'LEARNING_SESSION_ENDED', details: { reason: 'test_started' } });
  });

  it('passing the last test of a class whose hours are complete issues the hour certificate at once (M25)', async () => {
    await priorCredit(t, { learnerId, classId, courseId, shortBy: 0, at: new Date('2026-11-20T02:00:00Z') });
    ledgerBefore += REQUIRED_SECONDS;
    const certificates = async () => (await get(learner, '/api/v1/me/certificates')).json().items as { status: string }[];
    await t.services.certificates.issueIfComplete({ learnerId, classId });
    expect(await certificates()).toEqual([]);
    expect(await t.services.assessments.testsPassed(learnerId, classId)).toBe(false);
    const final = (await startAttempt(finalTestId)).json();
    await answerPaper(final, 0.8);
    expect((await submit(final.attemptId)).json()).toMatchObject({ score: 80, passed: true });
    expect(await t.services.assessments.testsPassed(learnerId, classId)).toBe(true);
    expect(await certificates()).toEqual([expect.objectContaining({ status: 'valid' })]);
    expect(await t.services.assessments.testResults(learnerId, classId)).toEqual([
      { courseId, title: '低压电工课程考试', score: 100, passMark: 80, passed: true, at: expect.any(String) },
      { courseId: null, title: '结业考试', score: 80, passMark: 80, passed: true, at: expect.any(String) },
    ]);
  });

  it('test time is never credited as hours: the ledger is unchanged across every attempt', async () => {
    expect(await ledgerSeconds()).toBe(ledgerBefore);
  });
});

describe('voided and timed-out attempts (M24)', () => {
  it('a check due and not passed within its grace period voids the attempt', async () => {
    const a = (await startAttempt(otherFinalTestId)).json();
    await post(learner, `/api/v1/me/test-attempts/${a.attemptId}/page-events`, { kind: 'hidden' });
    clock.advance(40_000);
    await post(learner, `/api/v1/me/test-attempts/${a.attemptId}/page-events`, { kind: 'visible' });
    clock.advance(91_000);
    const res = await state(a.attemptId);
    expect(res.json()).toMatchObject({ code: 'ATTEMPT_FINISHED', details: { result: { outcome: 'voided', voidReason: 'face_check_missed', passed: false, score: 0 } } });
  });

  it("a stranger's face at a check voids the attempt at once", async () => {
    clock.advance(31 * 60_000);
    const a = (await startAttempt(otherFinalTestId)).json();
    const check = (await post(learner, `/api/v1/me/test-attempts/${a.attemptId}/face-check`, { image: STRANGER, nextFrame: NEXT })).json();
    expect(check).toMatchObject({ decision: 'MISMATCH', passed: false, voided: true });
    const page = (await get(learner, `/api/v1/me/test-attempts/${a.attemptId}`)).json();
    expect(page).toMatchObject({ status: 'finished', questions: [], result: { outcome: 'voided', voidReason: 'MISMATCH', finishedBy: 'face_check' } });
  });

  it('when time is up the saved answers are scored; after the last attempt no more are allowed', async () => {
    clock.advance(31 * 60_000);
    const a = (await startAttempt(otherFinalTestId)).json();
    const key = await answerKey();
    await answer(a.attemptId, a.questions[0].id, key.get(a.questions[0].id)!.answer);
    clock.advance(5 * 60_000 + 31_000);
    const page = (await get(learner, `/api/v1/me/test-attempts/${a.attemptId}`)).json();
    expect(page.result).toMatchObject({ outcome: 'scored', finishedBy: 'timeout', correct: 1, total: 10, score: 10 });
    clock.advance(31 * 60_000);
    expect((await startAttempt(otherFinalTestId)).json().code).toBe('TEST_NO_ATTEMPTS_LEFT');
    expect(await t.services.assessments.testsPassed(learnerId, otherClassId)).toBe(false);
  });
});

describe('evidence and scope', () => {
  it('results, events, settings and test definitions are append-only; a finished attempt is frozen', async () => {
    const db = t.database.db;
    await expect(sql`update test_results set score = 100`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`delete from test_events`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`truncate test_results cascade`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`update test_settings set pass_mark = 1`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`update class_tests set question_count = 5`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`update test_attempts set answers = '{}'`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`delete from bank_questions`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
  });

  it("another learner sees neither this class's tests nor this learner's attempts (404)", async () => {
    const body = { name: '王小明', idNumber: '11010519491231002X', employerName: '广州市某化工有限公司', employerCreditCode: '91440101MA5AQ7K11T', jobCategory: '低压电工', password: 'Study2026' };
    await t.app.inject({ method: 'POST', url: '/api/v1/learners/register', payload: body });
    const other = await loginAs(t, body.idNumber, body.password);
    expect((await get(other, `/api/v1/me/classes/${classId}/tests`)).json().code).toBe('TEST_NOT_FOUND');
    expect((await post(other, `/api/v1/me/tests/${courseTestId}/attempts`, { image: ME, nextFrame: NEXT })).json().code).toBe('TEST_NOT_FOUND');
    const attemptId = (await t.database.db.selectFrom('test_attempts').select('id').executeTakeFirstOrThrow()).id;
    expect((await get(other, `/api/v1/me/test-attempts/${attemptId}`)).json().code).toBe('ATTEMPT_NOT_FOUND');
  });
});
