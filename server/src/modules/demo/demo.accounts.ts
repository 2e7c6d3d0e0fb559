import type { RoleAssignment } from '../../platform/http/access.js';

/** Demo data (README lists it): every account's password is DEMO_PASSWORD. Never loaded in production. */
export const DEMO_PASSWORD = 'Demo@2026';

/** Stable ids so the institutions and exams modules can seed the organisations these scopes point at. */
export const DEMO_ORG_IDS = {
  institution: '5f0c1d2e-0000-4000-8000-000000000001',
  examInstitution: '5f0c1d2e-0000-4000-8000-000000000002',
  examSite: '5f0c1d2e-0000-4000-8000-000000000003',
} as const;

export const DEMO_LEARNER = { idNumber: '440106199001011235', name: '张三' } as const;

const region = (role: RoleAssignment['role'], kind: 'province' | 'city' | 'county', regionCode: string, label: string): RoleAssignment => ({
  role,
  scope: { kind, regionCode, orgId: null, label },
});

export const DEMO_STAFF: { username: string; displayName: string; roles: RoleAssignment[] }[] = [
  { username: 'platform', displayName: '平台运营管理员', roles: [{ role: 'platform_operator', scope: { kind: 'platform', regionCode: null, orgId: null, label: '训考平台' } }] },
  // M8: the platform's announcements need an approver other than their author.
  { username: 'platform-review', displayName: '平台内容审核员', roles: [{ role: 'platform_operator', scope: { kind: 'platform', regionCode: null, orgId: null, label: '训考平台' } }] },
  { username: 'gd-yjt', displayName: '省应急管理厅监管员', roles: [region('regulator', 'province', '440000', '广东省应急管理厅')] },
  { username: 'gz-yjj', displayName: '广州市应急管理局监管员', roles: [region('regulator', 'city', '440100', '广州市应急管理局')] },
  { username: 'th-yjj', displayName: '天河区应急管理局监管员', roles: [region('regulator', 'county', '440106', '广州市天河区应急管理局')] },
  { username: 'sz-yjj', displayName: '深圳市应急管理局监管员', roles: [region('regulator', 'city', '440300', '深圳市应急管理局')] },
  {
    username: 'demo-inst',
    displayName: '培训机构管理员',
    roles: [{ role: 'institution_admin', scope: { kind: 'institution', regionCode: '440100', orgId: DEMO_ORG_IDS.institution, label: '广州市安培职业培训学校（演示）' } }],
  },
  {
    username: 'gz-exam',
    displayName: '广州市考试机构管理员',
    roles: [{ role: 'exam_admin', scope: { kind: 'exam_institution', regionCode: '440100', orgId: DEMO_ORG_IDS.examInstitution, label: '广州市安全生产考试中心（演示）' } }],
  },
  {
    username: 'demo-site',
    displayName: '考点管理员',
    roles: [{ role: 'exam_site_admin', scope: { kind: 'exam_site', regionCode: '440100', orgId: DEMO_ORG_IDS.examSite, label: '广州市公共实训基地考点（演示）' } }],
  },
  {
    username: 'demo-proctor',
    displayName: '监考员李四',
    roles: [{ role: 'exam_staff', scope: { kind: 'exam_institution', regionCode: '440100', orgId: DEMO_ORG_IDS.examInstitution, label: '广州市安全生产考试中心（演示）' } }],
  },
  { username: 'demo-support', displayName: '客服专员', roles: [{ role: 'support_agent', scope: { kind: 'platform', regionCode: null, orgId: null, label: '训考平台客服中心' } }] },
];

/** The demo institution: registered and published for online training in Guangzhou. */
export const DEMO_INSTITUTION = {
  institution: {
    id: DEMO_ORG_IDS.institution,
    name: '广州市安培职业培训学校（演示）',
    creditCode: '52440100MA5AQ7K11D',
    address: '广州市天河区天河北路100号',
    regionCode: '440106',
    legalRepresentative: '王五',
    contactName: '赵老师',
    contactPhone: '020-12345678',
  },
  cities: [
    {
      cityCode: '440100',
      categories: ['special_work:30号令-2015:1.1', 'special_work:30号令-2015:1.2', 'special_work:30号令-2015:3.1', 'principal:hazchem_operation', 'safety_manager:hazchem_operation'],
      classrooms: [{ name: '第一教室', address: '广州市天河区天河北路100号3楼', seats: 60 }],
      offlineReport: '穗应急培备〔2024〕12号',
    },
  ],
};
