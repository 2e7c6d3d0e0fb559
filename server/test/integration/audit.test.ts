import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../src/platform/crypto/signing.js';
import { headPayload } from '../../src/modules/audit/audit.service.js';
import { runCli } from '../support/cli.js';
import { loginAs, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ jobs: true });
});
afterAll(async () => {
  await t?.stop();
});

describe('audit chain', () => {
  it('records a state change in the same transaction, chained to the previous entry', async () => {
    const before = await t.database.db.selectFrom('audit_log').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await loginAs(t, 'gz-yjj');
    const rows = await t.database.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(2).execute();
    expect(Number(before.n)).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ action: 'auth.login', target_type: 'session', actor_account_id: expect.any(String) });
    expect(rows[0]!.prev_hash).toBe(rows[1]!.hash);
  });

  it('rejects UPDATE, DELETE and TRUNCATE on the audit table at the database level', async () => {
    const { db } = t.database;
    await expect(sql`update audit_log set action = 'forged' where id = 1`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`delete from audit_log where id = 1`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    await expect(sql`truncate audit_log`.execute(db)).rejects.toThrow(/APPEND_ONLY/);
    const first = await db.selectFrom('audit_log').select('action').where('id', '=', 1).executeTakeFirstOrThrow();
    expect(first.action).not.toBe('forged');
  });

  it('the daily job signs the chain head with the published Ed25519 key', async () => {
    await t.jobs!.runNow('audit.sign-daily-head');
    const [head] = await t.services.audit.heads(1);
    expect(head).toBeDefined();
    const key = (await t.app.inject({ method: 'GET', url: '/api/v1/audit/public-key' })).json();
    expect(key.algorithm).toBe('Ed25519');
    expect(verifySignature(key.publicKeyPem, headPayload(head!.day, head!.lastAuditId, head!.headHash, head!.keyId), head!.signature)).toBe(true);
    expect(verifySignature(key.publicKeyPem, headPayload(head!.day, head!.lastAuditId + 1, head!.headHash, head!.keyId), head!.signature)).toBe(false);
  });

  it('verify-audit passes on an intact chain and names the first corrupted entry', async () => {
    expect(await t.services.audit.verify()).toMatchObject({ ok: true, broken: null });
    const victim = await t.database.db.selectFrom('audit_log').select('id').orderBy('id').offset(3).limit(1).executeTakeFirstOrThrow();
    // An attacker with database superuser rights disables the trigger and edits one entry.
    await sql`alter table audit_log disable trigger audit_log_append_only`.execute(t.database.db);
    await sql`update audit_log set action = 'auth.logout' where id = ${victim.id}`.execute(t.database.db);
    await sql`alter table audit_log enable trigger audit_log_append_only`.execute(t.database.db);

    expect(await t.services.audit.verify()).toMatchObject({ ok: false, broken: { id: victim.id, reason: 'hash_mismatch' } });

    // The operator's command names it too (the embedded database must be closed first: one process per data dir).
    await t.close();
    const res = runCli(['verify-audit'], t.cliEnv);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(`id=${victim.id}`);
  });
});
