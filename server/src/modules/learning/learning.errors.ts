import { defineErrors } from '../../platform/http/errors.js';

export const LearningErrors = defineErrors('learning', {
  LEARNING_NOT_ENROLLED: { status: 404, message: '您不在该培训班中，或该课时不属于本班课程' },
  LEARNING_ENROLMENT_LOCKED: { status: 423, message: '多次人脸核验未通过，学习已暂停，请联系培训机构核实身份' },
  LEARNING_FACE_CHECK_FAILED: { status: 422, message: '人脸核验未通过，不能开始学习' },
  LEARNING_SESSION_NOT_FOUND: { status: 404, message: '未找到该学习记录' },
  LEARNING_SESSION_ENDED: { status: 409, message: '本次学习已结束（可能已在其他设备上开始学习），请重新进入课程' },
  LEARNING_CHALLENGE_NOT_FOUND: { status: 404, message: '该确认题已失效' },
  LEARNING_SETTINGS_PROVINCE_ONLY: { status: 403, message: '学习规则（每日学时上限、确认题和人脸抽查间隔）只能由省应急管理厅设置' },
  LEARNING_SETTINGS_INVALID: { status: 400, message: '间隔的上限不能小于下限' },
});
