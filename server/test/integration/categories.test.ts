import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/platform/clock.js';
import { loginAs, startTestApp, type TestApp } from '../support/test-app.js';

/** M14, M18, M19: categories and their hour requirements, as dated versions the province edits. */
const clock = fixedClock(new Date('2026-11-23T02:00:00Z'));
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(async () => {
  await t?.stop();
});

const LOW_VOLTAGE = 'special_work:30号令-2015:1.1';
const COAL_ELECTRICAL = 'special_work:30号令-2015:5.1';

describe('training categories', () => {
  it('ships the managers by industry and the special-work items, public to anyone', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/categories' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; kind: string; name: string; hourRule: { initialTheoryHours: number | null; unverified: boolean } }[];
    expect(items.filter((c) => c.kind === 'special_work')).toHaveLength(54);
    expect(items.find((c) => c.id === 'safety_manager:hazchem_production')?.hourRule?.initialTheoryHours).toBe(56);
    const lowVoltage = items.find((c) => c.id === LOW_VOLTAGE)!;
    expect(lowVoltage.name).toBe('低压电工作业');
    expect(lowVoltage.hourRule).toMatchObject({ initialTheoryHours: 88, initialPracticalHours: 60, onlineTheoryMaxRatio: 0.8, unverified: true });
  });

  it('computes what an initial class must plan: theory, practical, and at most 80 % online (M19)', async () => {
    expect(await t.services.categories.requiredHours(LOW_VOLTAGE, 'initial', '2026-11-23')).toEqual({ theoryHours: 88, practicalHours: 60, maxOnlineHours: 70 });
    expect(await t.services.categories.requiredHours(LOW_VOLTAGE, 'refresher', '2026-11-23')).toEqual({ theoryHours: 8, practicalHours: 0, maxOnlineHours: 8 });
  });

  it('refuses a class for an item whose hours are not set yet', async () => {
    await expect(t.services.categories.requiredHours(COAL_ELECTRICAL, 'initial', '2026-11-23')).rejects.toMatchObject({ code: 'CATEGORY_HOURS_NOT_SET' });
  });

  it('only the provincial regulator sets hours; a city regulator is refused', async () => {
    const body = { effectiveFrom: '2026-12-01', initialTheoryHours: 80, initialPracticalHours: 40, refresherHours: 8, onlineTheoryMaxRatio: 0.8, note: '依据应急管理部令第19号及新版特种作业目录' };
    const city = await loginAs(t, 'gz-yjj');
    const refused = await t.app.inject({ method: 'POST', url: `/api/v1/categories/${encodeURIComponent(COAL_ELECTRICAL)}/hour-rules`, headers: city.headers, payload: body });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('CATEGORY_RULE_PROVINCE_ONLY');
    const learner = await loginAs(t, '440106199001011235');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/categories/${encodeURIComponent(COAL_ELECTRICAL)}/hour-rules`, headers: learner.headers, payload: body })).statusCode).toBe(403);

    const province = await loginAs(t, 'gd-yjt');
    const ok = await t.app.inject({ method: 'POST', url: `/api/v1/categories/${encodeURIComponent(COAL_ELECTRICAL)}/hour-rules`, headers: province.headers, payload: body });
    expect(ok.statusCode).toBe(201);

    // Dated: not yet in force today, in force from its date; the old version is kept.
    await expect(t.services.categories.requiredHours(COAL_ELECTRICAL, 'initial', '2026-11-30')).rejects.toMatchObject({ code: 'CATEGORY_HOURS_NOT_SET' });
    expect(await t.services.categories.requiredHours(COAL_ELECTRICAL, 'initial', '2026-12-01')).toEqual({ theoryHours: 80, practicalHours: 40, maxOnlineHours: 64 });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/categories/${encodeURIComponent(COAL_ELECTRICAL)}` })).json();
    expect(detail.history).toHaveLength(2);
    const audited = await t.database.db.selectFrom('audit_log').select('action').where('target_id', '=', COAL_ELECTRICAL).execute();
    expect(audited.map((a) => a.action)).toContain('categories.hour_rule_set');
  });

  it('hour rule versions cannot be edited in place', async () => {
    await expect(sql`update category_hour_rules set initial_theory_hours = 1`.execute(t.database.db)).rejects.toThrow(/APPEND_ONLY/);
  });

  it('rejects an online share above 100 %', async () => {
    const province = await loginAs(t, 'gd-yjt');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/categories/${encodeURIComponent(LOW_VOLTAGE)}/hour-rules`,
      headers: province.headers,
      payload: { effectiveFrom: '2026-12-01', initialTheoryHours: 80, initialPracticalHours: 40, refresherHours: 8, onlineTheoryMaxRatio: 1.5, note: '测试' },
    });
    expect(res.statusCode).toBe(400);
  });
});
