import type { ListKind } from './types';

/** zh-CN text of the supervision queries (M29). */
export const oversightTexts = {
  title: '监管查询',
  description: '本辖区的培训机构、培训班、学员学习、学时、评价、人脸核验与学时证明；可逐级筛选、排序并导出Excel（M29）',
  drillTitle: '辖区下钻',
  drillDescription: '省 › 市 › 县区 › 机构 › 班级 › 学员，逐级查看；学员档案的每次查看都记入审计（M28）',
  province: '广东省',
  filterCity: '地市',
  filterCounty: '县区',
  filterCategory: '培训类别',
  filterStatus: '状态',
  filterKeyword: '关键词',
  allCities: '全部地市',
  allCounties: '全部县区',
  allCategories: '全部类别',
  allStatuses: '全部状态',
  keywordPlaceholder: '名称、编号或姓名',
  reset: '重置',
  export: '导出Excel',
  exporting: '正在导出',
  exportReady: '导出完成，文件已开始下载',
  exportFailed: '导出失败，请缩小范围后重试',
  exportProgress: (done: number, total: number) => `已写入 ${done} / ${total} 行`,
  exportFile: '导出文件',
  download: '下载文件',
  empty: '辖区内暂无数据',
  noMatch: '没有符合筛选条件的记录',
  noMatchHint: '可调整筛选条件或点击“重置”',
  total: (n: number) => `共 ${n} 条`,
  counts: { institutions: '登记机构', classes: '培训班', enrolments: '报名人次', certificates: '学时证明' },
  region: '地区',
  cityOwn: '市本级',
  institutionsHere: '本地区培训机构',
  noInstitutions: '本地区暂无培训机构',
  registrations: '各市登记情况',
  classesOf: '培训班',
  learnersOf: '学员',
  openArchive: '查看档案',
  auditNote: '查看学员档案将记入审计日志（M28）',
  creditCode: '统一社会信用代码',
  address: '地址',
} as const;

/** The 人脸核验 tab shows rates per class or per institution. */
export const faceViews = { 'face-checks': '按班级', 'institution-face-checks': '按机构' } as const;

export const tabTitles: Record<ListKind, string> = {
  institutions: '机构',
  classes: '班级',
  enrolments: '学员',
  hours: '学时',
  ratings: '评价',
  'face-checks': '人脸核验',
  'institution-face-checks': '人脸核验（机构）',
  certificates: '证明',
};

/** Each list's date filter is on its own kind of date. */
export const dateLabels: Record<ListKind, string> = {
  institutions: '登记时间',
  classes: '开班日期',
  enrolments: '报名时间',
  hours: '记入时间',
  ratings: '评价时间',
  'face-checks': '核验时间',
  'institution-face-checks': '核验时间',
  certificates: '出具时间',
};

export const statusOptions: Record<ListKind, { value: string; label: string }[]> = {
  institutions: [
    { value: 'registered', label: '已登记' },
    { value: 'submitted', label: '待审核' },
    { value: 'rejected', label: '未通过' },
    { value: 'cancelled', label: '已注销' },
  ],
  classes: [
    { value: 'open', label: '开班中' },
    { value: 'closed', label: '已结班' },
  ],
  enrolments: [
    { value: 'active', label: '学习中' },
    { value: 'completed', label: '已结业' },
    { value: 'locked', label: '已锁定' },
    { value: 'withdrawn', label: '已退出' },
  ],
  hours: [],
  ratings: [
    { value: 'flagged', label: '满意度预警' },
    { value: 'normal', label: '正常' },
  ],
  'face-checks': [],
  'institution-face-checks': [],
  certificates: [
    { value: 'valid', label: '有效' },
    { value: 'revoked', label: '已撤销' },
  ],
};

export const statusNames: Record<string, string> = Object.fromEntries(
  [...Object.values(statusOptions).flat(), { value: 'none', label: '未申报' }, { value: 'declared', label: '已申报' }, { value: 'published', label: '已公示' }].map((o) => [o.value, o.label]),
);

export const trainingTypeNames: Record<string, string> = { initial: '初训', refresher: '复训' };

export const columnTitles = {
  institution: '培训机构',
  creditCode: '统一社会信用代码',
  region: '所属地区',
  registeredCity: '登记城市',
  status: '状态',
  online: '网络培训申报',
  categories: '培训类别',
  registeredAt: '登记时间',
  classCode: '班级编号',
  className: '班级',
  category: '培训类别',
  trainingType: '类型',
  period: '培训日期',
  enrolled: '报名',
  completed: '完成',
  learner: '姓名',
  idNumber: '身份证号',
  learned: '已学时长',
  progress: '学时进度',
  lastLearning: '最后学习',
  course: '课程',
  hours: '学时',
  seconds: '时长',
  lastAt: '最后记入',
  teacher: '授课教师',
  ratingCount: '评价人数',
  contentScore: '内容',
  courseScore: '课程',
  teacherScore: '教师',
  flagged: '预警',
  classes: '培训班数',
  checks: '核验次数',
  failures: '未通过',
  failureRate: '未通过率',
  number: '证明编号',
  issuedAt: '出具时间',
  revoked: '撤销',
  yes: '是',
  no: '否',
} as const;
