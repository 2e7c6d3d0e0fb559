import type { Role, ScopeKind } from '../../api/types';

/** Role names as users know them. */
export const roleNames: Record<Role, string> = {
  learner: '学员',
  institution_admin: '培训机构管理员',
  teacher: '教师',
  platform_operator: '平台运营',
  regulator: '应急管理部门',
  exam_admin: '考试机构',
  exam_site_admin: '考点管理员',
  exam_staff: '考务人员',
  support_agent: '客服',
};

export const scopeKindNames: Record<ScopeKind, string> = {
  province: '全省',
  city: '地级以上市',
  county: '县（市、区）',
  platform: '全平台',
  institution: '培训机构',
  exam_institution: '考试机构',
  exam_site: '考点',
  self: '本人',
};

/** zh-CN text of the identity pages: login, account, sessions, password. */
export const loginTexts = {
  tabPassword: '账号密码登录',
  username: '用户名 / 身份证号',
  usernamePlaceholder: '请输入用户名或18位身份证号',
  usernameRequired: '请输入用户名或身份证号',
  password: '密码',
  passwordPlaceholder: '请输入密码',
  passwordRequired: '请输入密码',
  submit: '登录',
  submitting: '正在登录…',
  learnerHint: '学员请使用本人18位身份证号作为用户名登录。',
  learnerLinks: '学员服务',
  forgotPassword: '忘记密码？刷脸找回',
  learnerRegister: '学员实名注册',
  or: '或',
  oidc: '广东省统一身份认证登录',
  oidcHint: '工作人员推荐使用统一身份认证，一个账号登录各政务系统。',
  publicLinks: '公开服务',
  institutionSignup: '培训机构注册',
  publicInstitutions: '网络培训机构名单',
  lockedUntil: (time: string) => `（预计 ${time} 解锁）`,
  introTitle: '安全生产资格考试网络培训',
  introLead: '面向全省生产经营单位主要负责人、安全生产管理人员及特种作业人员的网络培训与考务服务。',
  introPoints: [
    { title: '学时实时记录', body: '每一分钟学习都有据可查，学时证明实时生成' },
    { title: '本人学习核验', body: '人脸核验确认本人学习，保障培训质量' },
    { title: '全程留痕可追溯', body: '操作记录不可篡改，监管部门依法查验' },
  ],
};

/** Messages for `/login?error=CODE`, where the unified identity callback sends failures. */
export const oidcErrorMessages: Record<string, string> = {
  AUTH_OIDC_FAILED: '统一身份认证登录未完成，请重新登录',
  AUTH_OIDC_NOT_LINKED: '该统一身份认证账号尚未开通本平台权限，请联系所在单位管理员',
  AUTH_ACCOUNT_DISABLED: '账号已停用，请联系所属机构或平台客服',
  AUTH_LOCKED: '连续登录失败次数过多，账号已临时锁定，请稍后再试',
};
export const oidcErrorFallback = '统一身份认证登录未完成，请重新登录';

export const accountTexts = {
  title: '账号与安全',
  description: '查看本账号的登录设备，修改登录密码。',
  profile: '账号信息',
  displayName: '姓名',
  username: '登录账号',
  idNumber: '身份证号',
  roles: '角色与数据范围',
  sessionsTitle: '登录设备',
  sessionsHint: '以下是本账号当前有效的登录。如发现不认识的设备，请立即让其下线并修改密码。',
  device: '设备',
  ip: 'IP 地址',
  methodNames: { password: '账号密码登录', oidc: '统一身份认证登录' } as Record<string, string>,
  createdAt: '登录时间',
  lastSeenAt: '最近活动',
  actions: '操作',
  current: '当前设备',
  revoke: '下线',
  revokeConfirmTitle: '让该设备下线？',
  revokeConfirmBody: '该设备将立即退出登录，需要重新输入密码才能再次使用。',
  revokeOk: '确定下线',
  revoked: '该设备已下线',
  noSessions: '暂无其他登录设备',
  unknownIp: '未知',
  passwordTitle: '修改密码',
  passwordHint: '修改后，除本设备外的其他登录都将下线。',
  currentPassword: '当前密码',
  newPassword: '新密码',
  confirmPassword: '确认新密码',
  currentPasswordRequired: '请输入当前密码',
  confirmRequired: '请再次输入新密码',
  confirmMismatch: '两次输入的新密码不一致',
  newPasswordPlaceholder: '至少8位，须同时包含字母和数字',
  passwordSubmit: '确认修改',
  passwordChanged: '密码已修改，其他设备已下线',
  cancel: '取消',
};

export const mobileAccountTexts = {
  title: '我的',
  idNumber: '身份证号',
  changePassword: '修改密码',
  changePasswordDesc: '定期修改密码更安全',
  sessions: '登录设备',
  sessionsDesc: '查看在哪些手机或电脑上登录过',
  logout: '退出登录',
  logoutConfirm: '确定要退出登录吗？',
  logoutOk: '退出',
  cancel: '取消',
  sessionsIntro: '下面是正在登录您账号的手机或电脑。如果有不认识的，请点“下线”，再修改密码。',
  revokeConfirm: '让这台设备下线吗？下线后需要重新登录才能使用。',
  revokeOk: '下线',
  passwordIntro: '新密码至少8位，要同时有字母和数字。修改后，其他手机或电脑需要重新登录。',
  back: '返回',
};

export const passwordRuleTexts = {
  required: '请输入新密码',
  tooShort: '新密码至少8位',
  tooLong: '新密码不能超过128位',
  needsLetterAndDigit: '新密码须同时包含字母和数字',
  sameAsCurrent: '新密码不能与当前密码相同',
};

export const deviceTexts = {
  unknown: '未知设备',
  browsers: { wechat: '微信', edge: 'Edge 浏览器', chrome: 'Chrome 浏览器', firefox: 'Firefox 浏览器', safari: 'Safari 浏览器', qq: 'QQ 浏览器', uc: 'UC 浏览器', '360': '360 浏览器' },
  systems: { iphone: 'iPhone', ipad: 'iPad', android: '安卓手机', windows: 'Windows 电脑', mac: 'Mac 电脑', linux: 'Linux 电脑' },
};
