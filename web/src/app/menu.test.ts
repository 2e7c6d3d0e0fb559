import { describe, expect, it } from 'vitest';
import type { Me, Role, RoleAssignment, ScopeKind } from '../api/types';
import { canOpen, homePathFor, navigationFor, pickActiveRole, roleKey, selectedNavKey } from './menu';

/** The scope each role is usually held in; regulators come in three (the demo's gd-yjt, gz-yjj, th-yjj). */
const USUAL_SCOPE: Record<Role, ScopeKind> = {
  learner: 'self',
  institution_admin: 'institution',
  teacher: 'institution',
  platform_operator: 'platform',
  regulator: 'city',
  exam_admin: 'exam_institution',
  exam_site_admin: 'exam_site',
  exam_staff: 'exam_site',
  support_agent: 'platform',
};

const as = (role: Role, kind: ScopeKind = USUAL_SCOPE[role], regionCode: string | null = null): RoleAssignment => ({
  role,
  scope: { kind, regionCode, orgId: null, label: role },
});

const gdYjt = as('regulator', 'province', '440000');
const gzYjj = as('regulator', 'city', '440100');
const thYjj = as('regulator', 'county', '440106');

const labels = (assignment: RoleAssignment) => {
  const nav = navigationFor(assignment);
  return (nav.layout === 'mobile' ? nav.tabs : nav.items).map((item) => item.label);
};

const assignment = (role: Role, label: string, regionCode: string | null = null): RoleAssignment => ({
  role,
  scope: { kind: regionCode ? 'city' : 'platform', regionCode, orgId: null, label },
});

const me = (...roles: RoleAssignment[]): Me => ({
  account: { id: 'a1', kind: 'staff', displayName: '测试', username: 'test' },
  roles,
  csrfToken: 't',
});

describe('navigation per role', () => {
  it('gives a learner the mobile tabs 首页, 学时, 客服 (the only channel to a learner, M27) and 我的', () => {
    const nav = navigationFor(as('learner'));
    expect(nav.layout).toBe('mobile');
    expect(labels(as('learner'))).toEqual(['首页', '学时', '客服', '我的']);
    expect(homePathFor('learner')).toBe('/m');
  });

  it('shows the province regulator the supervision queries and drill-down (M29), the registry reviews, teacher approvals, courses, spot checks, satisfaction and classes in its region, hour corrections, certificates and archives, the exam draws, sites and violations, signals, inspections and cases, announcements, the desk SLA, 数据接口 and 行政区划 (M4, M8, M10–M13, M16, M17, M25, M26, M29, N2.3, N3, N3.1, N3.2)', () => {
    expect(navigationFor(gdYjt).layout).toBe('staff');
    expect(labels(gdYjt)).toEqual(['工作台', '监管驾驶舱', '监管查询', '辖区下钻', '备案审核', '教师核准', '辖区课程', '课程抽查', '课程满意度', '辖区培训班', '学时更正审批', '学时证明', '学员档案', '随机分配', '考试点', '违规处理', '线索', '执法检查', '案件', '公告管理', '客服时效', '数据接口', '我的工单', '行政区划', '账号与安全']);
    expect(canOpen(gdYjt, 'regions')).toBe(true);
    expect(canOpen(gdYjt, 'dashboards')).toBe(true);
    expect(canOpen(as('institution_admin'), 'dashboards')).toBe(false);
    expect(canOpen(as('learner'), 'dashboards')).toBe(false);
    expect(canOpen(gdYjt, 'applications')).toBe(true);
  });

  it('shows city and county regulators the same pages but for the desk SLA and 数据接口, which the server keeps for the province (M4, M10)', () => {
    const regional = ['工作台', '监管驾驶舱', '监管查询', '辖区下钻', '备案审核', '教师核准', '辖区课程', '课程抽查', '课程满意度', '辖区培训班', '学时更正审批', '学时证明', '学员档案', '随机分配', '考试点', '违规处理', '线索', '执法检查', '案件', '公告管理', '我的工单', '行政区划', '账号与安全'];
    expect(labels(gzYjj)).toEqual(regional);
    expect(labels(thYjj)).toEqual(regional);
  });

  it('opens 数据接口 to the province regulator and the platform only (M4: EXCHANGE_PROVINCE_ONLY)', () => {
    expect(canOpen(gdYjt, 'exchange')).toBe(true);
    expect(canOpen(as('platform_operator'), 'exchange')).toBe(true);
    expect(canOpen(gzYjj, 'exchange')).toBe(false);
    expect(canOpen(thYjj, 'exchange')).toBe(false);
    expect(canOpen(as('support_agent'), 'exchange')).toBe(false);
  });

  it('opens 客服时效 to the desk and the province regulator only (M10: SLA_REPORT_SCOPE)', () => {
    expect(canOpen(gdYjt, 'sla-report')).toBe(true);
    expect(canOpen(as('support_agent'), 'sla-report')).toBe(true);
    expect(canOpen(as('platform_operator'), 'sla-report')).toBe(true);
    expect(canOpen(gzYjj, 'sla-report')).toBe(false);
    expect(canOpen(thYjj, 'sla-report')).toBe(false);
  });

  it('opens 课程抽查 to regulators at every level: city and county bureaus spot-check their region (M17), and the server serves the province its whole region too', () => {
    expect(canOpen(gzYjj, 'spot-checks')).toBe(true);
    expect(canOpen(thYjj, 'spot-checks')).toBe(true);
    expect(canOpen(gdYjt, 'spot-checks')).toBe(true);
    expect(canOpen(as('platform_operator'), 'spot-checks')).toBe(false);
  });

  it('shows the platform operator the course review queue, the desk, announcements, the lexicon, the comment queue (M9), 运行状态, 数据接口 and 行政区划', () => {
    expect(labels(as('platform_operator'))).toEqual(['工作台', '监管驾驶舱', '课程审核', '客服工单', '客服时效', '公告管理', '禁止发布词库', '留言审核', '运行状态', '数据接口', '行政区划', '账号与安全']);
    expect(canOpen(as('platform_operator'), 'course-reviews')).toBe(true);
  });

  it('shows an institution admin its registration, teachers, courses and their satisfaction, classes, question banks and exam applications, but not 行政区划 (M22, M23)', () => {
    expect(navigationFor(as('institution_admin')).layout).toBe('staff');
    expect(labels(as('institution_admin'))).toEqual(['工作台', '机构备案', '教师管理', '课程管理', '课程满意度', '培训班', '题库管理', '学时证明', '学员档案', '报考安排', '线索', '整改通知', '我的工单', '账号与安全']);
    expect(canOpen(as('institution_admin'), 'regions')).toBe(false);
  });

  it('gives support agents the queue and the SLA report, and nobody else the queue (M10)', () => {
    expect(labels(as('support_agent'))).toEqual(['工作台', '客服工单', '客服时效', '账号与安全']);
    expect(canOpen(as('institution_admin'), 'support-queue')).toBe(false);
    expect(canOpen(gzYjj, 'support-queue')).toBe(false);
    expect(canOpen(gzYjj, 'moderation')).toBe(false);
    expect(canOpen(gzYjj, 'comment-moderation')).toBe(false);
    expect(canOpen(as('institution_admin'), 'comment-moderation')).toBe(false);
    expect(canOpen(as('institution_admin'), 'spot-checks')).toBe(false);
    expect(canOpen(as('exam_admin'), 'my-tickets')).toBe(true);
  });

  it("keeps each side out of the other side's work", () => {
    // An institution never decides its own registration; a regulator never reviews courses for the platform.
    expect(canOpen(as('institution_admin'), 'applications')).toBe(false);
    expect(canOpen(as('institution_admin'), 'course-reviews')).toBe(false);
    expect(canOpen(gzYjj, 'registrations')).toBe(false);
    expect(canOpen(gzYjj, 'course-reviews')).toBe(false);
    expect(canOpen(as('platform_operator'), 'applications')).toBe(false);
    expect(canOpen(as('platform_operator'), ['courses', 'region-courses'])).toBe(false);
    expect(canOpen(as('exam_admin'), ['courses', 'region-courses'])).toBe(false);
  });

  it('gives exam institutions, sites and staff their exam pages (N2.3–N2.5)', () => {
    expect(labels(as('exam_admin'))).toEqual(['工作台', '随机分配', '考试场次', '考试点', '报考安排', '考务人员', '违规处理', '我的工单', '账号与安全']);
    expect(labels(as('exam_site_admin'))).toEqual(['工作台', '考试场次', '考试点', '我的工单', '账号与安全']);
    expect(labels(as('exam_staff'))).toEqual(['工作台', '我的考务', '考试场次', '我的工单', '账号与安全']);
    expect(canOpen(as('exam_site_admin'), 'exam-draws')).toBe(false);
    expect(canOpen(as('institution_admin'), 'exam-violations')).toBe(false);
  });

  it('lets only the regulator approve hour corrections, and only the institution manage classes (M16, M23)', () => {
    expect(canOpen(gzYjj, 'hour-corrections')).toBe(true);
    expect(canOpen(as('institution_admin'), 'hour-corrections')).toBe(false);
    expect(canOpen(as('platform_operator'), 'hour-corrections')).toBe(false);
    expect(canOpen(as('institution_admin'), 'classes')).toBe(true);
    expect(canOpen(gzYjj, 'classes')).toBe(false);
    expect(canOpen(gzYjj, 'region-classes')).toBe(true);
    expect(canOpen(as('institution_admin'), 'region-classes')).toBe(false);
  });

  it('opens /courses to the institution (课程管理) and the regulator (辖区课程) alike', () => {
    expect(canOpen(as('institution_admin'), ['courses', 'region-courses'])).toBe(true);
    expect(canOpen(gzYjj, ['courses', 'region-courses'])).toBe(true);
  });

  it('keeps staff pages away from learners and learner pages away from staff', () => {
    expect(canOpen(as('learner'), 'workbench')).toBe(false);
    expect(canOpen(as('exam_staff'), 'learner-home')).toBe(false);
    expect(homePathFor('support_agent')).toBe('/');
  });
});

describe('active role', () => {
  const gz = assignment('regulator', '广州市应急管理局', '440100');
  const platform = assignment('platform_operator', '训考平台');

  it('keeps the remembered role while the account still holds it', () => {
    expect(pickActiveRole(me(gz, platform), roleKey(platform))).toBe(platform);
  });

  it('falls back to the first role when the remembered one is gone', () => {
    expect(pickActiveRole(me(gz, platform), 'exam_admin:city:440300:')).toBe(gz);
    expect(pickActiveRole(me(), null)).toBeNull();
  });

  it('tells the same role apart by scope', () => {
    expect(roleKey(gz)).not.toBe(roleKey(assignment('regulator', '深圳市应急管理局', '440300')));
  });
});

describe('selected menu item', () => {
  const nav = navigationFor(gzYjj);
  const items = nav.layout === 'staff' ? nav.items : [];

  it('matches the longest path prefix', () => {
    expect(selectedNavKey(items, '/')).toBe('workbench');
    expect(selectedNavKey(items, '/regions')).toBe('regions');
    expect(selectedNavKey(items, '/account')).toBe('account');
    expect(selectedNavKey(items, '/courses/3f2a')).toBe('region-courses');
  });

  it('keeps 教师管理 selected on its own page, under 机构备案', () => {
    const nav = navigationFor(as('institution_admin'));
    const institutionItems = nav.layout === 'staff' ? nav.items : [];
    expect(selectedNavKey(institutionItems, '/institution')).toBe('registrations');
    expect(selectedNavKey(institutionItems, '/institution/teachers')).toBe('teachers');
    expect(selectedNavKey(institutionItems, '/institution/banks')).toBe('question-banks');
    expect(selectedNavKey(institutionItems, '/institution/classes/3f2a')).toBe('classes');
  });

  it('matches the mobile tab of a sub-page', () => {
    const nav = navigationFor(as('learner'));
    const tabs = nav.layout === 'mobile' ? nav.tabs : [];
    expect(selectedNavKey(tabs, '/m/account/password')).toBe('learner-account');
    expect(selectedNavKey(tabs, '/m')).toBe('learner-home');
  });
});
