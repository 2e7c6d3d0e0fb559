import { Alert, Button, Card, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { ConsoleLink } from '../../../ui/ConsoleLink';
import { useServerPage } from '../../../ui/server-pagination';
import { ServerTable } from '../../../ui/ServerTable';
import { CourseTitleFilter } from '../../catalogue';
import { CourseFeedbackDrawer } from '../components/CourseFeedbackDrawer';
import { Score } from '../components/Score';
import { ThresholdCard } from '../components/ThresholdCard';
import { useSatisfactionList, type SatisfactionFilters } from '../queries';
import { satisfactionTexts as t } from '../texts';
import type { SatisfactionRow } from '../types';

type Status = NonNullable<SatisfactionFilters['status']>;

/**
 * 课程满意度 (M22, M29): the institution's courses — or a regulator's region's —
 * with their average scores and the low-satisfaction flag. The institution
 * answers or takes a flagged course down; the province sets the threshold.
 */
export function SatisfactionPage({ mode, canSetThreshold }: { mode: 'institution' | 'regulator'; canSetThreshold: boolean }) {
  const institution = mode === 'institution';
  const [status, setStatus] = useState<Status>('published');
  const [title, setTitle] = useState('');
  const [flagged, setFlagged] = useState(false);
  const [open, setOpen] = useState<SatisfactionRow | null>(null);
  const paging = useServerPage();
  const list = useSatisfactionList({ status, title: title.trim() || undefined, flagged: flagged || undefined }, paging.request);
  const threshold = list.data?.threshold;
  const cut = threshold?.threshold ?? 0;

  const columns: ColumnsType<SatisfactionRow> = [
    {
      title: t.courseTitle,
      dataIndex: 'title',
      key: 'title',
      render: (value: string, row) => (
        <ConsoleLink to={`/courses/${row.courseId}`} onOpen={() => setOpen(row)}>
          {value}
        </ConsoleLink>
      ),
    },
    ...(institution ? [] : [{ title: t.institution, dataIndex: 'institutionName', key: 'institution', width: 220 }]),
    { title: t.content, key: 'content', width: 80, render: (_, row) => <Score value={row.summary.content} threshold={cut} /> },
    { title: t.course, key: 'course', width: 80, render: (_, row) => <Score value={row.summary.course} threshold={cut} /> },
    { title: t.teacher, key: 'teacher', width: 80, render: (_, row) => <Score value={row.summary.teacher} threshold={cut} /> },
    { title: t.count, key: 'count', width: 90, align: 'center', render: (_, row) => row.summary.count },
    {
      title: t.flag,
      key: 'flag',
      width: 120,
      render: (_, row) =>
        row.summary.flagged ? (
          <Tag color="error">{t.flagged}</Tag>
        ) : threshold && row.summary.count < threshold.minRatings ? (
          <span className="xk-muted">{t.notEnough(threshold.minRatings)}</span>
        ) : (
          <Tag>{t.normal}</Tag>
        ),
    },
    { title: t.publishedAt, dataIndex: 'publishedAt', key: 'publishedAt', width: 150, className: 'xk-nowrap', render: formatDateTime },
    {
      title: t.actions,
      key: 'actions',
      width: 100,
      render: (_, row) => (
        <Button type="link" size="small" onClick={() => setOpen(row)}>
          {t.view}
        </Button>
      ),
    },
  ];

  const filtered = Boolean(title.trim() || status !== 'published' || flagged);

  return (
    <PageContainer title={t.title} description={institution ? t.description : t.regulatorDescription}>
      {canSetThreshold ? <ThresholdCard current={threshold} /> : null}
      <Card>
        <Alert type="info" showIcon message={t.notice} description={threshold ? t.ruleLine(threshold.minRatings, threshold.threshold) : undefined} style={{ marginBottom: 16 }} />
        <FilterBar>
          <FilterField label={t.filterStatus}>
            <Select<Status>
              value={status}
              onChange={paging.filtered(setStatus)}
              style={{ width: 120 }}
              options={(['published', 'taken_down'] as const).map((s) => ({ value: s, label: t.statuses[s] }))}
            />
          </FilterField>
          <FilterField label={t.filterFlag}>
            <Select<'all' | 'flagged'>
              value={flagged ? 'flagged' : 'all'}
              onChange={paging.filtered((v: 'all' | 'flagged') => setFlagged(v === 'flagged'))}
              style={{ width: 150 }}
              options={[
                { value: 'all', label: t.allCourses },
                { value: 'flagged', label: t.flaggedOnly },
              ]}
            />
          </FilterField>
          <CourseTitleFilter value={title} onChange={paging.filtered(setTitle)} />
        </FilterBar>
        <ServerTable<SatisfactionRow>
          rowKey="courseId"
          list={list}
          paging={paging}
          showTotal={t.total}
          columns={columns}
          rowClassName={(row) => (row.summary.flagged ? 'xk-row-flagged' : '')}
          scroll={{ x: institution ? 900 : 1120 }}
          empty={filtered ? <EmptyState title={t.noMatch} /> : <EmptyState title={t.emptyTitle} hint={t.emptyHint} />}
        />
      </Card>
      <CourseFeedbackDrawer course={open} canAct={institution} onClose={() => setOpen(null)} />
    </PageContainer>
  );
}
