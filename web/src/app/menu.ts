import type { Me, Role, RoleAssignment, ScopeKind } from '../api/types';
import { navTexts } from './texts';

/**
 * Which layout and navigation each role gets. Pure, so the rule "who sees what"
 * is testable without a browser. Only pages that exist are listed.
 */
export type LayoutKind = 'mobile' | 'staff';

export type NavIcon =
  | 'home'
  | 'hours'
  | 'dashboard'
  | 'regions'
  | 'account'
  | 'user'
  | 'institution'
  | 'teachers'
  | 'courses'
  | 'classes'
  | 'applications'
  | 'reviews'
  | 'corrections'
  | 'banks'
  | 'draw'
  | 'sessions'
  | 'sites'
  | 'staff'
  | 'violations'
  | 'certificates'
  | 'archives'
  | 'support'
  | 'report'
  | 'announcements'
  | 'moderation'
  | 'operations'
  | 'signals'
  | 'inspections'
  | 'cases'
  | 'orders'
  | 'exchange'
  | 'supervision'
  | 'oversight'
  | 'drill';

export interface NavItem {
  key: string;
  path: string;
  label: string;
  icon: NavIcon;
}

export type Navigation = { layout: 'mobile'; tabs: NavItem[] } | { layout: 'staff'; items: NavItem[] };

export const PAGES = {
  learnerHome: { key: 'learner-home', path: '/m', label: navTexts.learnerHome, icon: 'home' },
  learnerHours: { key: 'learner-hours', path: '/m/hours', label: navTexts.learnerHours, icon: 'hours' },
  learnerSupport: { key: 'learner-support', path: '/m/support', label: navTexts.learnerSupport, icon: 'support' },
  learnerAccount: { key: 'learner-account', path: '/m/account', label: navTexts.learnerAccount, icon: 'user' },
  workbench: { key: 'workbench', path: '/', label: navTexts.workbench, icon: 'dashboard' },
  regions: { key: 'regions', path: '/regions', label: navTexts.regions, icon: 'regions' },
  account: { key: 'account', path: '/account', label: navTexts.account, icon: 'account' },
  registrations: { key: 'registrations', path: '/institution', label: navTexts.registrations, icon: 'institution' },
  teachers: { key: 'teachers', path: '/institution/teachers', label: navTexts.teachers, icon: 'teachers' },
  courses: { key: 'courses', path: '/courses', label: navTexts.courses, icon: 'courses' },
  questionBanks: { key: 'question-banks', path: '/institution/banks', label: navTexts.questionBanks, icon: 'banks' },
  applications: { key: 'applications', path: '/regulator/applications', label: navTexts.applications, icon: 'applications' },
  teacherApprovals: { key: 'teacher-approvals', path: '/regulator/teachers', label: navTexts.teacherApprovals, icon: 'teachers' },
  regionCourses: { key: 'region-courses', path: '/courses', label: navTexts.regionCourses, icon: 'courses' },
  courseReviews: { key: 'course-reviews', path: '/platform/reviews', label: navTexts.courseReviews, icon: 'reviews' },
  examDraws: { key: 'exam-draws', path: '/exams/draws', label: navTexts.examDraws, icon: 'draw' },
  examSessions: { key: 'exam-sessions', path: '/exams/sessions', label: navTexts.examSessions, icon: 'sessions' },
  examSites: { key: 'exam-sites', path: '/exams/sites', label: navTexts.examSites, icon: 'sites' },
  examApplications: { key: 'exam-applications', path: '/exams/applications', label: navTexts.examApplications, icon: 'applications' },
  examStaff: { key: 'exam-staff', path: '/exams/staff', label: navTexts.examStaff, icon: 'staff' },
  examViolations: { key: 'exam-violations', path: '/exams/violations', label: navTexts.examViolations, icon: 'violations' },
  myDuties: { key: 'my-duties', path: '/exams/my-duties', label: navTexts.myDuties, icon: 'staff' },
  classes: { key: 'classes', path: '/institution/classes', label: navTexts.classes, icon: 'classes' },
  regionClasses: { key: 'region-classes', path: '/regulator/classes', label: navTexts.regionClasses, icon: 'classes' },
  hourCorrections: { key: 'hour-corrections', path: '/regulator/hour-corrections', label: navTexts.hourCorrections, icon: 'corrections' },
  certificates: { key: 'certificates', path: '/certificates', label: navTexts.certificates, icon: 'certificates' },
  archives: { key: 'archives', path: '/archives', label: navTexts.archives, icon: 'archives' },
  supportQueue: { key: 'support-queue', path: '/support/queue', label: navTexts.supportQueue, icon: 'support' },
  slaReport: { key: 'sla-report', path: '/support/report', label: navTexts.slaReport, icon: 'report' },
  myTickets: { key: 'my-tickets', path: '/support/mine', label: navTexts.myTickets, icon: 'support' },
  announcements: { key: 'announcements', path: '/announcements', label: navTexts.announcements, icon: 'announcements' },
  moderation: { key: 'moderation', path: '/platform/moderation', label: navTexts.moderation, icon: 'moderation' },
  operations: { key: 'operations', path: '/platform/operations', label: navTexts.operations, icon: 'operations' },
  enforcementSignals: { key: 'enforcement-signals', path: '/enforcement/signals', label: navTexts.enforcementSignals, icon: 'signals' },
  inspections: { key: 'inspections', path: '/enforcement/inspections', label: navTexts.inspections, icon: 'inspections' },
  cases: { key: 'cases', path: '/enforcement/cases', label: navTexts.cases, icon: 'cases' },
  orders: { key: 'orders', path: '/institution/orders', label: navTexts.orders, icon: 'orders' },
  exchange: { key: 'exchange', path: '/exchange', label: navTexts.exchange, icon: 'exchange' },
  dashboards: { key: 'dashboards', path: '/supervision/dashboard', label: navTexts.dashboards, icon: 'supervision' },
  spotChecks: { key: 'spot-checks', path: '/regulator/spot-checks', label: navTexts.spotChecks, icon: 'reviews' },
  satisfaction: { key: 'satisfaction', path: '/satisfaction', label: navTexts.satisfaction, icon: 'report' },
  commentModeration: { key: 'comment-moderation', path: '/platform/comment-moderation', label: navTexts.commentModeration, icon: 'moderation' },
  oversight: { key: 'oversight', path: '/oversight', label: navTexts.oversight, icon: 'oversight' },
  oversightDrill: { key: 'oversight-drill', path: '/oversight/drill', label: navTexts.oversightDrill, icon: 'drill' },
} as const satisfies Record<string, NavItem>;

export type PageKey = (typeof PAGES)[keyof typeof PAGES]['key'];

/** Region data pages are for those who supervise or run the platform across regions. */
const REGION_VIEWERS: readonly Role[] = ['regulator', 'platform_operator'];

/** A page the server serves to some scopes of the role only; any other scope would get 403. */
interface ScopedPage {
  page: NavItem;
  scopes: readonly ScopeKind[];
}

/** M4, M10: the province's own pages (the server checks `scope.kind === 'province'`, or the province's region code). */
const provinceOnly = (page: NavItem): ScopedPage => ({ page, scopes: ['province'] });

/**
 * Each role's business pages, in menu order: an institution reports, builds
 * courses and answers for their satisfaction, runs classes and keeps question
 * banks (N1.2, N1.3, M17, M22, M23), a city bureau registers, spot-checks, reads
 * its region's ratings and approves hour corrections (M11–M13, M16, M17, M29),
 * the platform reviews courses second (M17), runs the desk (M10), announcements
 * and the comment queue (M8, M9); institutions and regulators see certificates (M25)
 * and learner archives (M26); only the province among regulators supervises the
 * desk's SLA (M10) and, with the platform, connects the provincial supervision
 * platform (M4);
 * regulators query their region and drill down to a learner's archive (M29);
 * exam institutions run sessions, the cross-exam draw, staff and sanctions,
 * sites prepare their rooms (N2, N3.2); regulators work signals, inspections
 * and cases, institutions answer rectification orders (N3, N3.1, M30).
 */
const ROLE_PAGES: Partial<Record<Role, readonly (NavItem | ScopedPage)[]>> = {
  institution_admin: [PAGES.registrations, PAGES.teachers, PAGES.courses, PAGES.satisfaction, PAGES.classes, PAGES.questionBanks, PAGES.certificates, PAGES.archives, PAGES.examApplications, PAGES.enforcementSignals, PAGES.orders],
  regulator: [PAGES.dashboards, PAGES.oversight, PAGES.oversightDrill, PAGES.applications, PAGES.teacherApprovals, PAGES.regionCourses, PAGES.spotChecks, PAGES.satisfaction, PAGES.regionClasses, PAGES.hourCorrections, PAGES.certificates, PAGES.archives, PAGES.examDraws, PAGES.examSites, PAGES.examViolations, PAGES.enforcementSignals, PAGES.inspections, PAGES.cases, PAGES.announcements, provinceOnly(PAGES.slaReport), provinceOnly(PAGES.exchange)],
  platform_operator: [PAGES.dashboards, PAGES.courseReviews, PAGES.supportQueue, PAGES.slaReport, PAGES.announcements, PAGES.moderation, PAGES.commentModeration, PAGES.operations, PAGES.exchange],
  support_agent: [PAGES.supportQueue, PAGES.slaReport],
  exam_admin: [PAGES.examDraws, PAGES.examSessions, PAGES.examSites, PAGES.examApplications, PAGES.examStaff, PAGES.examViolations],
  exam_site_admin: [PAGES.examSessions, PAGES.examSites],
  exam_staff: [PAGES.myDuties, PAGES.examSessions],
};

/** The role's pages that this assignment's scope may use. */
function businessPages({ role, scope }: RoleAssignment): NavItem[] {
  return (ROLE_PAGES[role] ?? []).flatMap((entry) => ('scopes' in entry ? (entry.scopes.includes(scope.kind) ? [entry.page] : []) : [entry]));
}

/** The desk's own staff work its queue; everyone else asks it through 我的工单 (M10). */
const DESK_ROLES: readonly Role[] = ['support_agent', 'platform_operator'];

export function layoutFor(role: Role): LayoutKind {
  return role === 'learner' ? 'mobile' : 'staff';
}

/** The menu of one role assignment: the same role may see fewer pages in a narrower scope. */
export function navigationFor(assignment: RoleAssignment): Navigation {
  const { role } = assignment;
  if (layoutFor(role) === 'mobile') return { layout: 'mobile', tabs: [PAGES.learnerHome, PAGES.learnerHours, PAGES.learnerSupport, PAGES.learnerAccount] };
  const items: NavItem[] = [PAGES.workbench, ...businessPages(assignment)];
  if (!DESK_ROLES.includes(role)) items.push(PAGES.myTickets);
  if (REGION_VIEWERS.includes(role)) items.push(PAGES.regions);
  items.push(PAGES.account);
  return { layout: 'staff', items };
}

/** Whether the assignment's menu holds the page (or one of the pages, when a route serves several roles). */
export function canOpen(assignment: RoleAssignment, page: PageKey | readonly PageKey[]): boolean {
  const nav = navigationFor(assignment);
  const items = nav.layout === 'mobile' ? nav.tabs : nav.items;
  const keys: readonly string[] = typeof page === 'string' ? [page] : page;
  return items.some((item) => keys.includes(item.key));
}

export function homePathFor(role: Role): string {
  return layoutFor(role) === 'mobile' ? PAGES.learnerHome.path : PAGES.workbench.path;
}

/** A stable key for one role assignment: the same role can be held in several scopes. */
export function roleKey(assignment: RoleAssignment): string {
  const { kind, regionCode, orgId } = assignment.scope;
  return [assignment.role, kind, regionCode ?? '', orgId ?? ''].join(':');
}

/** The remembered role if the account still holds it, otherwise the first one. */
export function pickActiveRole(me: Me, rememberedKey: string | null): RoleAssignment | null {
  return me.roles.find((r) => roleKey(r) === rememberedKey) ?? me.roles[0] ?? null;
}

/** The nav item that owns a location: the longest matching path prefix. */
export function selectedNavKey(items: readonly NavItem[], pathname: string): string | undefined {
  const matches = items.filter((item) => pathname === item.path || pathname.startsWith(item.path === '/' ? '/' : `${item.path}/`));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.key;
}
