import { Alert, Card, Col, Descriptions, Row, Statistic, Table } from 'antd';
import { Link, Navigate, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { EmptyState } from '../../../ui/EmptyState';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { COLUMNS } from '../components/columns';
import { DrillBreadcrumb } from '../components/DrillBreadcrumb';
import { OversightList } from '../components/OversightList';
import { oversightPaths as paths } from '../paths';
import { useClassSummary, useInstitutionSummary, useRegionSummary } from '../queries';
import { columnTitles as c, oversightTexts as t, statusNames, trainingTypeNames } from '../texts';
import type { RegionSummary } from '../types';

type Counts = RegionSummary['totals'];
const countColumns = [
  { title: t.counts.institutions, dataIndex: ['counts', 'institutions'], align: 'right' as const },
  { title: t.counts.classes, dataIndex: ['counts', 'classes'], align: 'right' as const },
  { title: t.counts.enrolments, dataIndex: ['counts', 'enrolments'], align: 'right' as const },
  { title: t.counts.certificates, dataIndex: ['counts', 'certificates'], align: 'right' as const },
];

function Totals({ totals }: { totals: Counts }) {
  return (
    <Row gutter={16} style={{ marginBottom: 16 }}>
      {(Object.keys(t.counts) as (keyof Counts)[]).map((k) => (
        <Col key={k} xs={12} md={6}>
          <Card size="small">
            <Statistic title={t.counts[k]} value={totals[k]} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** /oversight/drill — starts at the caller's own region. */
export function DrillStartPage() {
  const code = useAuth().activeRole.scope.regionCode ?? '440000';
  return <Navigate to={paths.region(code)} replace />;
}

/** Province → cities, city → counties, county → institutions, each with its counts (M29). */
export function DrillRegionPage() {
  const { code = '' } = useParams();
  const summary = useRegionSummary(code);
  return (
    <PageContainer title={summary.data ? `${t.drillTitle}：${summary.data.region.path}` : t.drillTitle} description={t.drillDescription}>
      {summary.isPending ? (
        <PageSkeleton rows={6} />
      ) : summary.isError ? (
        <PageError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <DrillBreadcrumb regions={summary.data.ancestors} />
          <Totals totals={summary.data.totals} />
          {summary.data.children.length ? (
            <Card title={t.region} style={{ marginBottom: 16 }}>
              <Table
                size="small"
                rowKey="code"
                pagination={false}
                dataSource={summary.data.children}
                columns={[{ title: t.region, dataIndex: 'name', render: (name: string, r: { code: string }) => <Link to={paths.region(r.code)}>{name}</Link> }, ...countColumns]}
              />
            </Card>
          ) : null}
          {summary.data.region.level !== 'province' ? (
            <Card title={t.institutionsHere}>
              <Table
                size="small"
                rowKey="id"
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                dataSource={summary.data.institutions}
                locale={{ emptyText: <EmptyState title={t.noInstitutions} /> }}
                columns={[
                  { title: c.institution, dataIndex: 'name', render: (name: string, r: { id: string }) => <Link to={paths.institution(r.id)}>{name}</Link> },
                  { title: c.region, dataIndex: 'regionName' },
                  { title: t.counts.classes, dataIndex: 'classes', align: 'right' },
                  { title: t.counts.enrolments, dataIndex: 'enrolments', align: 'right' },
                  { title: t.counts.certificates, dataIndex: 'certificates', align: 'right' },
                ]}
              />
            </Card>
          ) : null}
        </>
      )}
    </PageContainer>
  );
}

/** An institution: its registrations in the caller's region and its classes there. */
export function DrillInstitutionPage() {
  const { id = '' } = useParams();
  const summary = useInstitutionSummary(id);
  return (
    <PageContainer title={summary.data?.institution.name ?? t.drillTitle} description={t.drillDescription}>
      {summary.isPending ? (
        <PageSkeleton rows={6} />
      ) : summary.isError ? (
        <PageError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <DrillBreadcrumb regions={summary.data.ancestors} institution={summary.data.institution} />
          <Card style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t.creditCode}>{summary.data.institution.creditCode}</Descriptions.Item>
              <Descriptions.Item label={c.region}>{summary.data.institution.regionName}</Descriptions.Item>
              <Descriptions.Item label={t.address}>{summary.data.institution.address}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t.registrations} style={{ marginBottom: 16 }}>
            <Table size="small" rowKey="registrationId" pagination={false} dataSource={summary.data.registrations} columns={COLUMNS.institutions.filter((col) => col.title !== c.institution)} />
          </Card>
          <Card title={t.classesOf}>
            <OversightList kind="classes" fixed={{ institutionId: id }} compact />
          </Card>
        </>
      )}
    </PageContainer>
  );
}

/** A class: its facts and its learners, each learner opening the audited archive (M28). */
export function DrillClassPage() {
  const { id = '' } = useParams();
  const summary = useClassSummary(id);
  const cls = summary.data?.class;
  return (
    <PageContainer title={cls?.name ?? t.drillTitle} description={t.drillDescription}>
      {summary.isPending ? (
        <PageSkeleton rows={6} />
      ) : summary.isError || !cls ? (
        <PageError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <>
          <DrillBreadcrumb regions={summary.data.ancestors} institution={{ id: cls.institutionId, name: cls.institutionName }} cls={cls} />
          <Card style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={c.classCode}>{cls.code}</Descriptions.Item>
              <Descriptions.Item label={c.category}>{cls.categoryName}</Descriptions.Item>
              <Descriptions.Item label={c.trainingType}>{trainingTypeNames[cls.trainingType] ?? cls.trainingType}</Descriptions.Item>
              <Descriptions.Item label={c.period}>{`${cls.startsOn} 至 ${cls.endsOn}`}</Descriptions.Item>
              <Descriptions.Item label={c.status}>{statusNames[cls.status] ?? cls.status}</Descriptions.Item>
              <Descriptions.Item label={`${c.enrolled} / ${c.completed}`}>{`${cls.enrolled} / ${cls.completed}`}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t.learnersOf}>
            <Alert type="info" showIcon message={t.auditNote} style={{ marginBottom: 12 }} />
            <OversightList kind="enrolments" fixed={{ classId: id }} compact />
          </Card>
        </>
      )}
    </PageContainer>
  );
}
