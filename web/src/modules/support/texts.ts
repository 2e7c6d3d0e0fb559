import type { StatusLook } from '../../ui/StatusTag';
import type { ClockState, TicketCategory, TicketStatus } from './types';

/** zh-CN text of the support desk (M10). */
export const categoryNames: Record<TicketCategory, string> = {
  account: '账号与登录',
  learning: '学习与学时',
  face: '人脸核验',
  certificate: '学时证明',
  exam: '考试',
  institution: '培训机构与备案',
  technical: '技术故障',
  complaint: '投诉与建议',
  other: '其他',
};

export const statusLooks: Record<TicketStatus, StatusLook> = {
  open: { label: '待响应', color: 'orange' },
  in_progress: { label: '处理中', color: 'blue' },
  resolved: { label: '已办结', color: 'green' },
};

export const clockLooks: Record<ClockState, StatusLook> = {
  running: { label: '计时中', color: 'blue' },
  at_risk: { label: '即将超时', color: 'orange' },
  met: { label: '按时', color: 'green' },
  missed: { label: '超时', color: 'red' },
};

export const requesterNames = { learner: '学员', institution: '培训机构', regulator: '监管部门', staff: '工作人员', public: '社会公众' } as const;

export const supportTexts = {
  firstResponse: '首次响应',
  resolution: '办结',
  due: '时限',
  doneAt: '完成于',
  calendarUnknown: '期限跨越了尚未录入节假日安排的年份，暂按周一至周五估算',
  slaRule: '承诺：2小时内首次响应（全天候），3个工作日内办结（按国家法定节假日与调休安排计算）',
  number: '工单号',
  category: '问题类别',
  subject: '标题',
  body: '问题描述',
  bodyPlaceholder: '请说明遇到的问题、发生时间、涉及的培训班或课程',
  attachments: '附件',
  chooseFiles: '选择文件',
  attachmentsHint: '可上传截图或文件：JPG、PNG 或 PDF，每个不超过2MB，最多3个',
  attachmentTooBig: (name: string) => `「${name}」超过2MB，请压缩后再上传`,
  attachmentType: (name: string) => `「${name}」不是 JPG、PNG 或 PDF 文件`,
  tooMany: '最多上传3个附件',
  status: '状态',
  requester: '提交人',
  assignee: '处理人',
  openedAt: '提交时间',
  actions: '操作',
  open: '查看',
  reply: '回复',
  replyPlaceholder: '输入回复内容',
  send: '发送',
  sent: '已发送',
  claim: '领取',
  claimed: '已领取',
  resolve: '办结',
  resolveTitle: '办结工单',
  resolveEffect: '办结后办结时限停止计时，提交人将看到您的办结答复；工单不能再回复。',
  resolveLabel: '办结答复',
  resolvePlaceholder: '说明问题如何解决',
  resolveRequired: '请填写办结答复',
  resolved: '工单已办结',
  escalated: '已升级',
  loadMore: '加载更多',
  submit: '提交',
  submitted: '工单已提交',
  newTicket: '我要提问',
  myTickets: '我的工单',
  noTickets: '还没有工单',
  noTicketsHint: '遇到问题可以随时提交，客服全天候在线',
  system: '系统',
  download: '下载',
  resolvedNote: '本工单已办结。如仍有问题，请新建工单。',
};

export const queueTexts = {
  title: '客服工单',
  description: '时限最近的工单排在最前；首次回复即为首次响应。',
  filterStatus: '状态',
  filterCategory: '类别',
  all: '全部类别',
  statusOptions: { active: '未办结', open: '待响应', in_progress: '处理中', resolved: '已办结' } as Record<string, string>,
  empty: '没有符合条件的工单',
  emptyActive: '所有工单都已办结',
  detail: '工单详情',
};

export const myTicketsTexts = {
  title: '我的工单',
  description: '向平台客服提问、反映问题；答复在平台内查看，不使用电话或短信。',
  create: '新建工单',
  createTitle: '新建工单',
};

export const reportTexts = {
  title: '客服时效报告',
  description: '按月统计各类工单首次响应与办结的按时、超时情况（M10）。',
  month: '月份',
  total: '工单数',
  met: '按时',
  missed: '超时',
  running: '未到期',
  rate: '按时率',
  sum: '合计',
  empty: '该月没有工单',
  export: '导出 Excel (CSV)',
  exportFile: (month: string) => `客服时效报告-${month}.csv`,
  calendarTitle: '工作日历',
  knownThrough: (day: string) => `已录入节假日安排至 ${day}`,
  builtIn: (day: string) => `（内置数据至 ${day}）`,
  enterYear: '录入年度安排',
  year: '年份',
  holidays: '放假日期',
  holidaysHint: '每行一个日期，如 2027-01-01',
  workdays: '调休上班日期',
  workdaysHint: '周末调休上班的日期，每行一个',
  source: '依据',
  sourcePlaceholder: '国务院办公厅关于2027年部分节假日安排的通知',
  saveYear: '保存',
  savedYear: '已保存，新提交的工单将按此安排计算时限',
  saveConfirm: (year: number) => `确定保存 ${year} 年的节假日安排吗？`,
  saveEffect: '此后提交的工单按新安排计算办结时限；已提交工单的时限不变。',
  operatorYears: '平台录入的年份',
};

export const publicSupportTexts = {
  title: '在线客服',
  intro: '社会公众可在此提交咨询、投诉或建议。本平台不收集电话、邮箱等联系方式：提交后请记下工单号和查询码，凭此查看答复。',
  name: '姓名或称呼',
  namePlaceholder: '如：李女士',
  captcha: '验证码',
  captchaPlaceholder: '请输入图中字符',
  refreshCaptcha: '看不清，换一张',
  doneTitle: '工单已提交',
  doneBody: '请记下以下工单号和查询码（查询码只显示这一次），2小时内会有客服答复。',
  lookupTitle: '查看答复',
  accessKey: '查询码',
  lookup: '查看',
  copy: '复制',
  copied: '已复制',
  followUp: '补充说明',
  again: '再提交一个',
};

export const mobileSupportTexts = {
  title: '客服',
  intro: '学习中遇到问题，在这里提问。客服全天候在线，2小时内答复。',
  newTitle: '我要提问',
  detailTitle: '工单详情',
  chooseCategory: '请选择问题类别',
  addPhoto: '添加截图',
};
