import type { StatusLook } from '../../ui/StatusTag';
import type { DocumentKind, DrawParty, DrawStatus, Duty, OwnerType } from './types';

/** zh-CN text of exam administration (N2, N3.2–N3.4). */
export const drawTexts = {
  title: '交叉考试随机分配',
  description: '报名窗口关闭后冻结输入并公布哈希，由考试机构和应急管理部门共同产生随机种子，分配结果可由任何人重新计算核验（N2.3）。',
  create: '开启随机分配',
  createTitle: '开启一次随机分配',
  city: '城市',
  drawTitle: '名称',
  window: '场次日期范围',
  candidates: '考生数',
  status: '状态',
  createdAt: '开启时间',
  publishedAt: '公布时间',
  open: '查看',
  empty: '暂无随机分配',
  emptyHint: '报名窗口开放后，由考试机构开启随机分配',
  steps: ['开启', '冻结输入', '双方承诺', '揭示随机数', '生成种子并分配', '公布'],
  inputsHash: '输入哈希',
  seed: '随机种子',
  resultHash: '结果哈希',
  sessions: '场次数',
  freeze: '关闭报名并冻结输入',
  freezeConfirm: '冻结后不能再增加或撤回报考，输入的哈希将立即公布。确定关闭报名窗口吗？',
  commit: '生成随机数并提交承诺',
  commitConfirm: '将在本浏览器生成一个随机数，只提交它的哈希（承诺值）。随机数保存在本浏览器并显示一次，请另行记录，揭示时需要。',
  commitDone: '已提交承诺值。请妥善保存下方随机数，揭示时使用：',
  reveal: '揭示随机数',
  revealLabel: '随机数（64位十六进制）',
  revealMissing: '本浏览器中没有保存该随机数，请粘贴提交承诺时记录的随机数',
  run: '生成种子并分配',
  runConfirm: '将由双方揭示的随机数确定种子，并按规则确定性地分配全部考生。确定继续吗？',
  publish: '公布分配结果',
  publishConfirm: '公布后考生和培训机构即可查看考点安排，输入、种子和结果将公开供社会核验，不可撤回。确定公布吗？',
  commits: '承诺与揭示',
  party: '参与方',
  commitment: '承诺值 sha256(随机数)',
  secret: '揭示的随机数',
  waiting: '等待中',
  outcome: '分配结果',
  assigned: '已安排',
  unassigned: '未能安排',
  exceptions: '按例外安排',
  crossCity: '跨地市',
  publicLink: '公开核验页面',
  done: '操作成功',
};

export const partyNames: Record<DrawParty, string> = { exam_institution: '考试机构', regulator: '应急管理部门' };

export const drawStatusLooks: Record<DrawStatus, StatusLook> = {
  open: { label: '报名中', color: 'blue' },
  frozen: { label: '已冻结', color: 'gold' },
  drawn: { label: '已分配待公布', color: 'purple' },
  published: { label: '已公布', color: 'green' },
};

export const verifyTexts = {
  title: '交叉考试随机分配公开核验',
  description: '任何人都可以用公布的输入和随机种子重新计算分配结果，核对与公布的结果是否一致（N2.3）。也可下载数据包，离线运行 npx xunkao verify-draw 数据包.json。',
  list: '已公布的随机分配',
  verify: '重新计算核验',
  download: '下载数据包',
  ok: '核验通过：由公布的输入和种子重新计算的分配结果与公布结果一致',
  failed: '核验未通过',
  checks: { algorithmKnown: '算法版本', inputsHashMatches: '输入哈希', seedSourceValid: '承诺与揭示', seedMatches: '随机种子', resultMatches: '分配结果' } as const,
  match: '一致',
  mismatch: '不一致',
  empty: '暂无已公布的随机分配',
  sanctions: '考试点与考试机构处理结果公开',
  sanctionsEmpty: '暂无公开的处理结果',
};

export const sessionTexts = {
  title: '考试场次',
  description: '场次由市考试机构安排；变更开考时间、结束时间或考点须经考试机构批准（N3.2）。考点至少提前一天完成考场准备，经确认后封闭待用（N2.4）。',
  create: '安排场次',
  site: '考点',
  category: '科目',
  room: '考场',
  time: '考试时间',
  startsAt: '开始时间',
  endsAt: '结束时间',
  capacity: '人数',
  assigned: '已分配',
  readiness: '考场准备',
  openToOtherCities: '接收外市考生（仅限可跨地市考试的类别，N2.6）',
  readinessStates: { none: '未填写', incomplete: '未完成', completed: '待确认', confirmed: '待封闭', sealed: '已封闭' },
  empty: '暂无场次',
  emptyHint: '考试机构安排场次后在此显示',
  upcoming: '只看未结束的场次',
  open: '查看',
  checklist: '考场准备检查表',
  checks: { network: '考场计算机网络', server: '考试服务器', monitoring: '监控系统', computers: '考试用计算机', recorder: '监控录像机常开' } as const,
  devices: '考试网络设备（名称与IP）',
  deviceName: '设备名称',
  deviceIp: 'IP 地址',
  addDevice: '添加设备',
  notes: '备注',
  save: '保存检查表',
  saved: '检查表已保存',
  confirm: '确认考场准备',
  confirmHint: '确认后考点即可封闭考场。',
  seal: '封闭考场',
  sealConfirm: '封闭后考场设置、设备和IP地址不得变动，任何变动都将记为违规（N3.2）。确定封闭吗？',
  sealed: '考场已封闭待用',
  cameras: '摄像机开关记录',
  cameraProblems: '摄像机问题',
  cameraNone: '未发现问题',
  problemNames: { not_on_in_time: '未在考前15分钟开启', off_before_end: '考试结束前关闭', no_camera_reported: '未报告任何摄像机' } as const,
  changes: '变更申请',
  requestChange: '申请变更',
  reason: '变更理由',
  approve: '批准',
  reject: '驳回',
  approveConfirm: '批准后场次时间和考场将按申请变更。',
  pending: '待审批',
  staff: '考务人员',
  assignStaff: '安排考务人员',
  duty: '职责',
  back: '返回场次列表',
};

export const siteTexts = {
  title: '考试点',
  description: '考试点登记、开设科目与考位、关联的培训机构（回避）。自2023年8月10日起不再依托培训机构新增考试点（N2.2）。',
  create: '登记考试点',
  name: '考点名称',
  ownerType: '举办方类型',
  ownerName: '举办方',
  legacyApprovedOn: '原批准设立日期（仅培训机构举办的存量考点）',
  address: '地址',
  city: '城市',
  equipment: '设备设施',
  subjects: '考试科目与考位',
  seats: '考位',
  relations: '关联培训机构',
  relation: '关联关系',
  status: '状态',
  empty: '暂无考试点',
  legacy: '存量',
};

export const ownerTypeNames: Record<OwnerType, string> = { public_base: '政府公共考试基地', school: '学校', enterprise: '企业', training_institution: '培训机构（存量）' };

export const siteStatusLooks: Record<'active' | 'suspended' | 'revoked', StatusLook> = {
  active: { label: '正常', color: 'green' },
  suspended: { label: '暂停考试业务', color: 'orange' },
  revoked: { label: '已取消资格', color: 'red' },
};

export const staffTexts = {
  title: '考务人员',
  description: '考务人员信息库：培训、年度考核、工作责任书和保密协议（N2.5）；与培训机构有关联的人员须回避。',
  create: '登记考务人员',
  name: '姓名',
  duties: '职责',
  relations: '关联培训机构（回避）',
  documents: '培训与协议',
  agreements: '责任书与保密协议',
  inForce: '有效',
  missing: '缺失或过期',
  expiring: (n: number) => `${n} 份即将到期`,
  addDocument: '登记材料',
  kind: '材料类型',
  docTitle: '名称',
  datedOn: '签订/完成日期',
  expiresOn: '有效期至',
  result: '结果',
  empty: '暂无考务人员',
  mine: '我的考务安排',
  mineEmpty: '暂未安排考务工作',
};

export const dutyNames: Record<Duty, string> = { proctor: '监考', patrol: '巡考', examiner: '考评员', it: '信息系统维护' };
export const documentKindNames: Record<DocumentKind, string> = { training: '培训', evaluation: '年度考核', responsibility_letter: '工作责任书', confidentiality_agreement: '保密协议' };

export const violationTexts = {
  title: '违规与处理',
  description: '考试点八类违规（N3.2）、考试机构（N3.3）和考务人员（N3.4）的违规记录、证据与处理；暂停考试业务期限为3个月以上6个月以下。',
  record: '记录违规',
  subject: '对象',
  subjectType: '对象类型',
  kind: '违规情形',
  descriptionLabel: '情况说明',
  evidence: '证据',
  source: '来源',
  recordedAt: '记录时间',
  measures: '处理措施',
  addMeasure: '处理',
  measure: '措施',
  note: '说明',
  deadline: '整改期限',
  period: '暂停期限',
  rectified: '确认已整改',
  empty: '暂无违规记录',
  system: '系统自动',
  manual: '人工记录',
  measureConfirm: '处理决定将记入审计并按规定公开，确定提交吗？',
};

export const subjectTypeNames = { site: '考试点', exam_institution: '考试机构', staff: '考务人员' } as const;

export const violationKindNames: Record<string, string> = {
  improper_qualification: '协助取得考试资格/违规跨市考试/出租出借',
  unprepared: '考场隐患、准备不到位或视频缺失',
  leak: '泄漏考题或考务秘密',
  assisting: '协助考生作弊',
  discipline: '考场纪律、设备或IP变动、摄像机未开',
  unapproved_change: '擅自改变考试时间或地点',
  bribery: '索贿受贿',
  other_neglect: '其他不履行职责',
  no_cross_exam: '未落实交叉考试',
  disorder: '考试秩序混乱',
};

export const measureNames: Record<string, string> = {
  rectify: '限期整改',
  suspend: '暂停考试业务',
  revoke: '取消考试点资格',
  referral: '移送司法机关',
  criticism: '批评',
  provincial_notice: '全省通报',
  interview: '约谈',
  lose_organising_right: '取消组织考试资格',
  removal: '调离考务人员库',
};

export const subjectKinds = {
  site: ['improper_qualification', 'unprepared', 'leak', 'assisting', 'discipline', 'unapproved_change', 'bribery', 'other_neglect'],
  exam_institution: ['no_cross_exam', 'disorder'],
  staff: ['leak', 'assisting', 'bribery', 'other_neglect'],
} as const;

export const subjectMeasures = {
  site: ['rectify', 'suspend', 'revoke', 'referral'],
  exam_institution: ['criticism', 'rectify', 'provincial_notice', 'interview', 'lose_organising_right'],
  staff: ['criticism', 'removal', 'referral'],
} as const;

export const applicationTexts = {
  title: '报考与考试安排',
  description: '培训机构为完成培训的学员报考；特种作业人员须在户籍、从业或常住地报考（N2.6）。考点安排在随机分配公布后显示。',
  learner: '考生',
  category: '科目',
  city: '报考城市',
  status: '状态',
  assignment: '考试安排',
  notPublished: '待公布',
  unassigned: '未能安排',
  exception: { single_site: '本市唯一考点', school_student: '在校生本校考点' } as const,
  statuses: { submitted: '已报考', withdrawn: '已撤回', in_draw: '已进入分配' } as const,
  empty: '暂无报考',
};
