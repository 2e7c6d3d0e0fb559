import type { FindingResult, MeasureKind, ReferralCategory, SignalKind } from './types';

/** zh-CN texts of the enforcement pages (issue 8 part C). */
export const signalKindNames: Record<SignalKind, string> = {
  shared_face: '一脸多证',
  shared_device: '一机多人',
  impossible_rate: '学时异常速度',
  odd_hours: '凌晨长时学习',
  face_failures: '人脸核验屡次未通过',
  institution_outlier: '机构数据偏离本市',
};

export const measureNames: Record<MeasureKind, string> = {
  rectification: '责令限期整改',
  warning: '警告',
  suspension: '暂停网络培训',
  cancellation: '注销登记',
  referral: '移送司法机关',
  lift_suspension: '解除暂停',
};

/** What each sanction does, said in the confirmation dialog before it is taken. */
export const measureConsequences: Record<MeasureKind, string> = {
  rectification: '机构将在“整改通知”中看到本通知，须在期限前回复整改情况；逾期未验收的将标为逾期。',
  warning: '将对该机构作出警告，记入案件，不可撤回。',
  suspension: '暂停期间该机构不能开设培训班，也不能为学员出具学时证明，直到期满或解除暂停。',
  cancellation: '将注销该机构的登记：该机构将长期不能开设培训班、出具学时证明，直到解除。',
  referral: '案件将移送司法机关处理，记入案件，不可撤回。',
  lift_suspension: '解除后该机构可重新开设培训班、出具学时证明。',
};

export const referralNames: Record<ReferralCategory, string> = {
  collusion: '串通作弊',
  bribery: '行贿受贿',
  certificate_selling: '买卖证书',
  organised_cheating: '组织作弊',
};

export const findingNames: Record<FindingResult, string> = { ok: '符合', violation: '发现问题', na: '不适用' };

export const orderStatusNames = { pending: '待回复', answered: '已回复待验收', accepted: '已验收', returned: '退回重新整改' } as const;

export const signalTexts = {
  title: '线索',
  description: '系统每日自动发现的疑似违规信号（一脸多证、一机多人、异常学时、人脸核验屡次未通过、机构偏离本市），附证据；可据此立案。',
  kind: '类型',
  allKinds: '全部类型',
  reason: '情形',
  institutions: '涉及机构',
  learners: '涉及学员',
  score: '强度',
  createdAt: '发现时间',
  view: '查看证据',
  empty: '暂无线索',
  evidence: '证据',
  sessions: '学习记录',
  ledger: '学时流水',
  faceChecks: '人脸核验记录',
  details: '明细',
  openCase: '立案',
  caseTitle: '案件名称',
  caseDescription: '案情说明',
  caseInstitution: '涉事机构',
  opened: '已立案',
  detailLabels: {
    day: '日期',
    via: '方式',
    handle: '设备号 / 网络地址',
    creditedSeconds: '计入学时（秒）',
    metricLabel: '指标',
    value: '本机构数值',
    peerMean: '本市其他机构均值',
    z: 'z 值',
    sample: '样本数',
    peers: '对比机构数',
    period: '统计月份',
  } as Record<string, string>,
};

export const inspectionTexts = {
  title: '执法检查',
  description: '年度执法检查计划：每家登记机构每年至少接受一次培训和考核的执法检查（N3）。',
  year: '年度',
  notInspected: '本年度尚未检查',
  plan: '检查计划',
  institution: '机构',
  city: '登记地市',
  training: '培训',
  assessment: '考核',
  planned: '已安排',
  schedule: '安排检查',
  scope: '检查内容',
  plannedOn: '计划日期',
  status: '状态',
  conclusion: '结论',
  record: '登记结果',
  view: '检查表',
  checklist: '检查表',
  note: '情况说明',
  emptyNotInspected: '辖区内机构本年度均已检查',
  emptyPlan: '本年度尚未安排检查',
  openCase: '据此立案',
  scopeNames: { training: '培训', assessment: '考核', both: '培训和考核' },
  statusNames: { planned: '待检查', done: '已检查' },
  conclusionNames: { compliant: '未发现问题', violations: '发现问题' },
};

export const caseTexts = {
  title: '案件',
  description: '由线索或检查发现的问题立案，采取整改、警告、暂停、注销、移送等措施（N3.1、M30），可报送省厅或其他地市（M31）。',
  status: '状态',
  allStatus: '全部',
  overdueOnly: '只看整改逾期',
  institution: '涉事机构',
  source: '来源',
  sourceNames: { signal: '线索', finding: '执法检查' },
  statusNames: { open: '办理中', closed: '已结案' },
  updatedAt: '最近更新',
  overdue: '整改逾期',
  empty: '暂无案件',
  measures: '处理措施',
  addMeasure: '采取措施',
  kind: '措施',
  decision: '决定内容',
  deadline: '整改期限',
  until: '暂停至',
  untilHint: '不填为长期暂停，直到解除',
  referralCategory: '移送类别',
  referralTo: '接收机关',
  published: '在“处罚公示”中公布',
  daysLeft: (n: number) => (n >= 0 ? `剩余 ${n} 天` : `已逾期 ${-n} 天`),
  replies: '整改回复',
  accept: '验收通过',
  return: '退回重新整改',
  reviewText: '验收意见',
  report: '跨区域报送',
  toRegion: '报送至',
  reportNote: '报送说明',
  reports: '报送记录',
  close: '结案',
  closeNote: '结案说明',
  suspended: '该机构目前处于暂停网络培训状态',
  confirmTitle: (kind: string) => `确认${kind}？`,
  back: '返回案件列表',
  signal: '查看线索',
};

export const orderTexts = {
  title: '整改通知',
  description: '监管部门对本机构采取的措施；责令整改的，请在期限前回复整改情况。',
  suspended: '本机构已被暂停网络培训：暂停期间不能开设培训班、出具学时证明。',
  reply: '回复整改情况',
  replyText: '整改情况',
  empty: '暂无整改通知',
  caseTitle: '案件',
  sent: '已回复',
};

export const publicTexts = {
  title: '处罚公示',
  description: '各级应急管理部门对违规培训机构依法作出并公布的处理措施（N3）。按公布时间排列，不作排名。',
  city: '地市',
  allCities: '全省',
  institution: '机构',
  creditCode: '统一社会信用代码',
  measure: '处理措施',
  decision: '决定内容',
  publishedAt: '公布日期',
  empty: '暂无公布的处理措施',
  institutionsLink: '查看各市已登记的网络培训机构名单',
};

/** The dashboard's inspection-coverage card (N3). */
export const coverageTexts = {
  title: (year: number) => `${year}年执法检查覆盖（N3）`,
  all: '执法检查',
  none: '辖区内暂无登记的培训机构',
  summary: (done: number, total: number) => `已检查 ${done} 家，共 ${total} 家`,
  missing: (n: number) => `本年度尚未检查 ${n} 家：`,
};
