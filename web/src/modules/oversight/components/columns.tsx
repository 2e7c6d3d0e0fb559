import { Progress, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { formatDateTime, formatDuration } from '../../../ui/format';
import { oversightPaths as paths } from '../paths';
import { columnTitles as c, statusNames, trainingTypeNames } from '../texts';
import type { ListKind, RowOf } from '../types';

const sortable = true as const;
const percent = (v: number) => `${Math.round(v * 1000) / 10}%`;
const score = (v: number | null) => (v === null ? '—' : v.toFixed(2));
const status = (v: string) => statusNames[v] ?? v;

const institutionLink = { title: c.institution, dataIndex: 'institutionName', render: (_: unknown, r: { institutionId: string; institutionName: string }) => <Link to={paths.institution(r.institutionId)}>{r.institutionName}</Link> };
const regionCol = { title: c.region, dataIndex: 'regionName' };
const learnerLink = { title: c.learner, dataIndex: 'learnerName', sorter: sortable, render: (_: unknown, r: { learnerId: string; learnerName: string }) => <Link to={paths.archive(r.learnerId)}>{r.learnerName}</Link> };
const classLink = { title: c.className, dataIndex: 'className', render: (_: unknown, r: { classId: string; className: string }) => <Link to={paths.class(r.classId)}>{r.className}</Link> };

/** Table columns per list; `sorter` marks the columns the server sorts by (its whitelist). */
export const COLUMNS: { [K in ListKind]: ColumnsType<RowOf[K]> } = {
  institutions: [
    { ...institutionLink, sorter: sortable },
    { title: c.creditCode, dataIndex: 'creditCode' },
    { ...regionCol, dataIndex: 'regionName', key: 'regionCode', sorter: sortable },
    { title: c.registeredCity, dataIndex: 'cityName' },
    { title: c.status, dataIndex: 'status', sorter: sortable, render: status },
    { title: c.online, dataIndex: 'onlineStatus', render: status },
    { title: c.categories, dataIndex: 'categories', render: (v: string[]) => v.join('、') },
    { title: c.registeredAt, dataIndex: 'registeredAt', sorter: sortable, render: formatDateTime },
  ],
  classes: [
    { title: c.classCode, dataIndex: 'code' },
    { title: c.className, dataIndex: 'name', sorter: sortable, render: (_: unknown, r) => <Link to={paths.class(r.classId)}>{r.name}</Link> },
    { ...institutionLink, sorter: sortable },
    { title: c.category, dataIndex: 'categoryName' },
    { title: c.trainingType, dataIndex: 'trainingType', render: (v: string) => trainingTypeNames[v] ?? v },
    regionCol,
    { title: c.period, dataIndex: 'startsOn', key: 'startsOn', sorter: sortable, render: (_: unknown, r) => `${r.startsOn} 至 ${r.endsOn}` },
    { title: c.status, dataIndex: 'status', render: status },
    { title: c.enrolled, dataIndex: 'enrolled', sorter: sortable, align: 'right' },
    { title: c.completed, dataIndex: 'completed', sorter: sortable, align: 'right' },
  ],
  enrolments: [
    learnerLink,
    { title: c.idNumber, dataIndex: 'idNumberMasked' },
    classLink,
    institutionLink,
    regionCol,
    { title: c.learned, dataIndex: 'learnedSeconds', sorter: sortable, render: formatDuration },
    { title: c.progress, dataIndex: 'progress', render: (v: number, r) => <Progress percent={Math.round(v * 100)} size="small" format={() => `${r.creditedHours}/${r.requiredHours}`} /> },
    { title: c.status, dataIndex: 'status', sorter: sortable, render: status },
    { title: c.lastLearning, dataIndex: 'lastLearningAt', sorter: sortable, render: formatDateTime },
  ],
  hours: [
    learnerLink,
    { title: c.idNumber, dataIndex: 'idNumberMasked' },
    classLink,
    institutionLink,
    { title: c.course, dataIndex: 'courseTitle', sorter: sortable },
    { title: c.seconds, dataIndex: 'seconds', sorter: sortable, render: formatDuration },
    { title: c.hours, dataIndex: 'hours', align: 'right' },
    { title: c.lastAt, dataIndex: 'lastAt', sorter: sortable, render: formatDateTime },
  ],
  ratings: [
    { title: c.course, dataIndex: 'courseTitle', sorter: sortable },
    institutionLink,
    { title: c.teacher, dataIndex: 'teacherName', render: (v: string | null) => v ?? '—' },
    { title: c.ratingCount, dataIndex: 'count', sorter: sortable, align: 'right' },
    { title: c.contentScore, dataIndex: 'content', sorter: sortable, render: score },
    { title: c.courseScore, dataIndex: 'course', sorter: sortable, render: score },
    { title: c.teacherScore, dataIndex: 'teacher', sorter: sortable, render: score },
    { title: c.flagged, dataIndex: 'flagged', render: (v: boolean) => (v ? <Tag color="red">{statusNames.flagged}</Tag> : c.no) },
  ],
  'face-checks': [
    { title: c.classCode, dataIndex: 'classCode' },
    { ...classLink, sorter: sortable },
    { ...institutionLink, sorter: sortable },
    regionCol,
    { title: c.checks, dataIndex: 'checks', sorter: sortable, align: 'right' },
    { title: c.failures, dataIndex: 'failures', sorter: sortable, align: 'right' },
    { title: c.failureRate, dataIndex: 'failureRate', sorter: sortable, render: percent },
  ],
  'institution-face-checks': [
    { ...institutionLink, sorter: sortable },
    regionCol,
    { title: c.classes, dataIndex: 'classes', align: 'right' },
    { title: c.checks, dataIndex: 'checks', sorter: sortable, align: 'right' },
    { title: c.failures, dataIndex: 'failures', sorter: sortable, align: 'right' },
    { title: c.failureRate, dataIndex: 'failureRate', sorter: sortable, render: percent },
  ],
  certificates: [
    { title: c.number, dataIndex: 'number', sorter: sortable },
    learnerLink,
    { title: c.idNumber, dataIndex: 'idNumberMasked' },
    { title: c.category, dataIndex: 'categoryName' },
    { title: c.trainingType, dataIndex: 'trainingType', render: (v: string) => trainingTypeNames[v] ?? v },
    institutionLink,
    regionCol,
    { title: c.issuedAt, dataIndex: 'issuedAt', sorter: sortable, render: formatDateTime },
    { title: c.revoked, dataIndex: 'revoked', render: (v: boolean) => (v ? <Tag color="red">{statusNames.revoked}</Tag> : c.no) },
  ],
};

/** Rows need a stable React key; hours rows are one per learner, class and course. */
export const rowKeyOf: { [K in ListKind]: (r: RowOf[K]) => string } = {
  institutions: (r) => r.registrationId,
  classes: (r) => r.classId,
  enrolments: (r) => r.enrolmentId,
  hours: (r) => `${r.learnerId}:${r.classId}:${r.courseId ?? 'offline'}`,
  ratings: (r) => r.courseId,
  'face-checks': (r) => r.classId,
  'institution-face-checks': (r) => r.institutionId,
  certificates: (r) => r.certificateId,
};
