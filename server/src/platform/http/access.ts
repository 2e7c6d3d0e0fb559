/**
 * Access is declared on every route (DESIGN §8): who may call it and how the
 * service scopes what they see. The default is deny: a route without a
 * declaration answers 403 and fails the route-declaration test.
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

export type ScopeKind = 'self' | 'platform' | 'province' | 'city' | 'county' | 'institution' | 'exam_institution' | 'exam_site';

/** How a route's service narrows data to the caller: documented in OpenAPI as `x-access`. */
export type ScopeRule = 'self' | 'region' | 'institution' | 'exam-institution' | 'exam-site' | 'platform' | 'none';

export type Access =
  | { public: string }
  | { roles: readonly Role[] | 'any-authenticated'; scope: ScopeRule }
  /** A machine client of the data interface (M4): `Authorization: Bearer xk_…`, never a session cookie. */
  | { apiClient: string; scope: 'client-region' };

export interface RoleAssignment {
  role: Role;
  scope: { kind: ScopeKind; regionCode: string | null; orgId: string | null; label: string };
}

/** The authenticated caller, resolved from the session cookie. */
export interface Actor {
  accountId: string;
  sessionId: string;
  kind: 'learner' | 'staff';
  displayName: string;
  username: string;
  roles: RoleAssignment[];
  csrfToken: string;
}

/** An API client of the data interface (M4), resolved from its bearer key. */
export interface ApiClient {
  clientId: string;
  keyId: string;
  name: string;
  regionCode: string;
  feeds: string[];
  rateLimitPerMinute: number;
}

export function isPublic(access: Access): access is { public: string } {
  return 'public' in access;
}

export function isApiClientAccess(access: Access): access is { apiClient: string; scope: 'client-region' } {
  return 'apiClient' in access;
}

export function allows(access: Access, actor: Actor | null): 'ok' | 'unauthenticated' | 'forbidden' {
  if (isPublic(access)) return 'ok';
  if (isApiClientAccess(access)) return 'unauthenticated';
  if (!actor) return 'unauthenticated';
  if (access.roles === 'any-authenticated') return 'ok';
  return actor.roles.some((r) => access.roles.includes(r.role)) ? 'ok' : 'forbidden';
}

/** The caller's assignments for the roles a route allows, for scoping in services. */
export function assignmentsFor(actor: Actor, roles: readonly Role[]): RoleAssignment[] {
  return actor.roles.filter((r) => roles.includes(r.role));
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    apiClient: ApiClient | null;
  }
}
