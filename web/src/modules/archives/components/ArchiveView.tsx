import { Card, Descriptions, Space, Table, Tag } from 'antd';
import { formatDate, formatDateTime } from '../../../ui/format';
import { StatusTag } from '../../../ui/StatusTag';
import { certificateStatusLooks } from '../../certificates';
import { archiveTexts as t } from '../texts';
import type { Archive } from '../types';
import { FaceCheckTable } from './FaceCheckTable';
import { SessionsTable } from './SessionsTable';

/** The whole archive for a staff reader (M26): identity, classes and hours, certificates, face checks, lessons. */
export function ArchiveView({ learnerId, archive }: { learnerId: string; archive: Archive }) {
  const l = archive.learner;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t.identity}>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t.name}>{l.name}</Descriptions.Item>
          <Descriptions.Item label={t.idNumber}>{l.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label={t.genderLabel}>{t.gender[l.gender]}</Descriptions.Item>
          <Descriptions.Item label={t.birthDate}>{l.birthDate}</Descriptions.Item>
          <Descriptions.Item label={t.employer}>{l.employerName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t.employerCode}>{l.employerCreditCode ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t.jobCategory}>{l.jobCategory ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t.registeredAt}>{formatDateTime(l.registeredAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t.classes}>
        <Table
          size="small"
          rowKey="classId"
          pagination={false}
          dataSource={archive.classes}
          scroll={{ x: 760 }}
          columns={[
            { title: t.className, dataIndex: 'name' },
            { title: t.institution, dataIndex: 'institutionName' },
            { title: t.category, dataIndex: 'categoryName' },
            { title: t.hours, render: (_, c) => (c.standing ? t.hoursValue(c.standing.totalStudyHours, c.standing.requiredStudyHours) : '—') },
            { title: t.tests, render: (_, c) => (c.standing?.tests.length ? c.standing.tests.map((x) => `${x.title} ${x.score}`).join('；') : t.noTests) },
            { title: '', render: (_, c) => (c.standing?.complete ? <Tag color="green">{t.complete}</Tag> : <Tag>{t.incomplete}</Tag>) },
          ]}
        />
      </Card>
      <Card title={t.certificates}>
        <Table
          size="small"
          rowKey="number"
          pagination={false}
          dataSource={archive.certificates}
          locale={{ emptyText: t.noCertificates }}
          columns={[
            { title: t.certificateNumber, render: (_, c) => <a href={`/verify/${c.number}`}>{c.number}</a> },
            { title: t.className, dataIndex: 'className' },
            { title: t.hours, dataIndex: 'totalStudyHours' },
            { title: t.certificateStatus, render: (_, c) => <StatusTag look={certificateStatusLooks[c.status]} /> },
            { title: t.at, render: (_, c) => formatDate(c.issuedAt) },
          ]}
        />
      </Card>
      <Card title={t.faceChecks}>
        <FaceCheckTable learnerId={learnerId} checks={archive.faceChecks} />
      </Card>
      <Card title={t.sessions}>
        <SessionsTable learnerId={learnerId} />
      </Card>
    </Space>
  );
}
