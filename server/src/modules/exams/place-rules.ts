/**
 * N2.6: where an exam may be applied for and sat.
 * Special-operation (特种作业) candidates apply in the city of their household
 * registration (户籍), work (从业) or residence (常住). Cross-city exams may be
 * arranged only for the categories below.
 */

/** The special-work catalogue the category ids below belong to (see categories.data.ts). */
export const CROSS_CITY_CATALOGUE_VERSION = '30号令-2015';

/**
 * N2.6 (粤应急规〔2023〕3号 二（六）): 非金属矿山, 石油天然气, 危险化学品安全作业,
 * 冶金（有色）生产安全作业, 烟花爆竹安全作业, 制冷与空调作业, as groups of the
 * national special-work catalogue. The catalogue has one group for 金属非金属矿山
 * and does not separate non-metal mines, so the whole group 6 is listed.
 */
export const CROSS_CITY_SPECIAL_WORK_GROUPS = [
  { group: '4', name: '制冷与空调作业' },
  { group: '6', name: '金属非金属矿山安全作业' },
  { group: '7', name: '石油天然气安全作业' },
  { group: '8', name: '冶金（有色）生产安全作业' },
  { group: '9', name: '危险化学品安全作业' },
  { group: '10', name: '烟花爆竹安全作业' },
] as const;

const SPECIAL_WORK_PREFIX = 'special_work:';

export function isSpecialWork(categoryId: string): boolean {
  return categoryId.startsWith(SPECIAL_WORK_PREFIX);
}

/** N2.6: whether candidates of this category may sit an exam in another city. */
export function isCrossCityCategory(categoryId: string): boolean {
  const [kind, version, code] = categoryId.split(':');
  if (kind !== 'special_work' || version !== CROSS_CITY_CATALOGUE_VERSION || !code) return false;
  const group = code.split('.')[0];
  return CROSS_CITY_SPECIAL_WORK_GROUPS.some((g) => g.group === group);
}

export interface DeclaredPlaces {
  householdCityCode: string;
  workCityCode: string | null;
  residenceCityCode: string | null;
}

/** N2.6: a special-operation application must be in the city of household registration, work or residence. */
export function applicationPlaceAllowed(categoryId: string, cityCode: string, places: DeclaredPlaces): boolean {
  if (!isSpecialWork(categoryId)) return true;
  return [places.householdCityCode, places.workCityCode, places.residenceCityCode].includes(cityCode);
}
