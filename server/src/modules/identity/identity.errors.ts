import { defineErrors } from '../../platform/http/errors.js';

export const IdentityErrors = defineErrors('identity', {
  AUTH_INVALID_CREDENTIALS: { status: 401, message: '用户名或密码不正确' },
  AUTH_LOCKED: { status: 423, message: '连续登录失败次数过多，账号已临时锁定，请15分钟后再试' },
  AUTH_ACCOUNT_DISABLED: { status: 403, message: '账号已停用，请联系所属机构或平台客服' },
  AUTH_WEAK_PASSWORD: { status: 400, message: '新密码至少8位，且须同时包含字母和数字' },
  AUTH_OIDC_FAILED: { status: 401, message: '统一身份认证登录未完成，请重新登录' },
  AUTH_OIDC_NOT_LINKED: { status: 403, message: '该统一身份认证账号尚未开通本平台权限，请联系所在单位管理员' },
  SESSION_NOT_FOUND: { status: 404, message: '该登录会话不存在或已退出' },
  ID_NUMBER_INVALID: { status: 400, message: '身份证号码不正确，请核对后重新输入' },
  ACCOUNT_EXISTS: { status: 409, message: '该账号已存在' },
});
