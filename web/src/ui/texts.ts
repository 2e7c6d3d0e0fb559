/** The platform's name, shared by the login page and the shells. */
export const brandTexts = {
  name: '训考',
  fullTitle: '训考 · 广东省安全生产资格考试网络培训平台',
  platform: '广东省安全生产资格考试网络培训平台',
  browserHint: '建议使用 Chrome、Edge 或 360 浏览器（极速模式）访问',
};

/** zh-CN text of the shared presentational pieces. */
export const uiTexts = {
  loadFailed: '加载失败',
  retry: '重新加载',
  unknownError: '系统繁忙，请稍后重试',
  empty: '暂无数据',
  fieldInvalid: '填写的内容格式不正确，请检查',
  loadMore: '加载更多',
  noMore: '已全部加载',
  cancel: '取消',
  search: '查询',
  reset: '重置',
};
