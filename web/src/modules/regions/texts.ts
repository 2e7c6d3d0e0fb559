import type { RegionLevel } from '../../api/types';

/** zh-CN text of the regions pages. */
export const regionTexts = {
  title: '行政区划',
  description: '全省地级以上市和县（市、区）的行政区划代码（GB/T 2260），是各项数据范围划分的依据。',
  cities: '地级以上市',
  counties: '县（市、区）',
  standard: '代码标准',
  standardValue: 'GB/T 2260',
  treeTitle: '区划树',
  searchPlaceholder: '输入名称或代码查找，如：天河 或 440106',
  noMatch: '没有找到匹配的行政区划',
  detailTitle: '区划详情',
  pickHint: '请在左侧选择一个行政区划查看详情',
  name: '名称',
  code: '区划代码',
  level: '级别',
  parent: '上级区划',
  children: '下辖区划',
  noCounties: '不设县级行政区，由市直接管辖镇街',
  none: '无',
  childCount: (n: number) => `共 ${n} 个`,
  yourScope: '本账号数据范围',
  cityPlaceholder: '请选择地级以上市',
  locationPlaceholder: '请选择所在市、县（区）',
};

export const levelNames: Record<RegionLevel, string> = {
  province: '省',
  city: '地级以上市',
  county: '县（市、区）',
};
