import { sql, type Transaction } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { Database } from '../../platform/db/schema.js';
import type { Role, RoleAssignment, ScopeKind } from '../../platform/http/access.js';

type Q = Db | Transaction<Database>;

export async function findAccountByLoginKey(q: Q, loginKey: string) {
  return q.selectFrom('accounts').selectAll().where('login_key', '=', loginKey).executeTakeFirst();
}

export async function findAccountByOidcSubject(q: Q, subject: string) {
  return q.selectFrom('accounts').selectAll().where('oidc_subject', '=', subject).where('kind', '=', 'staff').executeTakeFirst();
}

export async function findAccountById(q: Q, id: string) {
  return q.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function recordFailedLogin(q: Q, accountId: string, failedLogins: number, lockedUntil: Date | null) {
  await q.updateTable('accounts').set({ failed_logins: failedLogins, locked_until: lockedUntil }).where('id', '=', accountId).execute();
}

export async function clearFailedLogins(q: Q, accountId: string) {
  await q.updateTable('accounts').set({ failed_logins: 0, locked_until: null }).where('id', '=', accountId).execute();
}

export async function setPassword(q: Q, accountId: string, passwordHash: string, at: Date, mustChange = false) {
  await q.updateTable('accounts').set({ password_hash: passwordHash, password_changed_at: at, must_change_password: mustChange }).where('id', '=', accountId).execute();
}

export async function insertAccount(
  q: Q,
  a: { kind: 'learner' | 'staff'; loginKey: string; username: string | null; displayName: string; passwordHash: string | null; oidcSubject: string | null; isDemo: boolean; mustChangePassword: boolean },
) {
  return q
    .insertInto('accounts')
    .values({
      kind: a.kind,
      login_key: a.loginKey,
      username: a.username,
      display_name: a.displayName,
      password_hash: a.passwordHash,
      oidc_subject: a.oidcSubject,
      status: 'active',
      is_demo: a.isDemo,
      must_change_password: a.mustChangePassword,
      locked_until: null,
      password_changed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertLearner(
  q: Q,
  l: {
    accountId: string;
    name: string;
    idNumberEnc: string;
    idNumberHmac: string;
    idNumberMasked: string;
    gender: 'male' | 'female';
    birthDate: string;
    employerName: string | null;
    employerCreditCode: string | null;
    jobCategory: string | null;
  },
) {
  await q
    .insertInto('learners')
    .values({
      account_id: l.accountId,
      name: l.name,
      id_number_enc: l.idNumberEnc,
      id_number_hmac: l.idNumberHmac,
      id_number_masked: l.idNumberMasked,
      gender: l.gender,
      birth_date: l.birthDate,
      employer_name: l.employerName,
      employer_credit_code: l.employerCreditCode,
      job_category: l.jobCategory,
    })
    .execute();
}

export async function insertRoleAssignment(q: Q, accountId: string, r: RoleAssignment) {
  await q
    .insertInto('role_assignments')
    .values({ account_id: accountId, role: r.role, scope_kind: r.scope.kind, region_code: r.scope.regionCode, org_id: r.scope.orgId, scope_label: r.scope.label })
    .execute();
}

type RoleRow = { role: string; scope_kind: string; region_code: string | null; org_id: string | null; scope_label: string };

export function toRoleAssignments(rows: RoleRow[]): RoleAssignment[] {
  return rows.map((r) => ({
    role: r.role as Role,
    scope: { kind: r.scope_kind as ScopeKind, regionCode: r.region_code, orgId: r.org_id, label: r.scope_label },
  }));
}

export async function insertSession(
  q: Q,
  s: { tokenHash: string; accountId: string; csrfToken: string; authMethod: 'password' | 'oidc'; userAgent: string | null; ip: string | null; now: Date; expiresAt: Date },
) {
  return q
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      account_id: s.accountId,
      csrf_token: s.csrfToken,
      auth_method: s.authMethod,
      user_agent: s.userAgent,
      ip: s.ip,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export interface LiveSessionRow {
  sessionId: string;
  tokenHash: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  accountId: string;
  kind: 'learner' | 'staff';
  displayName: string;
  username: string | null;
  status: string;
  maskedIdNumber: string | null;
  roles: RoleRow[];
}

/**
 * The live sessions among these token hashes, with the account, the learner's
 * masked ID number and the roles: one query for a batch of requests. Every
 * authenticated request runs it (heartbeats: thousands a second), so it is
 * plain SQL — the query builder spent more time building this join than
 * PostgreSQL spent answering it.
 */
export async function findLiveSessions(q: Q, tokenHashes: string[]): Promise<LiveSessionRow[]> {
  const { rows } = await sql<LiveSessionRow>`
    select s.id as "sessionId", s.token_hash as "tokenHash", s.csrf_token as "csrfToken",
           s.created_at as "createdAt", s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt",
           a.id as "accountId", a.kind, a.display_name as "displayName", a.username, a.status,
           l.id_number_masked as "maskedIdNumber",
           coalesce((select json_agg(json_build_object('role', r.role, 'scope_kind', r.scope_kind, 'region_code', r.region_code,
                                                       'org_id', r.org_id, 'scope_label', r.scope_label) order by r.created_at)
                       from role_assignments r where r.account_id = a.id), '[]') as roles
      from sessions s
      join accounts a on a.id = s.account_id
      left join learners l on l.account_id = a.id
     where s.token_hash = any(${tokenHashes}::text[]) and s.revoked_at is null`.execute(q);
  return rows;
}

export async function touchSession(q: Q, sessionId: string, now: Date, expiresAt: Date) {
  await q.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id', '=', sessionId).execute();
}

export async function revokeSession(q: Q, sessionId: string, accountId: string, now: Date): Promise<boolean> {
  const res = await q
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function revokeOtherSessions(q: Q, accountId: string, keepSessionId: string, now: Date) {
  await q.updateTable('sessions').set({ revoked_at: now }).where('account_id', '=', accountId).where('id', '!=', keepSessionId).where('revoked_at', 'is', null).execute();
}

export async function activeSessions(q: Q, accountId: string, now: Date) {
  return q
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'user_agent', 'ip', 'auth_method'])
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
}
