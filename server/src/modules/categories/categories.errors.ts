import { defineErrors } from '../../platform/http/errors.js';

export const CategoryErrors = defineErrors('categories', {
  CATEGORY_NOT_FOUND: { status: 404, message: '未找到该培训类别' },
  CATEGORY_HOURS_NOT_SET: { status: 422, message: '该培训类别的学时要求尚未由省应急管理厅设定，暂不能开班' },
  CATEGORY_RULE_PROVINCE_ONLY: { status: 403, message: '学时要求只能由省级应急管理部门设定' },
  CATEGORY_RULE_INVALID: { status: 400, message: '学时要求不合理，请检查后重试' },
});
