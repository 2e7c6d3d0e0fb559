import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Row, Space, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate, formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage, PageError } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { StatusTag } from '../../../ui/StatusTag';
import { CategoryTags } from '../../categories';
import { useRegions } from '../../regions';
import { CancellationModal } from '../components/CancellationModal';
import { RegistrationDrawer } from '../components/RegistrationDrawer';
import { ScopeChangeModal } from '../components/ScopeChangeModal';
import { useDeclareOnline, useMyInstitution } from '../queries';
import { canCancel, canChangeScope, canDeclareOnline, reportedCities } from '../registration-rules';
import { onlineStatusLooks, registrationStatusLooks, registrationTexts as t } from '../texts';
import type { Institution, Registration } from '../types';

/** 机构备案: the institution and its registration in each city (N1.2, M12, M13). */
export function RegistrationsPage() {
  const mine = useMyInstitution();
  const [drawerOpen, setDrawerOpen] = useState(false);

  return (
    <PageContainer
      title={t.title}
      description={t.description}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawerOpen(true)} disabled={!mine.data}>
          {t.report}
        </Button>
      }
    >
      {mine.isPending ? (
        <PageSkeleton rows={5} cards={2} />
      ) : mine.isError ? (
        <Card>
          <PageError error={mine.error} onRetry={() => void mine.refetch()} />
        </Card>
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <InstitutionCard institution={mine.data.institution} registrations={mine.data.registrations} />
          <Card title={t.registrationsCard} extra={<span className="xk-card-hint">{t.registrationsHint}</span>}>
            <RegistrationsTable registrations={mine.data.registrations} onReport={() => setDrawerOpen(true)} />
          </Card>
        </Space>
      )}
      <RegistrationDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} reportedCities={reportedCities(mine.data?.registrations ?? [])} />
    </PageContainer>
  );
}

function InstitutionCard({ institution, registrations }: { institution: Institution; registrations: Registration[] }) {
  const { nameOf } = useRegions();
  const registered = registrations.filter((r) => r.status === 'registered').length;
  const published = registrations.filter((r) => r.onlineStatus === 'published').length;
  const waiting = registrations.filter((r) => r.status === 'submitted' || r.onlineStatus === 'declared').length;
  return (
    <Card title={t.institutionCard}>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={16}>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {institution.name}
          </Typography.Title>
          <Descriptions column={{ xs: 1, md: 2, xl: 2, xxl: 3 }} size="small" className="xk-plain-desc">
            <Descriptions.Item label={t.creditCode}>
              <span className="xk-mono xk-nowrap">{institution.creditCode}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t.region}>{nameOf(institution.regionCode)}</Descriptions.Item>
            <Descriptions.Item label={t.address}>{institution.address}</Descriptions.Item>
            <Descriptions.Item label={t.legalRepresentative}>{institution.legalRepresentative}</Descriptions.Item>
            <Descriptions.Item label={t.contact}>{institution.contactName}</Descriptions.Item>
            <Descriptions.Item label={t.contactPhone}>{institution.contactPhone}</Descriptions.Item>
          </Descriptions>
        </Col>
        <Col xs={24} xl={8}>
          <div className="xk-stat-strip">
            <Statistic title={t.statRegistered} value={registered} suffix={t.unitCity} />
            <Statistic title={t.statPublished} value={published} suffix={t.unitCity} />
            <Statistic title={t.statWaiting} value={waiting} suffix={t.unitItem} />
          </div>
        </Col>
      </Row>
    </Card>
  );
}

function RegistrationsTable({ registrations, onReport }: { registrations: Registration[]; onReport: () => void }) {
  const { nameOf } = useRegions();
  const declare = useDeclareOnline();
  const { message, modal } = App.useApp();
  const [scopeOf, setScopeOf] = useState<Registration | null>(null);
  const [cancelOf, setCancelOf] = useState<Registration | null>(null);

  const confirmDeclare = (reg: Registration) =>
    modal.confirm({
      title: t.declareTitle(nameOf(reg.cityCode)),
      content: t.declareBody,
      okText: t.declareOk,
      onOk: () =>
        declare
          .mutateAsync(reg.id)
          .then(() => void message.success(t.declared))
          .catch((error: unknown) => void message.error(errorMessage(error))),
    });

  const columns: ColumnsType<Registration> = [
    { title: t.city, dataIndex: 'cityCode', key: 'city', className: 'xk-nowrap', render: (code: string) => <strong>{nameOf(code)}</strong> },
    { title: t.categories, dataIndex: 'categories', key: 'categories', render: (ids: string[]) => <CategoryTags ids={ids} max={2} /> },
    { title: t.status, dataIndex: 'status', key: 'status', render: (status: Registration['status']) => <StatusTag look={registrationStatusLooks[status]} /> },
    { title: t.onlineStatus, dataIndex: 'onlineStatus', key: 'online', render: (status: Registration['onlineStatus']) => <StatusTag look={onlineStatusLooks[status]} /> },
    { title: t.submittedAt, dataIndex: 'submittedAt', key: 'submittedAt', className: 'xk-nowrap', render: formatDate },
    { title: t.registeredAt, dataIndex: 'registeredAt', key: 'registeredAt', className: 'xk-nowrap', render: formatDate },
    {
      title: t.actions,
      key: 'actions',
      className: 'xk-nowrap',
      render: (_, reg) => {
        const actions = [
          canDeclareOnline(reg) ? (
            <Button key="online" type="link" size="small" onClick={() => confirmDeclare(reg)}>
              {t.declareOnline}
            </Button>
          ) : null,
          canChangeScope(reg) ? (
            <Button key="scope" type="link" size="small" onClick={() => setScopeOf(reg)}>
              {t.changeScope}
            </Button>
          ) : null,
          canCancel(reg) ? (
            <Button key="cancel" type="link" size="small" danger onClick={() => setCancelOf(reg)}>
              {t.cancel}
            </Button>
          ) : null,
        ].filter(Boolean);
        return actions.length > 0 ? <Space size={0}>{actions}</Space> : <span className="xk-muted">—</span>;
      },
    },
  ];

  return (
    <>
      <Table<Registration>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={registrations}
        scroll={{ x: 980 }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (reg) => <RegistrationDetail reg={reg} />, columnTitle: t.detail, columnWidth: 56 }}
        locale={{
          emptyText: (
            <EmptyState
              title={t.emptyTitle}
              hint={t.emptyHint}
              action={
                <Button type="primary" onClick={onReport}>
                  {t.report}
                </Button>
              }
            />
          ),
        }}
      />
      <Typography.Paragraph type="secondary" className="xk-table-note">
        {t.pendingHint}
      </Typography.Paragraph>
      <ScopeChangeModal registration={scopeOf} onClose={() => setScopeOf(null)} />
      <CancellationModal registration={cancelOf} onClose={() => setCancelOf(null)} />
    </>
  );
}

function RegistrationDetail({ reg }: { reg: Registration }) {
  const seats = reg.classrooms.reduce((sum, c) => sum + c.seats, 0);
  return (
    <Descriptions column={{ xs: 1, lg: 2 }} size="small" bordered className="xk-expanded-desc">
      <Descriptions.Item label={t.categoriesLabel} span={2}>
        <CategoryTags ids={reg.categories} max={50} />
      </Descriptions.Item>
      <Descriptions.Item label={t.classroomsLabel} span={2}>
        <div>{t.classroomSummary(reg.classrooms.length, seats)}</div>
        {reg.classrooms.map((c) => (
          <div key={`${c.name}-${c.address}`} className="xk-muted">
            {t.classroomLine(c.name, c.address, c.seats)}
          </div>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t.offlineReportLabel}>{reg.offlineReport}</Descriptions.Item>
      <Descriptions.Item label={t.onlinePublishedAt}>{formatDateTime(reg.onlinePublishedAt)}</Descriptions.Item>
      {reg.decisionReason ? (
        <Descriptions.Item label={t.decisionReason} span={2}>
          {reg.decisionReason}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
