import { defineErrors } from '../../platform/http/errors.js';

export const AnnouncementErrors = defineErrors('announcements', {
  ANNOUNCEMENT_NOT_FOUND: { status: 404, message: '未找到该公告' },
  ANNOUNCEMENT_NOT_EDITABLE: { status: 409, message: '公告已提交审核或已发布，不能修改' },
  ANNOUNCEMENT_WRONG_STAGE: { status: 409, message: '公告当前不在可办理的环节' },
  ANNOUNCEMENT_SELF_REVIEW: { status: 403, message: '不能审核自己起草的公告，须由另一名审核人批准（M8）' },
  ANNOUNCEMENT_REJECT_REASON_REQUIRED: { status: 400, message: '退回或撤回公告须填写理由' },
});
