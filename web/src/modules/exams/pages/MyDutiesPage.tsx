import { Alert, Card, Descriptions, Table } from 'antd';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { useMyDuties } from '../queries';
import { documentKindNames, dutyNames, staffTexts as t } from '../texts';

/** An exam staff member's own record: agreements in force and the sessions they work (N2.5). */
export function MyDutiesPage() {
  const duties = useMyDuties();
  if (duties.isPending) return <PageSkeleton />;
  if (duties.isError) return <PageError error={duties.error} onRetry={() => void duties.refetch()} />;
  const { staff, sessions } = duties.data;
  return (
    <PageContainer title={t.mine}>
      {staff ? (
        <Card>
          {!staff.agreementsInForce ? <Alert type="error" showIcon message={`${t.agreements}：${t.missing}`} style={{ marginBottom: 16 }} /> : null}
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t.name}>{staff.name}</Descriptions.Item>
            <Descriptions.Item label={t.duties}>{staff.duties.map((d) => dutyNames[d]).join('、')}</Descriptions.Item>
            {staff.documents.map((d) => (
              <Descriptions.Item key={d.id} label={documentKindNames[d.kind]}>{`${d.title}（${d.datedOn}${d.expiresOn ? ` 至 ${d.expiresOn}` : ''}）`}</Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      ) : null}
      <Card style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          dataSource={sessions}
          pagination={false}
          locale={{ emptyText: <EmptyState title={t.mineEmpty} /> }}
          columns={[
            { title: '考试时间', key: 'time', render: (_, s) => `${formatDateTime(s.startsAt)} – ${formatDateTime(s.endsAt).slice(11)}` },
            { title: '考点', key: 'site', render: (_, s) => `${s.siteName} · ${s.room}` },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
