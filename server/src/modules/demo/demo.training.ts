import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/access.js';
import type { CatalogueService } from '../catalogue/index.js';
import type { CertificatesService } from '../certificates/index.js';
import type { ClassesService } from '../classes/index.js';
import { DEMO_LEARNER, DEMO_STAFF } from './demo.accounts.js';

/**
 * Demo training history (M25, M26): the demo learner 张三 has completed a low-voltage
 * electrician class, so a newcomer sees a certificate and an archive at once. The
 * hours are written to the ledger with evidence marked as demo data; they stand for
 * weeks of lessons and classroom days that a demo cannot replay. Demo mode only.
 */
const LOW_VOLTAGE = 'special_work:30号令-2015:1.1';
const CLASS_NAME = '低压电工初训班（演示·已结业）';
const HOUR = 2700;
const DAY = 86_400_000;
const shanghaiDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

async function actorOf(db: Db, username: string): Promise<Actor> {
  const staff = DEMO_STAFF.find((s) => s.username === username)!;
  const row = await db.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  return { accountId: row.id, sessionId: 'demo-seed', kind: 'staff', displayName: staff.displayName, username, roles: staff.roles, csrfToken: '' };
}

export async function seedDemoTraining(db: Db, clock: Clock, services: { catalogue: CatalogueService; classes: ClassesService; certificates: CertificatesService }) {
  if (await db.selectFrom('classes').select('id').where('name', '=', CLASS_NAME).executeTakeFirst()) return;
  const { catalogue, classes, certificates } = services;
  const inst = await actorOf(db, 'demo-inst');
  const platform = await actorOf(db, 'platform');
  const learner = await db.selectFrom('learners').select('account_id').where('id_number_masked', '=', `${DEMO_LEARNER.idNumber.slice(0, 4)}**********${DEMO_LEARNER.idNumber.slice(-4)}`).executeTakeFirstOrThrow();
  const learnerActor: Actor = { accountId: learner.account_id, sessionId: 'demo-seed', kind: 'learner', displayName: DEMO_LEARNER.name, username: '', roles: [{ role: 'learner', scope: { kind: 'self', regionCode: null, orgId: null, label: '本人' } }], csrfToken: '' };

  const { courseId } = await catalogue.createCourse(inst, { title: '低压电工作业安全技术（演示）', description: '低压电工作业安全技术理论课程', categoryIds: [LOW_VOLTAGE], syllabusTopics: ['安全用电'] }, null);
  await catalogue.addLesson(inst, courseId, { title: '第一讲 电气安全基础', kind: 'text', textContent: '触电事故的预防与急救。', readingSeconds: 600 }, null);
  await catalogue.submitForReview(inst, courseId, null, null);
  const pass = { pass: true };
  await catalogue.platformReview(platform, courseId, { checklist: { content: pass, form: pass, ideology: pass, media_quality: pass, copyright: pass } }, null);

  const now = clock.now();
  const { classId } = await classes.create(
    inst,
    { name: CLASS_NAME, categoryId: LOW_VOLTAGE, trainingType: 'initial', cityCode: '440100', startsOn: shanghaiDay(new Date(now.getTime() - 40 * DAY)), endsOn: shanghaiDay(new Date(now.getTime() + 20 * DAY)), onlineTheoryHours: 70, offlineTheoryHours: 18, practicalHours: 60, onlinePracticalHours: 0, courseIds: [courseId], teacherIds: [] },
    null,
  );
  const { code } = (await classes.get(inst, classId)) as { code: string };
  await classes.joinByCode(learnerActor, code, null);

  // Seven online days of 10 学时 and the classroom days (78 学时 of theory and practical), as the ledger would hold them.
  const evidence = JSON.stringify({ demo: '演示数据：代表已完成的学习与面授记录' });
  const rows = [
    ...Array.from({ length: 7 }, (_, i) => ({ kind: 'online' as const, seconds: 10 * HOUR, course_id: courseId, created_at: new Date(now.getTime() - (30 - i) * DAY) })),
    { kind: 'offline' as const, seconds: 78 * HOUR, course_id: null, created_at: new Date(now.getTime() - 10 * DAY) },
  ];
  await db
    .insertInto('hour_ledger')
    .values(rows.map((r) => ({ learner_account_id: learner.account_id, class_id: classId, lesson_id: null, session_id: null, evidence, reason: null, approved_by: null, ...r })))
    .execute();
  await certificates.issueIfComplete({ learnerId: learner.account_id, classId });
}
