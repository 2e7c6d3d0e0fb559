import { defineErrors } from '../../platform/http/errors.js';

export const ModerationErrors = defineErrors('moderation', {
  CONTENT_PROHIBITED: { status: 422, message: '内容含有禁止发布的词语，请修改后再提交（M9）' },
  TERM_EXISTS: { status: 409, message: '该词语已在词库中' },
  TERM_NOT_FOUND: { status: 404, message: '未找到该词语' },
});
