/**
 * Wire types of the server's JSON API (identity and regions). Hand-written from the
 * contract until the `openapi-typescript` client is generated (DESIGN §2); keep the
 * names equal to the server's schemas so the swap is mechanical.
 */

export const ROLES = [
  'learner',
  'institution_admin',
  'teacher',
  'platform_operator',
  'regulator',
  'exam_admin',
  'exam_site_admin',
  'exam_staff',
  'support_agent',
] as const;
export type Role = (typeof ROLES)[number];

export type ScopeKind = 'province' | 'city' | 'county' | 'platform' | 'institution' | 'exam_institution' | 'exam_site' | 'self';

export interface RoleAssignment {
  role: Role;
  scope: { kind: ScopeKind; regionCode: string | null; orgId: string | null; label: string };
}

export interface Me {
  account: { id: string; kind: 'learner' | 'staff'; displayName: string; username: string };
  roles: RoleAssignment[];
  csrfToken: string;
}

export interface LoginSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  ip: string | null;
  /** Present on the current server; optional so an older server still renders. */
  method?: 'password' | 'oidc';
  current: boolean;
}

export interface SessionList {
  items: LoginSession[];
}

export type RegionLevel = 'province' | 'city' | 'county';

export interface RegionNode {
  code: string;
  name: string;
  level: RegionLevel;
  children: RegionNode[];
}

/** Every error body: `message` is zh-CN and safe to show to users. */
export interface ErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown> | null;
}
