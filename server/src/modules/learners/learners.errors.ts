import { defineErrors } from '../../platform/http/errors.js';

export const LearnerErrors = defineErrors('learners', {
  REAL_NAME_MISMATCH: { status: 422, message: '姓名与身份证号码不一致，请核对后重新填写' },
  EMPLOYER_CREDIT_CODE_INVALID: { status: 400, message: '工作单位的统一社会信用代码不正确，请核对' },
  REAL_NAME_SERVICE_UNAVAILABLE: { status: 503, message: '实名核验服务暂时不可用，请稍后再试' },
});
