import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpIdentityVerifier } from '../../src/modules/learners/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** M24 real-name registration, M27 no contact fields. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

const person = {
  name: '王小明',
  idNumber: '11010519491231002X',
  employerName: '广州市某化工有限公司',
  employerCreditCode: '91440101MA5AQ7K11T',
  jobCategory: '低压电工',
  password: 'Study2026',
};
const register = (body: object) => t.app.inject({ method: 'POST', url: '/api/v1/learners/register', payload: body });

describe('learner real-name registration (M24, M27)', () => {
  it('registers, signs in, and shows only the masked ID number', async () => {
    const res = await register(person);
    expect(res.statusCode).toBe(201);
    expect(res.json().account).toMatchObject({ kind: 'learner', displayName: '王小明', username: '1101**********002X' });
    expect((res.cookies as { name: string }[]).map((c) => c.name)).toContain('xk_session');
    const row = await t.database.db.selectFrom('learners').selectAll().where('name', '=', '王小明').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ gender: 'female', birth_date: '1949-12-31', employer_credit_code: '91440101MA5AQ7K11T' });
    expect(JSON.stringify(row)).not.toContain('11010519491231002X');
  });

  it('one account per ID number', async () => {
    expect((await register(person)).json().code).toBe('ACCOUNT_EXISTS');
  });

  it('refuses a bad ID number and a bad employer code with the reason', async () => {
    const badId = await register({ ...person, idNumber: '440106199002301234' });
    expect(badId.json()).toMatchObject({ code: 'ID_NUMBER_INVALID', details: { problem: 'BIRTH_DATE' } });
    const badCode = await register({ ...person, idNumber: '440106199001011235', employerCreditCode: '91440101MA59UQWE3X' });
    expect(badCode.json().code).toBe('EMPLOYER_CREDIT_CODE_INVALID');
  });

  it('refuses a phone number, WeChat or e-mail instead of storing it (M27)', async () => {
    for (const field of ['phone', 'wechat', 'email']) {
      const res = await register({ ...person, [field]: '13800138000' });
      expect(res.statusCode, field).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('external real-name service adapter', () => {
  let server: http.Server;
  let url: string;
  const seen: unknown[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const parsed = JSON.parse(body) as { name: string };
        seen.push({ auth: req.headers.authorization, ...parsed });
        if (parsed.name === '故障') {
          res.writeHead(502).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(parsed.name === '王小明' ? { match: true } : { match: false, reason: '姓名与号码不符' }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/verify`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('asks the service with its key, and passes its verdict on', async () => {
    const verifier = httpIdentityVerifier(url, 'secret-key-123');
    expect(await verifier.verify({ name: '王小明', idNumber: '11010519491231002X' })).toEqual({ ok: true });
    expect(await verifier.verify({ name: '李四', idNumber: '11010519491231002X' })).toEqual({ ok: false, reason: '姓名与号码不符' });
    expect(seen[0]).toMatchObject({ auth: 'Bearer secret-key-123', idNumber: '11010519491231002X' });
  });

  it('never asks about a number that is invalid on its face', async () => {
    const before = seen.length;
    expect((await httpIdentityVerifier(url, 'k').verify({ name: '王小明', idNumber: '110105194912310021' })).ok).toBe(false);
    expect(seen.length).toBe(before);
  });

  it('treats a failing service as an error, never as a match', async () => {
    await expect(httpIdentityVerifier(url, 'k').verify({ name: '故障', idNumber: '11010519491231002X' })).rejects.toThrow(/502/);
  });
});
