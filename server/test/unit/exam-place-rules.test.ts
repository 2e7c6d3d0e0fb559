import { describe, expect, it } from 'vitest';
import { defaultCategories } from '../../src/modules/categories/categories.data.js';
import { applicationPlaceAllowed, CROSS_CITY_SPECIAL_WORK_GROUPS, isCrossCityCategory } from '../../src/modules/exams/place-rules.js';

describe('N2.6 place rules', () => {
  it('lists exactly the six cross-city categories of the notice', () => {
    expect(CROSS_CITY_SPECIAL_WORK_GROUPS.map((g) => g.name)).toEqual(['制冷与空调作业', '金属非金属矿山安全作业', '石油天然气安全作业', '冶金（有色）生产安全作业', '危险化学品安全作业', '烟花爆竹安全作业']);
  });

  it('marks as cross-city every catalogue item in those groups and no other category', () => {
    const categories = defaultCategories();
    const crossCity = categories.filter((c) => isCrossCityCategory(c.id));
    expect(new Set(crossCity.map((c) => c.groupName))).toEqual(new Set(CROSS_CITY_SPECIAL_WORK_GROUPS.map((g) => g.name)));
    expect(crossCity.every((c) => c.kind === 'special_work')).toBe(true);
    for (const id of ['special_work:30号令-2015:1.1', 'special_work:30号令-2015:5.1', 'principal:hazchem_operation', 'special_work:2026-19号令:9.3']) expect(isCrossCityCategory(id)).toBe(false);
    for (const id of ['special_work:30号令-2015:4.1', 'special_work:30号令-2015:9.16', 'special_work:30号令-2015:10.5', 'special_work:30号令-2015:7.1']) expect(isCrossCityCategory(id)).toBe(true);
  });

  it('lets a special-operation candidate apply only in the city of household registration, work or residence', () => {
    const places = { householdCityCode: '440300', workCityCode: '440100', residenceCityCode: null };
    expect(applicationPlaceAllowed('special_work:30号令-2015:1.1', '440100', places)).toBe(true);
    expect(applicationPlaceAllowed('special_work:30号令-2015:1.1', '440300', places)).toBe(true);
    expect(applicationPlaceAllowed('special_work:30号令-2015:1.1', '440600', places)).toBe(false);
    expect(applicationPlaceAllowed('special_work:30号令-2015:9.3', '440600', places)).toBe(false);
    expect(applicationPlaceAllowed('principal:hazchem_operation', '440600', places)).toBe(true);
  });
});
