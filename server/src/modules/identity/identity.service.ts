import type { Transaction } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';
import { hmacHex, randomToken, sha256Hex } from '../../platform/crypto/hash.js';
import { seal } from '../../platform/crypto/sealing.js';
import { createBatcher } from '../../platform/db/batcher.js';
import type { Db } from '../../platform/db/database.js';
import type { Actor, RoleAssignment } from '../../platform/http/access.js';
import type { AuditActor, AuditService } from '../audit/index.js';
import { checkIdNumber, maskIdNumber } from './id-number.js';
import { IdentityErrors } from './identity.errors.js';
import { isLocked, LOCKOUT_MINUTES, MAX_FAILED_LOGINS, sessionExpiry, SESSION_TOUCH_SECONDS } from './identity.policy.js';
import * as repo from './identity.repository.js';
import { hashPassword, isStrongEnough, verifyPassword } from './password.js';

export interface Me {
  account: { id: string; kind: 'learner' | 'staff'; displayName: string; username: string };
  roles: RoleAssignment[];
  csrfToken: string;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface NewSession {
  token: string;
  me: Me;
}

export function createIdentityService(deps: { db: Db; clock: Clock; audit: AuditService; dataKey: Buffer; lookupKey: Buffer }) {
  const { db, clock, audit } = deps;

  /** Logins are looked up by an HMAC, so a learner's ID number never sits in clear in an index (M27, M28). */
  const loginKey = (login: string) => hmacHex(deps.lookupKey, `login:${login.trim().toUpperCase()}`);
  const idNumberHmac = (id: string) => hmacHex(deps.lookupKey, `id-number:${id}`);

  /** An ID number as it is stored anywhere: sealed, HMAC for lookups, masked for display (M27, M28). */
  function protectIdNumber(normalized: string) {
    return { enc: seal(deps.dataKey, normalized), hmac: idNumberHmac(normalized), masked: maskIdNumber(normalized) };
  }

  function anonymous(client: ClientInfo): AuditActor {
    return { accountId: null, role: 'anonymous', scope: null, requestId: client.requestId };
  }

  async function startSession(accountId: string, method: 'password' | 'oidc', client: ClientInfo): Promise<NewSession> {
    const token = randomToken();
    const csrfToken = randomToken();
    const now = clock.now();
    await db.transaction().execute(async (tx) => {
      const session = await repo.insertSession(tx, {
        tokenHash: sha256Hex(token),
        accountId,
        csrfToken,
        authMethod: method,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
        ip: client.ip,
        now,
        expiresAt: sessionExpiry(now, now),
      });
      await audit.record(tx, { accountId, role: 'self', scope: null, requestId: client.requestId }, {
        action: method === 'oidc' ? 'auth.login_oidc' : 'auth.login',
        targetType: 'session',
        targetId: session.id,
        change: { ip: client.ip, userAgent: client.userAgent },
      });
    });
    const actor = await resolveSession(token);
    if (!actor) throw new Error('session vanished right after creation');
    return { token, me: toMe(actor) };
  }

  /**
   * Checks a password with lockout; every failed attempt is audited. Used by
   * the platform's own login and by the demo unified-identity provider.
   */
  async function verifyCredentials(username: string, password: string, client: ClientInfo) {
    const account = await repo.findAccountByLoginKey(db, loginKey(username));
    const now = clock.now();
    if (account && isLocked(account.locked_until, now)) {
      await auditFailure(account.id, 'locked', client);
      throw IdentityErrors.AUTH_LOCKED({ until: account.locked_until?.toISOString() });
    }
    const passwordOk = await verifyPassword(account?.password_hash ?? null, password);
    if (!account || !passwordOk) {
      if (account) await registerFailure(account.id, account.failed_logins, client);
      else await auditFailure(null, 'unknown_account', client);
      throw IdentityErrors.AUTH_INVALID_CREDENTIALS();
    }
    if (account.status !== 'active') {
      await auditFailure(account.id, 'disabled', client);
      throw IdentityErrors.AUTH_ACCOUNT_DISABLED();
    }
    if (account.failed_logins > 0) await repo.clearFailedLogins(db, account.id);
    return { id: account.id, kind: account.kind, oidcSubject: account.oidc_subject };
  }

  /** Password login (a learner's username is the 18-digit ID number). */
  async function login(username: string, password: string, client: ClientInfo): Promise<NewSession> {
    const account = await verifyCredentials(username, password, client);
    return startSession(account.id, 'password', client);
  }

  /** Five failures in a row lock the account for fifteen minutes. */
  async function registerFailure(accountId: string, previousFailures: number, client: ClientInfo) {
    const failures = previousFailures + 1;
    const lock = failures >= MAX_FAILED_LOGINS;
    const lockedUntil = lock ? new Date(clock.now().getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await db.transaction().execute(async (tx) => {
      await repo.recordFailedLogin(tx, accountId, lock ? 0 : failures, lockedUntil);
      await audit.record(tx, anonymous(client), {
        action: lock ? 'auth.locked' : 'auth.login_failed',
        targetType: 'account',
        targetId: accountId,
        change: { failures, lockedUntil },
      });
    });
  }

  async function auditFailure(accountId: string | null, reason: string, client: ClientInfo) {
    await db.transaction().execute((tx) =>
      audit.record(tx, anonymous(client), { action: 'auth.login_failed', targetType: 'account', targetId: accountId, change: { reason, ip: client.ip } }),
    );
  }

  async function loginWithOidc(subject: string, client: ClientInfo): Promise<NewSession> {
    const account = await repo.findAccountByOidcSubject(db, subject);
    if (!account) {
      await auditFailure(null, 'oidc_not_linked', client);
      throw IdentityErrors.AUTH_OIDC_NOT_LINKED();
    }
    if (account.status !== 'active') throw IdentityErrors.AUTH_ACCOUNT_DISABLED();
    return startSession(account.id, 'oidc', client);
  }

  /** Every authenticated request resolves its cookie; concurrent ones share one query (issue 6: heartbeats). */
  const findLiveSession = createBatcher(
    async (hashes: string[]) => {
      const rows = new Map((await repo.findLiveSessions(db, [...new Set(hashes)])).map((r) => [r.tokenHash, r]));
      return hashes.map((h) => rows.get(h));
    },
    { maxSize: 200, maxInFlight: 4 },
  );

  /** Cookie → caller; expired, revoked or disabled sessions resolve to nobody. */
  async function resolveSession(token: string): Promise<Actor | null> {
    const row = await findLiveSession(sha256Hex(token));
    const now = clock.now();
    if (!row || row.status !== 'active' || row.expiresAt.getTime() <= now.getTime()) return null;
    if (now.getTime() - row.lastSeenAt.getTime() > SESSION_TOUCH_SECONDS * 1000) {
      await repo.touchSession(db, row.sessionId, now, sessionExpiry(row.createdAt, now));
    }
    return {
      accountId: row.accountId,
      sessionId: row.sessionId,
      kind: row.kind,
      displayName: row.displayName,
      username: row.kind === 'learner' ? (row.maskedIdNumber ?? '') : (row.username ?? ''),
      roles: repo.toRoleAssignments(row.roles),
      csrfToken: row.csrfToken,
    };
  }

  function toMe(actor: Actor): Me {
    return {
      account: { id: actor.accountId, kind: actor.kind, displayName: actor.displayName, username: actor.username },
      roles: actor.roles,
      csrfToken: actor.csrfToken,
    };
  }

  async function logout(actor: Actor, client: ClientInfo) {
    await db.transaction().execute(async (tx) => {
      await repo.revokeSession(tx, actor.sessionId, actor.accountId, clock.now());
      await audit.record(tx, auditActorOf(actor, client.requestId), { action: 'auth.logout', targetType: 'session', targetId: actor.sessionId });
    });
  }

  async function listSessions(actor: Actor) {
    const rows = await repo.activeSessions(db, actor.accountId, clock.now());
    return rows.map((s) => ({
      id: s.id,
      createdAt: s.created_at.toISOString(),
      lastSeenAt: s.last_seen_at.toISOString(),
      userAgent: s.user_agent,
      ip: s.ip,
      method: s.auth_method,
      current: s.id === actor.sessionId,
    }));
  }

  async function revokeSession(actor: Actor, sessionId: string, client: ClientInfo) {
    await db.transaction().execute(async (tx) => {
      const revoked = await repo.revokeSession(tx, sessionId, actor.accountId, clock.now());
      if (!revoked) throw IdentityErrors.SESSION_NOT_FOUND();
      await audit.record(tx, auditActorOf(actor, client.requestId), { action: 'auth.session_revoked', targetType: 'session', targetId: sessionId });
    });
  }

  /** Changing the password ends every other session of the account. */
  async function changePassword(actor: Actor, currentPassword: string, newPassword: string, client: ClientInfo) {
    const account = await repo.findAccountById(db, actor.accountId);
    if (!account || !(await verifyPassword(account.password_hash, currentPassword))) throw IdentityErrors.AUTH_INVALID_CREDENTIALS();
    if (!isStrongEnough(newPassword)) throw IdentityErrors.AUTH_WEAK_PASSWORD();
    const passwordHash = await hashPassword(newPassword);
    await db.transaction().execute(async (tx) => {
      const now = clock.now();
      await repo.setPassword(tx, actor.accountId, passwordHash, now);
      await repo.revokeOtherSessions(tx, actor.accountId, actor.sessionId, now);
      await audit.record(tx, auditActorOf(actor, client.requestId), { action: 'auth.password_changed', targetType: 'account', targetId: actor.accountId });
    });
  }

  /**
   * A password set on someone's behalf (face-verified reset, or an institution
   * that checked the person): every session of the account ends.
   */
  async function resetPassword(accountId: string, newPassword: string, by: AuditActor, options: { mustChange?: boolean } = {}) {
    if (!isStrongEnough(newPassword)) throw IdentityErrors.AUTH_WEAK_PASSWORD();
    const passwordHash = await hashPassword(newPassword);
    await db.transaction().execute(async (tx) => {
      const now = clock.now();
      await repo.setPassword(tx, accountId, passwordHash, now, options.mustChange ?? false);
      await repo.revokeOtherSessions(tx, accountId, '00000000-0000-0000-0000-000000000000', now);
      await repo.clearFailedLogins(tx, accountId);
      await audit.record(tx, by, { action: 'auth.password_reset', targetType: 'account', targetId: accountId, change: { by: by.scope } });
    });
  }

  /** Creates a staff account with its roles; inside the caller's transaction when one is given. */
  async function createStaffAccount(
    input: { username: string; displayName: string; password: string | null; oidcSubject?: string | null; roles: RoleAssignment[]; isDemo?: boolean },
    by: AuditActor,
    within?: Transaction<Database>,
  ): Promise<string> {
    if (input.password && !isStrongEnough(input.password)) throw IdentityErrors.AUTH_WEAK_PASSWORD();
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const run = <T>(fn: (tx: Transaction<Database>) => Promise<T>) => (within ? fn(within) : db.transaction().execute(fn));
    return run(async (tx) => {
      if (await repo.findAccountByLoginKey(tx, loginKey(input.username))) throw IdentityErrors.ACCOUNT_EXISTS();
      const { id } = await repo.insertAccount(tx, {
        kind: 'staff',
        loginKey: loginKey(input.username),
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        oidcSubject: input.oidcSubject ?? null,
        isDemo: input.isDemo ?? false,
        mustChangePassword: false,
      });
      for (const r of input.roles) await repo.insertRoleAssignment(tx, id, r);
      await audit.record(tx, by, { action: 'account.created', targetType: 'account', targetId: id, change: { username: input.username, roles: input.roles } });
      return id;
    });
  }

  /**
   * Real-name learner account (M24): the ID number is validated, sealed and
   * indexed by HMAC only (M27). Inside the caller's transaction when given (imports).
   */
  async function createLearnerAccount(
    input: {
      idNumber: string;
      name: string;
      password: string;
      employerName?: string | null;
      employerCreditCode?: string | null;
      jobCategory?: string | null;
      mustChangePassword?: boolean;
      isDemo?: boolean;
    },
    by: AuditActor,
    within?: Transaction<Database>,
  ): Promise<string> {
    const check = checkIdNumber(input.idNumber, clock.now());
    if (!check.ok) throw IdentityErrors.ID_NUMBER_INVALID({ problem: check.problem, reason: check.message });
    if (!isStrongEnough(input.password)) throw IdentityErrors.AUTH_WEAK_PASSWORD();
    const passwordHash = await hashPassword(input.password);
    const run = <T>(fn: (tx: Transaction<Database>) => Promise<T>) => (within ? fn(within) : db.transaction().execute(fn));
    return run(async (tx) => {
      if (await repo.findAccountByLoginKey(tx, loginKey(check.normalized))) throw IdentityErrors.ACCOUNT_EXISTS();
      const { id } = await repo.insertAccount(tx, {
        kind: 'learner',
        loginKey: loginKey(check.normalized),
        username: null,
        displayName: input.name,
        passwordHash,
        oidcSubject: null,
        isDemo: input.isDemo ?? false,
        mustChangePassword: input.mustChangePassword ?? false,
      });
      const protectedId = protectIdNumber(check.normalized);
      await repo.insertLearner(tx, {
        accountId: id,
        name: input.name,
        idNumberEnc: protectedId.enc,
        idNumberHmac: protectedId.hmac,
        idNumberMasked: protectedId.masked,
        gender: check.gender,
        birthDate: check.birthDate,
        employerName: input.employerName ?? null,
        employerCreditCode: input.employerCreditCode ?? null,
        jobCategory: input.jobCategory ?? null,
      });
      await repo.insertRoleAssignment(tx, id, { role: 'learner', scope: { kind: 'self', regionCode: null, orgId: null, label: '本人' } });
      await audit.record(tx, by, { action: 'learner.registered', targetType: 'account', targetId: id, change: { idNumberHmac: protectedId.hmac, employerName: input.employerName ?? null } });
      return id;
    });
  }

  /** The learner account of an ID number, if registered (imports enrol existing learners). */
  async function findLearnerByIdNumber(idNumber: string, within?: Transaction<Database>): Promise<string | null> {
    const account = await repo.findAccountByLoginKey(within ?? db, loginKey(idNumber));
    return account?.kind === 'learner' ? account.id : null;
  }

  return { protectIdNumber, findLearnerByIdNumber, resetPassword, verifyCredentials, login, loginWithOidc, resolveSession, toMe, logout, listSessions, revokeSession, changePassword, createStaffAccount, createLearnerAccount };
}

export type IdentityService = ReturnType<typeof createIdentityService>;

/** The audit actor for a signed-in caller: their roles and scopes, named. */
export function auditActorOf(actor: Actor, requestId: string | null): AuditActor {
  return {
    accountId: actor.accountId,
    role: actor.roles.map((r) => r.role).join(',') || actor.kind,
    scope: actor.roles.map((r) => r.scope.regionCode ?? r.scope.orgId ?? r.scope.kind).join(',') || null,
    requestId,
  };
}
