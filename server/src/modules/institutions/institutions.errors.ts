import { defineErrors } from '../../platform/http/errors.js';

export const InstitutionErrors = defineErrors('institutions', {
  CREDIT_CODE_INVALID: { status: 400, message: '统一社会信用代码不正确，请核对后重新输入' },
  INSTITUTION_EXISTS: { status: 409, message: '该统一社会信用代码的机构已注册，请使用原账号登录' },
  INSTITUTION_NOT_FOUND: { status: 404, message: '未找到该培训机构' },
  REGISTRATION_EXISTS: { status: 409, message: '本机构已向该市应急管理局报告，请勿重复提交' },
  REGISTRATION_NOT_FOUND: { status: 404, message: '未找到该备案记录' },
  REGISTRATION_NOT_ACTIVE: { status: 409, message: '该市的备案尚未登记或已注销，不能办理此事项' },
  APPLICATION_PENDING: { status: 409, message: '已有待审核的申请，请等待应急管理部门办理完毕' },
  APPLICATION_NOT_FOUND: { status: 404, message: '未找到该申请' },
  APPLICATION_DECIDED: { status: 409, message: '该申请已办理，不能重复审核' },
  DECISION_CITY_ONLY: { status: 403, message: '备案事项由机构所在地级以上市应急管理部门办理' },
  DECISION_REASON_REQUIRED: { status: 400, message: '不予登记或驳回时须填写理由' },
  ONLINE_ALREADY_DECLARED: { status: 409, message: '该市的网络培训已申报或已公布' },
  CATEGORY_UNKNOWN: { status: 400, message: '培训类别不存在，请从类别列表中选择' },
  INSTITUTION_NOT_REGISTERED_IN_CITY: { status: 422, message: '本机构未在该市登记，不能在该市开展培训（M13）' },
  INSTITUTION_CATEGORY_NOT_REGISTERED: { status: 422, message: '本机构在该市登记的培训范围不含此类别' },
  INSTITUTION_ONLINE_NOT_PUBLISHED: { status: 422, message: '本机构在该市的网络培训尚未经核验公布（M12）' },
  TEACHER_NOT_FOUND: { status: 404, message: '未找到该教师' },
  TEACHER_EXISTS: { status: 409, message: '该教师已向本市报告' },
});
