import { SYSTEM_ACTOR } from '../audit/index.js';
import type { CertificatesService } from '../certificates/index.js';
import type { IdentityService } from '../identity/index.js';
import type { InstitutionsService } from '../institutions/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import { DEMO_PASSWORD } from './demo.accounts.js';

/**
 * Demo data for the supervision queries (M29): a second institution in 天河区 and one in
 * 深圳市福田区, each with a refresher class or two, a few learners with classroom hours
 * and, for some, the hour certificate — so 监管查询 and 辖区下钻 are not empty on
 * `npm start`, and 深圳市 sees its own data but not Guangzhou's. Demo mode only; the hours
 * stand for classroom days (their evidence says so).
 */
const LOW_VOLTAGE = 'special_work:30号令-2015:1.1';
const HOUR = 2700;
const DAY = 86_400_000;
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

const INSTITUTIONS = [
  {
    institution: { name: '广州市天河安全技能培训中心（演示）', creditCode: '52440106MA5AQ7K12E', address: '广州市天河区体育西路8号', regionCode: '440106', legalRepresentative: '陈明', contactName: '林老师', contactPhone: '020-87654321' },
    city: '440100',
    classes: [
      { code: 'DEMO-TH-01', name: '低压电工复训班（天河·演示）', learners: ['黄伟', '李娜', '王磊'], completed: 2 },
      { code: 'DEMO-TH-02', name: '低压电工复训班（天河二期·演示）', learners: ['刘洋', '陈静'], completed: 0 },
    ],
    birthplace: '440106',
  },
  {
    institution: { name: '深圳市福田安全生产培训学校（演示）', creditCode: '52440304MA5AQ7K13F', address: '深圳市福田区深南大道1000号', regionCode: '440304', legalRepresentative: '张强', contactName: '周老师', contactPhone: '0755-12345678' },
    city: '440300',
    classes: [{ code: 'DEMO-SZ-01', name: '低压电工复训班（福田·演示）', learners: ['赵敏', '孙杰', '周婷', '吴刚'], completed: 1 }],
    birthplace: '440304',
  },
];

/** A valid 18-digit ID number (GB 11643 check digit) born in `region` on 1988-03-15. */
function idNumber(region: string, seq: number): string {
  const body = `${region}19880315${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return body + '10X98765432'[sum % 11];
}

export async function seedDemoSupervision(db: Db, clock: Clock, services: { identity: IdentityService; institutions: InstitutionsService; certificates: CertificatesService }) {
  if (await db.selectFrom('institutions').select('id').where('credit_code', '=', INSTITUTIONS[0]!.institution.creditCode).executeTakeFirst()) return;
  const by = { ...SYSTEM_ACTOR, role: 'system:demo-seed' };
  const now = clock.now();
  const evidence = JSON.stringify({ demo: '演示数据：代表已完成的面授学习记录' });
  let seq = 0;
  for (const spec of INSTITUTIONS) {
    const institutionId = await services.institutions.importRegistered(
      { institution: spec.institution, cities: [{ cityCode: spec.city, categories: [LOW_VOLTAGE], classrooms: [{ name: '第一教室', address: spec.institution.address, seats: 40 }], offlineReport: '已报备（演示）' }] },
      by,
    );
    for (const [n, c] of spec.classes.entries()) {
      // A refresher class taught in the classroom: 24 学时, none of them online.
      const { id: classId } = await db
        .insertInto('classes')
        .values({
          institution_id: institutionId, code: c.code, name: c.name, category_id: LOW_VOLTAGE, training_type: 'refresher', city_code: spec.city,
          starts_on: shanghaiDay(new Date(now.getTime() - (30 - n * 10) * DAY)), ends_on: shanghaiDay(new Date(now.getTime() + (10 + n * 10) * DAY)),
          planned_online_theory_hours: 0, planned_offline_theory_hours: 20, planned_practical_hours: 4, required_theory_hours: 20, required_practical_hours: 4, max_online_hours: 16,
          status: 'open', created_at: new Date(now.getTime() - 35 * DAY),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [i, name] of c.learners.entries()) {
        const learnerId = await services.identity.createLearnerAccount({ idNumber: idNumber(spec.birthplace, ++seq), name, password: DEMO_PASSWORD, isDemo: true, employerName: '演示企业有限公司' }, by);
        await db.insertInto('enrolments').values({ class_id: classId, learner_account_id: learnerId, joined_via: 'import', status: 'active', joined_at: new Date(now.getTime() - 28 * DAY) }).execute();
        const hours = i < c.completed ? 24 : 6 + 4 * i;
        await db.insertInto('hour_ledger').values({ learner_account_id: learnerId, class_id: classId, course_id: null, lesson_id: null, session_id: null, kind: 'offline', seconds: hours * HOUR, evidence, reason: null, approved_by: null, created_at: new Date(now.getTime() - (20 - i) * DAY) }).execute();
        if (i < c.completed) await services.certificates.issueIfComplete({ learnerId, classId });
      }
    }
  }
}
