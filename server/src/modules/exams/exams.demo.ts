import type { AuditActor } from '../audit/index.js';
import { insertApplication } from './applications.repository.js';
import type { ExamsService } from './exams.service.js';
import type { Db } from '../../platform/db/database.js';
import { insertSession } from './sessions.repository.js';
import { insertExamInstitutions } from './sites.repository.js';
import { accountIdByUsername } from './staff.repository.js';

const LOW_VOLTAGE = 'special_work:30号令-2015:1.1';
const DAY = 86_400_000;

/** Beijing 09:00 `days` from `now`. */
const morningIn = (now: Date, days: number) => new Date(`${new Date(now.getTime() + days * DAY + 8 * 3_600_000).toISOString().slice(0, 10)}T09:00:00+08:00`);

/**
 * Demo exam administration in Guangzhou: the exam institution, site and proctor
 * the demo accounts point at, a school site related to the demo institution,
 * two low-voltage sessions next week, and 张三's application — submitted here
 * without the training the real route requires, as the demo institution is
 * imported already registered.
 */
export async function seedExamsDemo(
  db: Db,
  exams: ExamsService,
  ids: { examInstitution: string; examSite: string; institution: string; learnerId: string },
  by: AuditActor,
  now: Date,
) {
  await insertExamInstitutions(db, [{ id: ids.examInstitution, name: '广州市安全生产考试中心（演示）', level: 'city', regionCode: '440100' }]);
  const site = { cityCode: '440100', equipment: '考试用计算机 60 台，考试服务器 2 台，网络摄像机 8 路，硬盘录像机 1 台', relations: [] };
  await exams.sites.seedDemo({ ...site, id: ids.examSite, name: '广州市公共实训基地考点（演示）', ownerType: 'public_base', ownerName: '广州市人民政府', address: '广州市天河区华观路1号', subjects: [{ categoryId: LOW_VOLTAGE, seats: 60 }] }, by);
  const schoolSite = '5f0c1d2e-0000-4000-8000-000000000004';
  await exams.sites.seedDemo(
    {
      ...site,
      id: schoolSite,
      name: '广州市城建职业学院考点（演示）',
      ownerType: 'school',
      ownerName: '广州市城建职业学院',
      address: '广州市从化区城建路1号',
      subjects: [{ categoryId: LOW_VOLTAGE, seats: 40 }],
      relations: [{ institutionId: ids.institution, relation: '合作办学' }],
    },
    by,
  );
  const startsAt = morningIn(now, 7);
  const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
  for (const siteId of [ids.examSite, schoolSite]) await insertSession(db, { siteId, categoryId: LOW_VOLTAGE, room: '第一考场', startsAt, endsAt, capacity: 30, openToOtherCities: false, at: now });
  await insertApplication(db, { institutionId: ids.institution, learnerId: ids.learnerId, categoryId: LOW_VOLTAGE, cityCode: '440100', householdCityCode: '440100', workCityCode: '440100', residenceCityCode: null, schoolSiteId: null, certificateNumber: null, at: now });
  const proctor = await accountIdByUsername(db, 'demo-proctor');
  if (proctor) {
    const day = now.toISOString().slice(0, 10);
    const nextYear = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
    await exams.staff.seedDemo(
      {
        examInstitutionId: ids.examInstitution,
        accountId: proctor,
        name: '李四',
        documents: [
          { kind: 'training', title: '2026年度考务人员培训', datedOn: day, result: '合格' },
          { kind: 'responsibility_letter', title: '考务工作责任书', datedOn: day, expiresOn: nextYear },
          { kind: 'confidentiality_agreement', title: '考务保密协议', datedOn: day, expiresOn: nextYear },
        ],
      },
      by,
    );
  }
}
