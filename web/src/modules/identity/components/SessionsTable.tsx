import { Alert, App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { LoginSession } from '../../../api/types';
import { formatDateTime } from '../../../ui/format';
import { errorMessage, PageError } from '../../../ui/PageError';
import { describeDevice } from '../device';
import { useRevokeSession, useSessions } from '../queries';
import { accountTexts as t } from '../texts';

/** The account's live logins; any but the current one can be signed out. */
export function SessionsTable() {
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const { message } = App.useApp();

  if (sessions.isError) return <PageError error={sessions.error} onRetry={() => void sessions.refetch()} />;

  const columns: ColumnsType<LoginSession> = [
    {
      title: t.device,
      key: 'device',
      render: (_, s) => (
        <div className="xk-session-device">
          <span>{describeDevice(s.userAgent)}</span>
          <span>
            {s.current ? (
              <Tag color="blue" bordered={false}>
                {t.current}
              </Tag>
            ) : null}
            {s.method ? <Typography.Text type="secondary">{t.methodNames[s.method] ?? s.method}</Typography.Text> : null}
          </span>
        </div>
      ),
    },
    { title: t.ip, dataIndex: 'ip', key: 'ip', render: (ip: string | null) => <span className="xk-mono">{ip ?? t.unknownIp}</span> },
    { title: t.createdAt, dataIndex: 'createdAt', key: 'createdAt', className: 'xk-nowrap', render: formatDateTime },
    { title: t.lastSeenAt, dataIndex: 'lastSeenAt', key: 'lastSeenAt', className: 'xk-nowrap', render: formatDateTime },
    {
      title: t.actions,
      key: 'actions',
      width: 72,
      render: (_, s) =>
        s.current ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Popconfirm
            title={t.revokeConfirmTitle}
            description={t.revokeConfirmBody}
            okText={t.revokeOk}
            cancelText={t.cancel}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              revoke
                .mutateAsync(s.id)
                .then(() => message.success(t.revoked))
                .catch((error: unknown) => message.error(errorMessage(error)))
            }
          >
            <Button type="link" danger size="small">
              {t.revoke}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <Alert type="info" showIcon message={t.sessionsHint} style={{ marginBottom: 16 }} />
      <Table<LoginSession>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={sessions.data?.items ?? []}
        loading={sessions.isPending}
        pagination={false}
        scroll={{ x: 660 }}
        locale={{ emptyText: t.noSessions }}
      />
    </>
  );
}
