/** zh-CN text of the shell: navigation, workbench and learner home. */
export const navTexts = {
  workbench: '工作台',
  regions: '行政区划',
  account: '账号与安全',
  learnerHome: '首页',
  learnerHours: '学时',
  learnerAccount: '我的',
  registrations: '机构备案',
  teachers: '教师管理',
  courses: '课程管理',
  questionBanks: '题库管理',
  applications: '备案审核',
  teacherApprovals: '教师核准',
  regionCourses: '辖区课程',
  courseReviews: '课程审核',
  learnerSupport: '客服',
  supportQueue: '客服工单',
  slaReport: '客服时效',
  myTickets: '我的工单',
  announcements: '公告管理',
  moderation: '禁止发布词库',
  operations: '运行状态',
};

export const publicShellTexts = {
  navLabel: '公开服务',
  institutions: '网络培训机构名单',
  signup: '培训机构注册',
  announcements: '通知公告',
  support: '在线客服',
  login: '登录',
  footerNote: '建议使用 Chrome、Edge 或 360 浏览器（极速模式）访问',
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
  readyBody: '账号登录（含广东省统一身份认证）、培训机构备案与网络培训公布、课程上传与两级审核已可使用，其余业务功能将陆续开放。',
  readyItems: ['培训机构备案：报告、核验登记、网络培训公布', '课程管理：音视频自动质量检测、机构与平台两级审核', '操作全程留痕，可追溯'],
  shortcuts: '常用功能',
};

export const learnerHomeTexts = {
  greeting: (name: string) => `${name}，您好`,
  welcome: '欢迎来到训考平台',
  otherRoles: '切换到我的其他身份',
  tipsTitle: '学习前请准备',
  tips: ['一部能正常上网的手机', '学习时请正对摄像头，保持光线充足', '本人身份证，以备核对身份'],
};

export const shortcutHints: Record<string, string> = {
  regions: '查看全省各市、县（区）行政区划代码',
  account: '管理登录设备，修改登录密码',
  registrations: '向市应急管理局报告备案，申报网络培训',
  teachers: '报告授课教师，查看核准情况',
  courses: '新建课程、上传课时，提交平台审核',
  applications: '办理辖区机构的备案、网络培训申报与注销',
  'teacher-approvals': '核准辖区培训机构报告的授课教师',
  'region-courses': '抽查辖区已发布课程的内容与音视频质量',
  'course-reviews': '对机构提交的课程逐项审核并发布',
};
