import { defineErrors } from '../../platform/http/errors.js';

export const CertificateErrors = defineErrors('certificates', {
  CERTIFICATE_NOT_FOUND: { status: 404, message: '未找到该学时证明，请核对证明编号' },
  CERTIFICATE_CLASS_NOT_FOUND: { status: 404, message: '未找到该培训班' },
  CERTIFICATE_NOT_COMPLETE: { status: 422, message: '该学员尚未完成本班要求的学时或考核，不能出具学时证明（M25）' },
  CERTIFICATE_NOT_CURRENT: { status: 409, message: '该学时证明已被新版本替代或已撤销，请对最新版本操作' },
  CERTIFICATE_INSTITUTION_SUSPENDED: { status: 423, message: '培训机构已被监管部门暂停网络培训，暂停期间不能出具学时证明（M30）' },
  CERTIFICATE_REASON_REQUIRED: { status: 400, message: '请填写原因' },
});
