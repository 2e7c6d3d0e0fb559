import { GUANGDONG } from '../regions/index.js';

/**
 * N2.1: 广东省安全生产科学技术研究院 is the provincial exam institution; each
 * city names its own (原则上为部门内设机构或直属单位). The city names below are
 * working names until each city's bureau confirms its institution.
 */
export const PROVINCIAL_EXAM_INSTITUTION = { name: '广东省安全生产科学技术研究院', level: 'province' as const, regionCode: '440000' };

export function referenceExamInstitutions(): { name: string; level: 'province' | 'city'; regionCode: string }[] {
  return [PROVINCIAL_EXAM_INSTITUTION, ...GUANGDONG.children.map((city) => ({ name: `${city.name}安全生产考试中心`, level: 'city' as const, regionCode: city.code }))];
}
