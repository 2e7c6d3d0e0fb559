import { defineErrors } from '../../platform/http/errors.js';

export const CatalogueErrors = defineErrors('catalogue', {
  COURSE_NOT_FOUND: { status: 404, message: '未找到该课程' },
  LESSON_NOT_FOUND: { status: 404, message: '未找到该课时' },
  COURSE_NOT_EDITABLE: { status: 409, message: '课程已提交审核或已发布，不能修改；如需修改请先退回草稿' },
  COURSE_EMPTY: { status: 422, message: '课程至少需要一个课时才能提交审核' },
  COURSE_MEDIA_NOT_PASSED: { status: 422, message: '有课时的音视频质量检测未通过或尚未完成，不能提交审核（M21）' },
  COURSE_WRONG_STAGE: { status: 409, message: '课程当前不在可办理的审核环节' },
  REVIEW_CHECKLIST_INCOMPLETE: { status: 400, message: '审核清单须逐项给出结论；不通过的项目须填写意见' },
  TEACHER_NOT_APPROVED: { status: 422, message: '只有经市应急管理局核准的教师才能关联课程（N1.3）' },
  LESSON_KIND_MISMATCH: { status: 400, message: '课时类型与上传的文件类型不一致' },
});
