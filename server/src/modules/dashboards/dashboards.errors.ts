import { defineErrors } from '../../platform/http/errors.js';

export const DashboardErrors = defineErrors('dashboards', {
  DASHBOARD_REGION_NOT_FOUND: { status: 404, message: '该行政区划不存在或不在您的监管范围内' },
  DASHBOARD_PERIOD_INVALID: { status: 400, message: '统计期间不正确：开始日期不能晚于结束日期，且不超过366天' },
});
