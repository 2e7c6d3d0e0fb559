import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { PageError } from '../../../ui/PageError';
import type { Teacher } from '../../institutions';
import { studyHoursOf } from '../../learners';
import { useClassroomSessions } from '../queries';
import { sessionKindNames, sessionTexts as t, signInMethodNames } from '../texts';
import type { ClassDetail, ClassroomSession, SignInMethod } from '../types';
import { RecordSessionDrawer } from './RecordSessionDrawer';

type SignInLine = ClassroomSession['signIns'][number];

/** "2026-11-23 18:00 – 20:00"; the end's date is written out only when the session ran past midnight. */
function sessionTime(startsAt: string, endsAt: string): string {
  const start = formatDateTime(startsAt);
  const end = formatDateTime(endsAt);
  return `${start} – ${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end}`;
}

/** What a session credited each learner present; a range when the class's planned hours capped some (M19). */
function Credited({ session }: { session: ClassroomSession }) {
  const seconds = session.signIns.map((s) => s.seconds);
  if (seconds.length === 0) return <span className="xk-muted">—</span>;
  const text = t.creditedValue(studyHoursOf(Math.min(...seconds)), studyHoursOf(Math.max(...seconds)));
  const full = (new Date(session.endsAt).getTime() - new Date(session.startsAt).getTime()) / 1000;
  return Math.min(...seconds) < full ? <Tooltip title={t.cappedHint}>{text}</Tooltip> : <>{text}</>;
}

/** 面授记录 (M19): the class's classroom sessions with their sign-in lists; the institution records new ones. */
export function SessionsPanel({ cls, editable, teachers, teacherName }: { cls: ClassDetail; editable: boolean; teachers: Teacher[]; teacherName: (id: string) => string }) {
  const sessions = useClassroomSessions(cls.id);
  const [recording, setRecording] = useState(false);
  const learnerName = (id: string) => cls.enrolments.find((e) => e.learnerId === id)?.name ?? '—';

  const columns: ColumnsType<ClassroomSession> = [
    { title: t.time, key: 'time', width: 250, className: 'xk-nowrap', render: (_, s) => sessionTime(s.startsAt, s.endsAt) },
    { title: t.kind, dataIndex: 'kind', key: 'kind', width: 70, render: (kind: string) => <Tag bordered={false}>{sessionKindNames[kind as keyof typeof sessionKindNames] ?? kind}</Tag> },
    { title: t.topic, dataIndex: 'topic', key: 'topic', width: 220, ellipsis: true },
    { title: t.place, dataIndex: 'place', key: 'place', width: 200, ellipsis: true },
    { title: t.teacher, dataIndex: 'teacherId', key: 'teacher', width: 100, render: teacherName },
    { title: t.signedIn, key: 'signedIn', width: 90, align: 'center', render: (_, s) => s.signIns.length },
    { title: t.credited, key: 'credited', width: 130, render: (_, s) => <Credited session={s} /> },
  ];

  const signInColumns: ColumnsType<SignInLine> = [
    { title: t.learner, dataIndex: 'learnerId', key: 'learner', render: learnerName },
    { title: t.method, dataIndex: 'method', key: 'method', render: (m: string) => signInMethodNames[m as SignInMethod] ?? m },
    { title: t.seconds, dataIndex: 'seconds', key: 'seconds', render: (s: number) => `${studyHoursOf(s)} 学时` },
  ];

  const recordButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} disabled={cls.enrolments.length === 0}>
      {t.record}
    </Button>
  );

  return (
    <Card title={t.title} extra={editable ? recordButton : null}>
      {sessions.isError ? (
        <PageError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <Table<ClassroomSession>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={sessions.data ?? []}
          loading={sessions.isPending}
          scroll={{ x: 1040 }}
          pagination={{ pageSize: 10, showSizeChanger: false, showTotal: t.total }}
          expandable={{
            expandedRowRender: (s) => <Table<SignInLine> rowKey="learnerId" size="small" pagination={false} columns={signInColumns} dataSource={s.signIns} />,
          }}
          locale={{ emptyText: sessions.isPending ? ' ' : <EmptyState title={t.emptyTitle} hint={t.emptyHint} action={editable ? recordButton : undefined} /> }}
        />
      )}
      {editable ? <RecordSessionDrawer cls={cls} teachers={teachers} open={recording} onClose={() => setRecording(false)} /> : null}
    </Card>
  );
}
