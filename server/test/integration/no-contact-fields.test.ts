import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** M27: the platform keeps no phone number, WeChat id, e-mail or other contact detail of learners. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

const CONTACT = /phone|mobile|tel|wechat|weixin|wx|email|e_mail|mail|qq|contact|sms/i;

/** Tables that hold learner identity or that any learner row reaches directly. */
const LEARNER_TABLES = ['accounts', 'learners', 'sessions', 'role_assignments'];

describe('no learner contact fields (M27)', () => {
  it('no column of a learner-facing table is a contact field', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and table_name = any(${LEARNER_TABLES})`.execute(t.database.db);
    const tables = new Set(rows.map((r) => r.table_name));
    expect([...tables].sort()).toEqual([...LEARNER_TABLES].sort());
    const offending = rows.filter((r) => CONTACT.test(r.column_name)).map((r) => `${r.table_name}.${r.column_name}`);
    expect(offending).toEqual([]);
  });

  it('the learner registration schema in the API accepts no contact field', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const text = JSON.stringify(spec.paths);
    for (const word of ['phone', 'mobile', 'wechat', 'email']) expect(text.toLowerCase()).not.toContain(`"${word}"`);
  });
});
