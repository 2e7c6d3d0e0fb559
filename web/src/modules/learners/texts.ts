import type { IdNumberProblem } from './id-number';
import type { MyClass } from './types';

/** zh-CN text of the learner's own pages: registration, joining a class, my classes. Plain words (learners are often not at ease with computers). */
export const registerTexts = {
  title: '学员实名注册',
  intro: '请用本人身份证上的信息注册。注册后，用身份证号和密码登录学习。',
  noContact: '注册不需要手机号、微信或邮箱。',
  personSection: '本人信息',
  employerSection: '工作单位',
  passwordSection: '设置登录密码',
  name: '姓名',
  namePlaceholder: '与身份证上的姓名一致',
  nameRequired: '请输入姓名',
  nameTooShort: '姓名至少2个字',
  idNumber: '身份证号',
  idNumberPlaceholder: '18位身份证号码',
  idNumberRequired: '请输入身份证号',
  idNumberHint: '注册后用它登录，请仔细核对',
  employerName: '工作单位名称',
  employerNamePlaceholder: '营业执照上的单位全称',
  employerNameRequired: '请输入工作单位名称',
  employerNameTooShort: '单位名称至少2个字',
  employerCreditCode: '单位统一社会信用代码',
  employerCreditCodePlaceholder: '18位，印在营业执照上',
  employerCreditCodeRequired: '请输入单位的统一社会信用代码',
  employerCreditCodeFormat: '统一社会信用代码是18位数字或大写字母，请对照营业执照核对',
  employerCreditCodeHint: '不清楚的，可以问单位的人事或安全管理部门',
  jobCategory: '岗位 / 工种',
  jobCategoryPlaceholder: '如：电工、焊工、安全管理员',
  jobCategoryRequired: '请输入岗位或工种',
  password: '登录密码',
  passwordPlaceholder: '至少8位，要同时有字母和数字',
  showPassword: '显示密码',
  hidePassword: '隐藏密码',
  confirmPassword: '再输一次密码',
  confirmRequired: '请再输一次密码',
  confirmMismatch: '两次输入的密码不一样',
  submit: '注册并登录',
  accountExists: '这个身份证号已经注册过了，请直接登录。忘记密码的，可以在登录页刷脸找回。',
  haveAccount: '已经注册过？',
  toLogin: '去登录',
};

export const idNumberProblemTexts: Record<IdNumberProblem, string> = {
  FORMAT: '身份证号码是18位：前17位是数字，最后一位是数字或X',
  REGION: '身份证号码前6位不对，请对照身份证核对',
  BIRTH_DATE: '身份证号码中的出生日期不对，请对照身份证核对',
  CHECKSUM: '身份证号码有一位输错了，请对照身份证逐位核对',
};

export const joinTexts = {
  title: '加入培训班',
  intro: '请输入培训机构发给您的班级码（8位字母和数字）。',
  label: '班级码',
  placeholder: '输入8位班级码',
  hint: '大小写都可以，空格会自动去掉',
  remaining: (n: number) => `还差 ${n} 位`,
  complete: '已输入8位，可以加入了',
  lookalike: '班级码里没有数字 0、1 和字母 O、I、L，请核对',
  submit: '加入培训班',
  errors: {
    CLASS_CODE_INVALID: '没有找到这个班级码。请核对后重新输入，或向培训机构确认。',
    ENROLMENT_EXISTS: '您已经在这个培训班里了，不用再加入。',
    CLASS_CLOSED: '这个培训班已经结束，不能再加入了。请向培训机构询问新的班级。',
  } as Record<string, string>,
  successTitle: '加入成功',
  successBody: (name: string) => `您已加入「${name}」。`,
  toClasses: '查看我的培训班',
};

export const classesTexts = {
  open: '进入学习',
  title: '我的培训班',
  loading: '正在加载培训班…',
  emptyTitle: '暂时还没有培训班',
  emptyBody: '向培训机构要班级码，输入后就能加入培训班，开始学习。',
  join: '输入班级码加入培训班',
  joinAnother: '加入其他培训班',
  institution: '培训机构',
  period: '培训时间',
  onlineHours: (hours: number) => `网络学习 ${hours} 学时`,
  trainingTypes: { initial: '初训', refresher: '复训' } satisfies Record<MyClass['trainingType'], string>,
  statuses: { active: '学习中', locked: '已锁定', completed: '已结业', withdrawn: '已退出' } satisfies Record<MyClass['status'], string>,
  tests: '课程考试',
  coursesTitle: '课程',
  lessons: (n: number) => `${n} 个课时`,
  noCourses: '培训机构还没有为本班安排课程',
  periodRange: (from: string, to: string) => `${from} 至 ${to}`,
};

export const studyLengthTexts = {
  minutes: (minutes: number) => `${minutes} 分钟`,
  minutesWithHours: (minutes: number, hours: string) => `${minutes} 分钟（约 ${hours} 学时）`,
};
