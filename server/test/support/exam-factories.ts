import { createHash, randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { LOW_VOLTAGE } from './factories.js';
import type { Session, TestApp } from './test-app.js';

/** Builders for exam tests: valid ID numbers, trained learners, sessions. */
export const DEMO_SITE = '5f0c1d2e-0000-4000-8000-000000000003';
export const DEMO_SCHOOL_SITE = '5f0c1d2e-0000-4000-8000-000000000004';
export const DEMO_INSTITUTION = '5f0c1d2e-0000-4000-8000-000000000001';

/** A valid 18-digit ID number (GB 11643 check digit) born in Tianhe in 1990. */
export function idNumber(seq: number): string {
  const body = `44010619900101${String(seq).padStart(3, '0')}`.slice(0, 17);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

/** Imports learners into a class through the institution's Excel route; returns their account ids. */
export async function importLearners(t: TestApp, inst: Session, classId: string, seqs: number[]): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('学员名单');
  ws.addRow(['姓名', '身份证号', '工作单位', '统一社会信用代码', '岗位（工种）']);
  for (const seq of seqs) ws.addRow([`考生${seq}`, idNumber(seq), '广州某化工有限公司', '91440101MA5AQ7K11T', '低压电工']);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/classes/${classId}/learners/import`,
    headers: { ...inst.headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    payload: Buffer.from(await wb.xlsx.writeBuffer()),
  });
  if (res.statusCode !== 200) throw new Error(`import failed: ${res.body}`);
  const ids: string[] = [];
  for (const seq of seqs) ids.push((await t.services.identity.findLearnerByIdNumber(idNumber(seq)))!);
  return ids;
}

/**
 * Records the class's required hours as offline classroom hours, as an institution does with sign-in evidence,
 * and lets the certificates service issue the hour certificate that makes the learner eligible (M25, N2.6).
 */
export async function completeHours(t: TestApp, classId: string, learnerId: string, hours = 148, at: Date = new Date()): Promise<void> {
  await sql`insert into hour_ledger (learner_account_id, class_id, kind, seconds, evidence, created_at)
    values (${learnerId}, ${classId}, 'offline', ${hours * 2700}, '{"signIn": "test"}', ${at})`.execute(t.database.db);
  await t.services.certificates.issueIfComplete({ learnerId, classId });
}

export const applicationFor = (learnerId: string, extra: object = {}) => ({ learnerId, categoryId: LOW_VOLTAGE, cityCode: '440100', householdCityCode: '440100', ...extra });

/** A two-hour low-voltage session at a site, starting at the given instant. */
export const sessionAt = (siteId: string, startsAt: string, capacity = 30) => ({
  siteId,
  categoryId: LOW_VOLTAGE,
  room: '第一考场',
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
  capacity,
});

/** Runs a whole draw ceremony through the API (the exam institution and the city bureau each commit and reveal) and publishes it. */
export async function publishedDraw(t: TestApp, exam: Session, regulator: Session, window: { sessionsFrom: string; sessionsTo: string }): Promise<string> {
  const post = async (s: Session, url: string, payload: object = {}) => {
    const res = await t.app.inject({ method: 'POST', url, headers: s.headers, payload });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.body}`);
    return res.statusCode === 204 ? null : res.json();
  };
  const drawId = (await post(exam, '/api/v1/exam-draws', { cityCode: '440100', title: '测试分配', ...window })).drawId as string;
  await post(exam, `/api/v1/exam-draws/${drawId}/freeze`);
  const secrets = [randomBytes(32).toString('hex'), randomBytes(32).toString('hex')] as const;
  await post(exam, `/api/v1/exam-draws/${drawId}/commits`, { commitment: createHash('sha256').update(secrets[0]).digest('hex') });
  await post(regulator, `/api/v1/exam-draws/${drawId}/commits`, { commitment: createHash('sha256').update(secrets[1]).digest('hex') });
  await post(exam, `/api/v1/exam-draws/${drawId}/reveals`, { secret: secrets[0] });
  await post(regulator, `/api/v1/exam-draws/${drawId}/reveals`, { secret: secrets[1] });
  await post(exam, `/api/v1/exam-draws/${drawId}/run`);
  await post(exam, `/api/v1/exam-draws/${drawId}/publish`);
  return drawId;
}
