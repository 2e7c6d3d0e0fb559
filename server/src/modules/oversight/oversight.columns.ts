import type { ListKind } from './oversight.repository.js';

/** Excel columns per list: zh-CN header, the API field, how to show it (dates in Asia/Shanghai, STYLE UI). */
export interface Column {
  header: string;
  key: string;
  format?: 'datetime' | 'percent' | 'status' | 'type' | 'bool' | 'list';
  width?: number;
}

const STATUS: Record<string, string> = {
  submitted: '待审核', registered: '已登记', rejected: '未通过', cancelled: '已注销',
  open: '开班中', closed: '已结班', active: '学习中', locked: '已锁定', completed: '已结业', withdrawn: '已退出',
  none: '未申报', declared: '已申报', published: '已公示',
};
const TYPE: Record<string, string> = { initial: '初训', refresher: '复训' };

const region: Column = { header: '所属地区', key: 'regionName', width: 18 };
const institution: Column = { header: '培训机构', key: 'institutionName', width: 28 };
const learner: Column[] = [{ header: '姓名', key: 'learnerName', width: 10 }, { header: '身份证号（脱敏）', key: 'idNumberMasked', width: 22 }];

export const COLUMNS: Record<ListKind, Column[]> = {
  institutions: [
    institution, { header: '统一社会信用代码', key: 'creditCode', width: 22 }, region, { header: '登记城市', key: 'cityName', width: 10 },
    { header: '登记状态', key: 'status', format: 'status' }, { header: '网络培训申报', key: 'onlineStatus', format: 'status' },
    { header: '培训类别', key: 'categories', format: 'list', width: 40 }, { header: '登记时间', key: 'registeredAt', format: 'datetime', width: 18 },
  ],
  classes: [
    { header: '班级编号', key: 'code', width: 16 }, { header: '班级名称', key: 'name', width: 24 }, institution,
    { header: '培训类别', key: 'categoryName', width: 20 }, { header: '培训类型', key: 'trainingType', format: 'type' }, region,
    { header: '开班日期', key: 'startsOn', width: 12 }, { header: '结班日期', key: 'endsOn', width: 12 }, { header: '状态', key: 'status', format: 'status' },
    { header: '报名人数', key: 'enrolled' }, { header: '完成人数', key: 'completed' },
  ],
  enrolments: [
    ...learner, { header: '班级', key: 'className', width: 24 }, institution, region,
    { header: '已学时长（秒）', key: 'learnedSeconds' }, { header: '已获学时', key: 'creditedHours' }, { header: '应修学时', key: 'requiredHours' },
    { header: '学习进度', key: 'progress', format: 'percent' }, { header: '状态', key: 'status', format: 'status' },
    { header: '最后学习时间', key: 'lastLearningAt', format: 'datetime', width: 18 },
  ],
  hours: [
    ...learner, { header: '班级', key: 'className', width: 24 }, institution, region, { header: '课程', key: 'courseTitle', width: 24 },
    { header: '学习时长（秒）', key: 'seconds' }, { header: '学时', key: 'hours' }, { header: '最后记入时间', key: 'lastAt', format: 'datetime', width: 18 },
  ],
  ratings: [
    { header: '课程', key: 'courseTitle', width: 24 }, institution, { header: '授课教师', key: 'teacherName' }, { header: '评价人数', key: 'count' },
    { header: '内容评分', key: 'content' }, { header: '课程评分', key: 'course' }, { header: '教师评分', key: 'teacher' },
    { header: '满意度预警', key: 'flagged', format: 'bool' },
  ],
  'face-checks': [
    { header: '班级编号', key: 'classCode', width: 16 }, { header: '班级', key: 'className', width: 24 }, institution, region,
    { header: '核验次数', key: 'checks' }, { header: '未通过次数', key: 'failures' }, { header: '未通过率', key: 'failureRate', format: 'percent' },
  ],
  'institution-face-checks': [
    institution, region, { header: '培训班数', key: 'classes' }, { header: '核验次数', key: 'checks' }, { header: '未通过次数', key: 'failures' },
    { header: '未通过率', key: 'failureRate', format: 'percent' },
  ],
  certificates: [
    { header: '证明编号', key: 'number', width: 22 }, ...learner, { header: '培训类别', key: 'categoryName', width: 20 },
    { header: '培训类型', key: 'trainingType', format: 'type' }, institution, region, { header: '出具时间', key: 'issuedAt', format: 'datetime', width: 18 },
    { header: '是否撤销', key: 'revoked', format: 'bool' },
  ],
};

const shanghai = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai. */
export const shanghaiTime = (isoTime: string) => shanghai.format(new Date(isoTime)).replace(',', '');

export function cellOf(c: Column, item: Record<string, unknown>): string | number {
  const v = item[c.key];
  if (v === null || v === undefined) return '';
  switch (c.format) {
    case 'datetime': return shanghaiTime(String(v));
    case 'percent': return `${Math.round(Number(v) * 1000) / 10}%`;
    case 'status': return STATUS[String(v)] ?? String(v);
    case 'type': return TYPE[String(v)] ?? String(v);
    case 'bool': return v ? '是' : '否';
    case 'list': return (v as string[]).join('、');
    default: return typeof v === 'number' ? v : String(v);
  }
}
