import { defineErrors } from '../../platform/http/errors.js';

export const ClassErrors = defineErrors('classes', {
  CLASS_NOT_FOUND: { status: 404, message: '未找到该培训班' },
  CLASS_ONLINE_CAP_EXCEEDED: { status: 422, message: '网络学时超过上限：初训的网络学时不得超过该类别理论学时的80%（M19）' },
  CLASS_PRACTICAL_ONLINE_FORBIDDEN: { status: 422, message: '实际操作培训不得通过网络进行（M19）' },
  CLASS_THEORY_NOT_COVERED: { status: 422, message: '计划的理论学时（网络+面授）少于该类别要求的理论学时' },
  CLASS_PRACTICAL_NOT_COVERED: { status: 422, message: '计划的实际操作学时少于该类别的要求' },
  CLASS_COURSE_NOT_USABLE: { status: 422, message: '所选课程须为本机构已发布、且覆盖本班培训类别的课程' },
  CLASS_TEACHER_NOT_APPROVED: { status: 422, message: '授课教师须为经本市应急管理局核准的本机构教师（N1.3）' },
  CLASS_PERIOD_INVALID: { status: 400, message: '培训结束日期不能早于开始日期' },
  CLASS_CODE_INVALID: { status: 404, message: '班级码不正确或该班已结束报名，请向培训机构核对' },
  CLASS_CLOSED: { status: 409, message: '该培训班已结束，不能再加入学员' },
  ENROLMENT_EXISTS: { status: 409, message: '您已在该培训班中' },
  IMPORT_FILE_INVALID: { status: 400, message: '无法读取该文件，请使用平台提供的 Excel 模板' },
  CLASS_INSTITUTION_SUSPENDED: { status: 423, message: '本机构已被监管部门暂停网络培训，暂停期间不能开设培训班（M30）' },
  IMPORT_HAS_ERRORS: { status: 422, message: '导入文件中有错误，未导入任何学员；请按提示修改后重新导入' },
});
