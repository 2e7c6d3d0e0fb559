/** zh-CN text of the shell: navigation, workbench and learner home. */
export const navTexts = {
  workbench: '工作台',
  regions: '行政区划',
  account: '账号与安全',
  learnerHome: '首页',
  learnerAccount: '我的',
};

export const shellTexts = {
  switchRole: '切换角色',
  currentRole: '当前角色',
  logout: '退出登录',
  logoutConfirm: '确定要退出登录吗？',
  loggedOut: '已退出登录',
  collapse: '收起菜单',
  expand: '展开菜单',
  loading: '正在加载…',
  notFoundTitle: '页面不存在',
  notFoundBody: '您访问的页面不存在或已被移除，请检查地址是否正确。',
  forbiddenTitle: '暂无访问权限',
  forbiddenBody: '当前角色不能访问此页面。如需开通，请联系所在单位管理员。',
  backHome: '返回首页',
  retry: '重新加载',
  loadFailed: '加载失败',
  sessionExpired: '登录已失效，请重新登录',
};

export const workbenchTexts = {
  greeting: (name: string) => `您好，${name}`,
  intro: '欢迎使用训考平台。以下是您当前的身份与数据范围，平台内看到的数据均以此为限。',
  account: '登录账号',
  role: '当前角色',
  scope: '数据范围',
  scopeKind: '范围类别',
  regionCode: '行政区划代码',
  readyTitle: '平台基础功能已就绪',
  readyBody: '账号登录（含广东省统一身份认证）、登录设备与密码管理、全省行政区划数据已可使用，各项业务功能将陆续开放。',
  readyItems: ['账号密码登录与统一身份认证', '登录设备管理与密码修改', '操作全程留痕，可追溯'],
  shortcuts: '常用功能',
};

export const learnerHomeTexts = {
  greeting: (name: string) => `${name}，您好`,
  welcome: '欢迎来到训考平台',
  classesTitle: '我的培训班',
  noClassesTitle: '暂时还没有培训班',
  noClassesBody: '培训机构为您报名后，您参加的培训班会显示在这里，点开就能开始学习。',
  otherRoles: '切换到我的其他身份',
  tipsTitle: '学习前请准备',
  tips: ['一部能正常上网的手机', '学习时请正对摄像头，保持光线充足', '本人身份证，以备核对身份'],
};

export const shortcutHints: Record<string, string> = {
  regions: '查看全省各市、县（区）行政区划代码',
  account: '管理登录设备，修改登录密码',
};
