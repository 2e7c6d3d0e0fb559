import { defineErrors } from '../../platform/http/errors.js';

export const OversightErrors = defineErrors('oversight', {
  OVERSIGHT_NOT_FOUND: { status: 404, message: '辖区内未找到该记录' },
  OVERSIGHT_SORT_INVALID: { status: 400, message: '不支持按该字段排序' },
  OVERSIGHT_EXPORT_TOO_LARGE: { status: 422, message: '导出行数超过上限（100万行），请缩小筛选范围后分批导出' },
  OVERSIGHT_EXPORT_NOT_READY: { status: 409, message: '导出文件尚未生成完成，请稍后下载' },
});
