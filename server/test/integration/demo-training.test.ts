import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestApp, type TestApp } from '../support/test-app.js';

/** `npm start` shows the whole product: the demo learner's completed class has its certificate (M25) and archive (M26). */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ env: { XUNKAO_DEMO_TRAINING: '1' } });
});
afterAll(async () => {
  await t?.stop();
});

describe('demo training history', () => {
  it('gives the supervision queries a second Tianhe institution and a Shenzhen one, each region seeing only its own (M29)', async () => {
    const regions = async (who: string) =>
      ((await t.app.inject({ method: 'GET', url: '/api/v1/oversight/enrolments?pageSize=100', headers: (await loginAs(t, who)).headers })).json().items as { regionCode: string }[]).map((i) => i.regionCode);
    expect(new Set(await regions('th-yjj'))).toEqual(new Set(['440106']));
    expect((await regions('th-yjj')).length).toBeGreaterThanOrEqual(6);
    expect(new Set(await regions('sz-yjj'))).toEqual(new Set(['440304']));
    const certificates = await t.app.inject({ method: 'GET', url: '/api/v1/oversight/certificates', headers: (await loginAs(t, 'sz-yjj')).headers });
    expect(certificates.json().total).toBe(1);
  });

  it("gives the demo learner a completed class with a valid certificate, once", async () => {
    const learner = await loginAs(t, '440106199001011235');
    const items = (await t.app.inject({ method: 'GET', url: '/api/v1/me/certificates', headers: learner.headers })).json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: 'valid', className: '低压电工初训班（演示·已结业）', totalStudyHours: 148 });
    const issued = (await t.database.db.selectFrom('certificates').select('id').execute()).length;
    await t.close();
    const restarted = await startTestApp({ restartOf: t, env: { XUNKAO_DEMO_TRAINING: '1' } });
    expect(await restarted.database.db.selectFrom('certificates').select('id').execute()).toHaveLength(issued);
    await restarted.close();
  });
});
