import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { LOW_VOLTAGE, lawfulClass, publishedCourse } from '../support/factories.js';
import { loginAs, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/** M23 classes with M13 and M19, joining by code, and the institution's Excel import. */
const clock = fixedClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;
let inst: Session;
let courseId: string;
let classId: string;
let code: string;

const post = (s: Session, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });

beforeAll(async () => {
  t = await startTestApp({ clock });
  inst = await loginAs(t, 'demo-inst');
  courseId = await publishedCourse(t, inst);
});
afterAll(async () => {
  await t?.stop();
});

const lawful = () => lawfulClass(courseId);

async function sheet(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学员名单');
  ws.addRow(['姓名', '身份证号', '工作单位', '统一社会信用代码', '岗位（工种）']);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const importSheet = (file: Buffer) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/classes/${classId}/learners/import`,
    headers: { ...inst.headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    payload: file,
  });

describe('classes (M23, M19, M13)', () => {
  it('refuses a plan with more than 80 % online theory, or any online practical training', async () => {
    expect((await post(inst, '/api/v1/classes', { ...lawful(), onlineTheoryHours: 71, offlineTheoryHours: 17 })).json().code).toBe('CLASS_ONLINE_CAP_EXCEEDED');
    expect((await post(inst, '/api/v1/classes', { ...lawful(), onlinePracticalHours: 4 })).json().code).toBe('CLASS_PRACTICAL_ONLINE_FORBIDDEN');
    expect((await post(inst, '/api/v1/classes', { ...lawful(), offlineTheoryHours: 10 })).json().code).toBe('CLASS_THEORY_NOT_COVERED');
  });

  it('refuses a class in a city where the institution is not registered (M13)', async () => {
    const res = await post(inst, '/api/v1/classes', { ...lawful(), cityCode: '440300' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('INSTITUTION_NOT_REGISTERED_IN_CITY');
  });

  it('refuses courses that are not published courses of the category', async () => {
    const draft = (await post(inst, '/api/v1/courses', { title: '草稿', description: '草稿', categoryIds: [LOW_VOLTAGE], syllabusTopics: ['x'] })).json().courseId;
    expect((await post(inst, '/api/v1/classes', { ...lawful(), courseIds: [draft] })).json().code).toBe('CLASS_COURSE_NOT_USABLE');
  });

  it('opens a lawful class, keeping the requirement in force with it', async () => {
    const res = await post(inst, '/api/v1/classes', lawful());
    expect(res.statusCode).toBe(201);
    classId = res.json().classId;
    const detail = (await get(inst, `/api/v1/classes/${classId}`)).json();
    expect(detail.required).toEqual({ theoryHours: 88, practicalHours: 60, maxOnlineHours: 70 });
    expect(detail.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    code = detail.code;
  });

  it('a learner joins with the class code and sees the class and its courses', async () => {
    const learner = await loginAs(t, '440106199001011235');
    expect((await post(learner, '/api/v1/me/enrolments', { code: 'WRONG123' })).json().code).toBe('CLASS_CODE_INVALID');
    const joined = await post(learner, '/api/v1/me/enrolments', { code: code.toLowerCase() });
    expect(joined.statusCode).toBe(201);
    expect((await post(learner, '/api/v1/me/enrolments', { code })).json().code).toBe('ENROLMENT_EXISTS');
    const mine = (await get(learner, '/api/v1/me/classes')).json().items;
    expect(mine).toEqual([expect.objectContaining({ id: classId, institutionName: '广州市安培职业培训学校（演示）', courses: [expect.objectContaining({ title: '低压电工作业', lessonCount: 1 })] })]);
  });

  it('an Excel file with bad rows is rejected whole, with a reason per row, and changes nothing', async () => {
    const before = await t.database.db.selectFrom('accounts').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await importSheet(
      await sheet([
        ['李雷', '11010519491231002X', '广州某化工有限公司', '91440101MA5AQ7K11T', '低压电工'],
        ['', '440106199001011236', '广州某化工有限公司', '91440101MA5AQ7K11T', '低压电工'],
        ['韩梅梅', '11010519491231002X', '', 'BAD', '低压电工'],
      ]),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('IMPORT_HAS_ERRORS');
    const errors = res.json().details.errors as { row: number; column: string }[];
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: '姓名' }),
        expect.objectContaining({ row: 3, column: '身份证号' }),
        expect.objectContaining({ row: 4, column: '身份证号' }),
        expect.objectContaining({ row: 4, column: '工作单位' }),
        expect.objectContaining({ row: 4, column: '统一社会信用代码' }),
      ]),
    );
    const after = await t.database.db.selectFrom('accounts').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('a good file enrols existing learners and creates accounts with one-time initial passwords', async () => {
    const res = await importSheet(
      await sheet([
        ['李雷', '11010519491231002X', '广州某化工有限公司', '91440101MA5AQ7K11T', '低压电工'],
        ['张三', '440106199001011235', '广州某化工有限公司', '91440101MA5AQ7K11T', '低压电工'],
      ]),
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ rows: 2, enrolled: 1, alreadyEnrolled: 1 });
    expect(body.newAccounts).toEqual([expect.objectContaining({ row: 2, name: '李雷', idNumberMasked: '1101**********002X' })]);
    const lilei = await loginAs(t, '11010519491231002X', body.newAccounts[0].initialPassword);
    expect((await get(lilei, '/api/v1/me/classes')).json().items[0].id).toBe(classId);
    const detail = (await get(inst, `/api/v1/classes/${classId}`)).json();
    expect(detail.enrolments.map((e: { name: string }) => e.name).sort()).toEqual(['张三', '李雷']);
  });

  it("the institution resets a learner's password after checking the person; others cannot", async () => {
    const detail = (await get(inst, `/api/v1/classes/${classId}`)).json();
    const lilei = detail.enrolments.find((e: { name: string }) => e.name === '李雷');
    const res = await post(inst, `/api/v1/classes/${classId}/learners/${lilei.learnerId}/password-reset`);
    expect(res.statusCode).toBe(200);
    await loginAs(t, '11010519491231002X', res.json().initialPassword);
    const audited = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', lilei.learnerId).execute();
    expect(audited.map((a) => a.action)).toContain('auth.password_reset');
    const gz = await loginAs(t, 'gz-yjj');
    expect((await post(gz, `/api/v1/classes/${classId}/learners/${lilei.learnerId}/password-reset`)).statusCode).toBe(403);
  });

  it('serves the import template', async () => {
    const res = await get(inst, '/api/v1/classes/import-template');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as string[]).slice(1)).toEqual(['姓名', '身份证号', '工作单位', '统一社会信用代码', '岗位（工种）']);
  });

  it('regulators see classes of their region only (404 outside); the county bureau sees its institutions\' classes in their city (M29)', async () => {
    const gz = await loginAs(t, 'gz-yjj');
    const th = await loginAs(t, 'th-yjj');
    expect((await get(th, '/api/v1/classes')).json().items.map((c: { id: string }) => c.id)).toContain(classId);
    expect((await get(th, `/api/v1/classes/${classId}`)).json()).toMatchObject({ regionCode: '440106', cityCode: '440100' });
    const sz = await loginAs(t, 'sz-yjj');
    expect((await get(gz, '/api/v1/classes')).json().items.map((c: { id: string }) => c.id)).toContain(classId);
    expect((await get(gz, `/api/v1/classes/${classId}`)).json().code).toBeNull();
    expect((await get(sz, '/api/v1/classes')).json().items).toEqual([]);
    expect((await get(sz, `/api/v1/classes/${classId}`)).statusCode).toBe(404);
    const learner = await loginAs(t, '440106199001011235');
    expect((await get(learner, `/api/v1/classes/${classId}`)).statusCode).toBe(403);
  });
});
