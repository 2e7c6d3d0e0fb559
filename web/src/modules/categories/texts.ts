/** zh-CN text of the category pickers. */
export const categoryTexts = {
  placeholder: '请选择培训类别，可多选',
  searchHint: '输入名称查找',
  more: (n: number) => `等 ${n} 项`,
  none: '—',
  allTitle: '培训类别',
};
