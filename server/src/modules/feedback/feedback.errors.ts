import { defineErrors } from '../../platform/http/errors.js';

export const FeedbackErrors = defineErrors('feedback', {
  RATING_NOT_STUDIED: { status: 422, message: '学习该课程后才能评价（须有已确认的学时）' },
  RATING_NO_TEACHER: { status: 400, message: '该课程没有授课教师，不能评价教师' },
  FEEDBACK_SETTINGS_PROVINCE_ONLY: { status: 403, message: '满意度预警标准只能由省应急管理厅设定' },
  COMMENT_NOT_FOUND: { status: 404, message: '未找到该留言' },
  COMMENT_ALREADY_DECIDED: { status: 409, message: '该留言已处理或已被学员修改，请刷新后再看' },
  COMMENT_REASON_REQUIRED: { status: 400, message: '不予公开须写明原因，学员会看到该原因' },
});
