import { defineErrors } from '../../platform/http/errors.js';

export const ClassroomErrors = defineErrors('classroom', {
  CLASSROOM_PERIOD_INVALID: { status: 400, message: '面授时间不正确：结束须晚于开始、不能是将来的时间，且一次不超过8小时' },
  CLASSROOM_TEACHER_NOT_APPROVED: { status: 422, message: '授课教师须为经本市应急管理局核准的本机构教师（N1.3）' },
  CLASSROOM_LEARNER_NOT_ENROLLED: { status: 422, message: '签到名单中有不在本班的学员' },
  CLASSROOM_SIGN_IN_FAILED: { status: 422, message: '有学员的签到人脸核验未通过，本次面授记录未保存；可改用手写签名签到' },
  CLASSROOM_SIGNATURE_INVALID: { status: 400, message: '签名图片须为 PNG 或 JPEG，且不超过 500 KB' },
  CORRECTION_NOT_FOUND: { status: 404, message: '未找到该学时更正申请' },
  CORRECTION_DECIDED: { status: 409, message: '该学时更正申请已处理，不能重复审批' },
  CORRECTION_OUT_OF_RANGE: { status: 422, message: '更正后学时不能小于0，网络学时也不能超过本班网络学时上限（M19）' },
});
