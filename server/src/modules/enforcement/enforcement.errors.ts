import { defineErrors } from '../../platform/http/errors.js';

export const EnforcementErrors = defineErrors('enforcement', {
  SIGNAL_NOT_FOUND: { status: 404, message: '未找到该线索' },
  INSPECTION_NOT_FOUND: { status: 404, message: '未找到该执法检查' },
  INSPECTION_TARGET_NOT_FOUND: { status: 404, message: '辖区内未找到该机构在该市的登记' },
  INSPECTION_ALREADY_RECORDED: { status: 409, message: '该检查已登记结果，不能重复登记' },
  INSPECTION_CHECKLIST_INCOMPLETE: { status: 400, message: '检查表每一项都须填写结果，发现问题的须写明情况' },
  CASE_NOT_FOUND: { status: 404, message: '未找到该案件' },
  CASE_SOURCE_INVALID: { status: 422, message: '案件须由辖区内的线索或检查发现的问题立案，并指明涉事机构' },
  CASE_NOT_IN_REGION: { status: 403, message: '该案件由其他地区办理，报送单位只能查阅，不能采取措施' },
  CASE_CLOSED: { status: 409, message: '该案件已结案，不能再采取措施' },
  MEASURE_INVALID: { status: 400, message: '处理措施填写不完整：整改须有期限，暂停须有截止日期或写明长期，移送须写明类别和接收机关' },
  MEASURE_NOT_SUSPENDED: { status: 409, message: '该机构当前未被暂停，无需解除' },
  ORDER_NOT_FOUND: { status: 404, message: '未找到该整改通知' },
  ORDER_CLOSED: { status: 409, message: '该整改通知已验收，不能再回复' },
  REPORT_REGION_INVALID: { status: 400, message: '只能报送省应急管理厅或其他地级市应急管理局' },
});
