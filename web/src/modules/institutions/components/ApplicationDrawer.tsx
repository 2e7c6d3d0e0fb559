import { App, Button, Descriptions, Drawer, Space, Table, Tag, Tooltip, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../ui/format';
import { errorMessage } from '../../../ui/PageError';
import { ReasonModal } from '../../../ui/ReasonModal';
import { StatusTag } from '../../../ui/StatusTag';
import { CategoryTags, useCategories } from '../../categories';
import { useRegions } from '../../regions';
import { useDecideApplication } from '../queries';
import { applicationPayload, scopeDiff } from '../registration-rules';
import { applicationKindNames, applicationStatusLooks, applicationTexts as t, decisionVerbs, onlineStatusLooks, registrationStatusLooks } from '../texts';
import type { Application, Classroom, OnlineStatus, RegistrationStatus } from '../types';

const isRegistrationStatus = (s: string): s is RegistrationStatus => s in registrationStatusLooks;
const isOnlineStatus = (s: string): s is OnlineStatus => s in onlineStatusLooks;

/**
 * One application with everything the bureau checks, and the decision. Only the
 * city the institution reported to decides (`canDecide`); anyone else in the
 * region sees the buttons disabled and why.
 */
export function ApplicationDrawer({ application, onClose }: { application: Application | null; onClose: () => void }) {
  const decide = useDecideApplication();
  const { message, modal } = App.useApp();
  const { nameOf } = useRegions();
  const { nameOf: categoryName } = useCategories();
  const [rejecting, setRejecting] = useState(false);
  if (!application) return <Drawer open={false} />;

  const verbs = decisionVerbs[application.kind];
  const cityName = nameOf(application.registration.cityCode);
  const pending = application.status === 'pending';

  const send = (approve: boolean, reason?: string) =>
    decide
      .mutateAsync({ id: application.id, body: reason === undefined ? { approve } : { approve, reason } })
      .then(() => {
        void message.success(`${t.decided}：${approve ? verbs.approve : verbs.reject}`);
        setRejecting(false);
        onClose();
      })
      .catch((error: unknown) => void message.error(errorMessage(error)));

  const approve = () =>
    modal.confirm({
      title: t.confirmTitle(verbs.approve, application.institution.name),
      content: verbs.approveEffect(cityName),
      okText: verbs.approve,
      onOk: () => send(true),
    });

  const buttons = (
    <Space>
      <Button danger disabled={!application.canDecide} onClick={() => setRejecting(true)}>
        {verbs.reject}
      </Button>
      <Button type="primary" disabled={!application.canDecide} onClick={approve}>
        {verbs.approve}
      </Button>
    </Space>
  );

  return (
    <Drawer
      title={`${t.drawerTitle} · ${applicationKindNames[application.kind]}`}
      open
      onClose={onClose}
      width={720}
      footer={
        pending ? (
          <div className="xk-drawer-footer">
            {application.canDecide ? buttons : <Tooltip title={t.cityOnly}>{buttons}</Tooltip>}
          </div>
        ) : null
      }
    >
      <Space direction="vertical" size={20} style={{ width: '100%' }}>
        <section>
          <Typography.Title level={5} className="xk-section-title">{t.sectionApplication}</Typography.Title>
          <Descriptions
            column={2}
            size="small"
            bordered
            items={[
              {
                key: 'kind',
                label: t.kind,
                children: (
                  <Tag color="blue" bordered={false}>
                    {applicationKindNames[application.kind]}
                  </Tag>
                ),
              },
              { key: 'status', label: t.status, children: <StatusTag look={applicationStatusLooks[application.status]} /> },
              { key: 'city', label: t.city, children: cityName },
              { key: 'submittedAt', label: t.submittedAt, children: formatDateTime(application.submittedAt) },
              ...(contentItems(application, categoryName) ?? []),
              ...(pending
                ? []
                : [
                    { key: 'decidedAt', label: t.decidedAt, children: formatDateTime(application.decidedAt) },
                    { key: 'reason', label: t.decisionReason, children: application.reason ?? '—' },
                  ]),
            ]}
          />
        </section>

        <section>
          <Typography.Title level={5} className="xk-section-title">{t.sectionInstitution}</Typography.Title>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t.institution} span={2}>
              <strong>{application.institution.name}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t.creditCode}>
              <span className="xk-mono">{application.institution.creditCode}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t.legalRepresentative}>{application.institution.legalRepresentative}</Descriptions.Item>
            <Descriptions.Item label={t.region}>{nameOf(application.institution.regionCode)}</Descriptions.Item>
            <Descriptions.Item label={t.address}>{application.institution.address}</Descriptions.Item>
          </Descriptions>
        </section>

        <section>
          <Typography.Title level={5} className="xk-section-title">{t.sectionRegistration}</Typography.Title>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t.registrationStatus}>
              {isRegistrationStatus(application.registration.status) ? <StatusTag look={registrationStatusLooks[application.registration.status]} /> : application.registration.status}
            </Descriptions.Item>
            <Descriptions.Item label={t.onlineStatus}>
              {isOnlineStatus(application.registration.onlineStatus) ? <StatusTag look={onlineStatusLooks[application.registration.onlineStatus]} /> : application.registration.onlineStatus}
            </Descriptions.Item>
            <Descriptions.Item label={application.kind === 'scope_change' ? t.currentCategories : t.categories} span={2}>
              <CategoryTags ids={application.registration.categories} max={50} />
            </Descriptions.Item>
            <Descriptions.Item label={t.offlineReport} span={2}>
              {application.registration.offlineReport}
            </Descriptions.Item>
          </Descriptions>
          <Table<Classroom>
            className="xk-subtable"
            size="small"
            rowKey={(c) => `${c.name}-${c.address}`}
            pagination={false}
            dataSource={application.registration.classrooms}
            title={() => t.classrooms}
            columns={[
              { title: t.classroomName, dataIndex: 'name' },
              { title: t.classroomAddress, dataIndex: 'address' },
              { title: t.seats, dataIndex: 'seats', width: 80, align: 'right' },
            ]}
          />
        </section>
      </Space>

      <ReasonModal
        request={
          rejecting
            ? {
                title: t.confirmTitle(verbs.rejectTitle, application.institution.name),
                effect: t.rejectEffect(verbs.rejectTitle),
                label: t.reasonLabel,
                placeholder: t.reasonPlaceholder,
                requiredMessage: t.reasonRequired,
                okText: verbs.reject,
              }
            : null
        }
        onCancel={() => setRejecting(false)}
        onSubmit={(reason) => void send(false, reason)}
        submitting={decide.isPending}
      />
    </Drawer>
  );
}

/** The part that differs by kind: the categories asked for, what they change, or the reason to cancel. */
function contentItems(application: Application, nameOf: (id: string) => string): DescriptionsProps['items'] {
  const { categories, reason } = applicationPayload(application.payload);
  if (application.kind === 'scope_change' && categories) {
    const diff = scopeDiff(application.registration.categories, categories);
    return [
      { key: 'requested', label: t.requestedCategories, span: 2, children: <CategoryTags ids={categories} max={50} /> },
      { key: 'added', label: t.added, children: diff.added.length ? diff.added.map(nameOf).join('、') : '—' },
      { key: 'removed', label: t.removed, children: diff.removed.length ? diff.removed.map(nameOf).join('、') : '—' },
    ];
  }
  if (application.kind === 'cancellation') return [{ key: 'reason', label: t.cancellationReason, span: 2, children: reason ?? '—' }];
  return [];
}
