import { defineErrors } from '../../platform/http/errors.js';

export const SupportErrors = defineErrors('support', {
  TICKET_NOT_FOUND: { status: 404, message: '未找到该工单' },
  TICKET_RESOLVED: { status: 409, message: '该工单已办结；如仍有问题请新建工单' },
  CAPTCHA_INVALID: { status: 400, message: '验证码不正确或已过期，请刷新验证码后重试' },
  ATTACHMENT_INVALID: { status: 400, message: '附件须为 JPG、PNG 图片或 PDF 文件，每个不超过2MB，最多3个' },
  CALENDAR_YEAR_INVALID: { status: 400, message: '日历数据有误：日期须属于该年份，且同一天不能既是节假日又是调休工作日' },
  SLA_REPORT_SCOPE: { status: 403, message: '客服时效报告仅供平台运营、客服和省应急管理厅查看' },
});
