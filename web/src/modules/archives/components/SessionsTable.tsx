import { Button, Table } from 'antd';
import { formatDateTime, formatDuration } from '../../../ui/format';
import { useArchiveSessions } from '../queries';
import { archiveTexts as t } from '../texts';

/** Every lesson with its times, duration and the credit it earned, newest first, a page at a time. */
export function SessionsTable({ learnerId }: { learnerId: string | null }) {
  const sessions = useArchiveSessions(learnerId);
  const rows = sessions.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        loading={sessions.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: t.noSessions }}
        columns={[
          { title: t.startedAt, render: (_, s) => formatDateTime(s.startedAt) },
          { title: t.className, dataIndex: 'className' },
          { title: t.lesson, render: (_, s) => `${s.courseTitle} · ${s.lessonTitle}` },
          { title: t.duration, render: (_, s) => (s.durationSeconds === null ? t.inProgress : formatDuration(s.durationSeconds)) },
          { title: t.credited, render: (_, s) => formatDuration(s.creditedSeconds) },
          { title: t.device, dataIndex: 'deviceId' },
        ]}
      />
      {sessions.hasNextPage ? (
        <Button block style={{ marginTop: 12 }} loading={sessions.isFetchingNextPage} onClick={() => void sessions.fetchNextPage()}>
          {t.loadMore}
        </Button>
      ) : null}
    </>
  );
}
