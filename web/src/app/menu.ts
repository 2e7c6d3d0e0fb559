import type { Me, Role, RoleAssignment } from '../api/types';
import { navTexts } from './texts';

/**
 * Which layout and navigation each role gets. Pure, so the rule "who sees what"
 * is testable without a browser. Only pages that exist are listed.
 */
export type LayoutKind = 'mobile' | 'staff';

export type NavIcon = 'home' | 'dashboard' | 'regions' | 'account' | 'user';

export interface NavItem {
  key: string;
  path: string;
  label: string;
  icon: NavIcon;
}

export type Navigation = { layout: 'mobile'; tabs: NavItem[] } | { layout: 'staff'; items: NavItem[] };

export const PAGES = {
  learnerHome: { key: 'learner-home', path: '/m', label: navTexts.learnerHome, icon: 'home' },
  learnerAccount: { key: 'learner-account', path: '/m/account', label: navTexts.learnerAccount, icon: 'user' },
  workbench: { key: 'workbench', path: '/', label: navTexts.workbench, icon: 'dashboard' },
  regions: { key: 'regions', path: '/regions', label: navTexts.regions, icon: 'regions' },
  account: { key: 'account', path: '/account', label: navTexts.account, icon: 'account' },
} as const satisfies Record<string, NavItem>;

export type PageKey = (typeof PAGES)[keyof typeof PAGES]['key'];

/** Region data pages are for those who supervise or run the platform across regions. */
const REGION_VIEWERS: readonly Role[] = ['regulator', 'platform_operator'];

export function layoutFor(role: Role): LayoutKind {
  return role === 'learner' ? 'mobile' : 'staff';
}

export function navigationFor(role: Role): Navigation {
  if (layoutFor(role) === 'mobile') return { layout: 'mobile', tabs: [PAGES.learnerHome, PAGES.learnerAccount] };
  const items: NavItem[] = [PAGES.workbench];
  if (REGION_VIEWERS.includes(role)) items.push(PAGES.regions);
  items.push(PAGES.account);
  return { layout: 'staff', items };
}

export function canOpen(role: Role, page: PageKey): boolean {
  const nav = navigationFor(role);
  const items = nav.layout === 'mobile' ? nav.tabs : nav.items;
  return items.some((item) => item.key === page);
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
