import { Card, Descriptions, Table, Typography } from 'antd';
import { formatDate, formatDateTime } from '../../../ui/format';
import { trainingTypeText, verifyTexts as t } from '../texts';
import type { Verification } from '../types';

const hoursCell = (studyHours: number, seconds: number) => (seconds > 0 ? `${studyHours}（${Math.round(seconds / 60)} 分钟）` : '—');

/** Everything a certificate states, as signed (M25). */
export function CertificateContentView({ v }: { v: Verification }) {
  const k = v.content;
  return (
    <>
      <Card title={t.basics} className="xk-cert-card">
        <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }}>
          <Descriptions.Item label={t.number}>{v.number}</Descriptions.Item>
          <Descriptions.Item label={t.version}>{k.version}</Descriptions.Item>
          <Descriptions.Item label={t.name}>{k.learner.name}</Descriptions.Item>
          <Descriptions.Item label={t.idNumber}>{k.learner.idNumberMasked}</Descriptions.Item>
          <Descriptions.Item label={t.employer}>{k.learner.employer ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t.category}>{k.training.categoryName}</Descriptions.Item>
          <Descriptions.Item label={t.trainingType}>{trainingTypeText[k.training.trainingType]}</Descriptions.Item>
          <Descriptions.Item label={t.institution}>{`${k.institution.name}（${k.institution.creditCode}）`}</Descriptions.Item>
          <Descriptions.Item label={t.className}>{k.class.name}</Descriptions.Item>
          <Descriptions.Item label={t.period}>{`${formatDate(k.period.firstStudyAt)} 至 ${formatDate(k.period.lastStudyAt)}`}</Descriptions.Item>
          <Descriptions.Item label={t.totalHours}>{t.totalHoursValue(k.hours.totalStudyHours, k.hours.required.theoryHours + k.hours.required.practicalHours)}</Descriptions.Item>
          <Descriptions.Item label={t.issuedAt}>{formatDateTime(k.issuedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t.courses} className="xk-cert-card">
        <Table
          size="small"
          pagination={false}
          rowKey={(c) => c.courseId ?? c.title}
          dataSource={k.hours.courses}
          scroll={{ x: 420 }}
          columns={[
            { title: t.course, dataIndex: 'title' },
            { title: t.online, render: (_, c) => hoursCell(c.onlineStudyHours, c.onlineSeconds) },
            { title: t.offline, render: (_, c) => hoursCell(c.offlineStudyHours, c.offlineSeconds) },
          ]}
        />
      </Card>
      <Card title={t.tests} className="xk-cert-card">
        {k.tests.length === 0 ? (
          <Typography.Text type="secondary">{t.noTests}</Typography.Text>
        ) : (
          <Table
            size="small"
            pagination={false}
            rowKey="courseId"
            dataSource={k.tests}
            columns={[
              { title: t.test, dataIndex: 'title' },
              { title: t.score, dataIndex: 'score' },
              { title: t.passMark, dataIndex: 'passMark' },
              { title: t.result, render: (_, r) => (r.passed ? t.passed : t.failed) },
            ]}
          />
        )}
      </Card>
      <Card title={t.seal} className="xk-cert-card">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t.contentHash}>
            <Typography.Text code className="xk-cert-hash">
              {v.contentHash}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t.keyId}>{`Ed25519 ${v.keyId}`}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t.offlineHint}（<a href="/api/v1/public/certificates/public-key">{t.publicKey}</a>）
        </Typography.Paragraph>
      </Card>
    </>
  );
}
