import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { downloadCsv, toCsv, type CsvColumn } from '../../../ui/export-csv';
import { FilterBar, FilterField, StatusFilter } from '../../../ui/FilterBar';
import { todayInShanghai } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { useCategories } from '../../categories';
import { useRegions } from '../../regions';
import { classPath, type ClassesMode } from '../class-routes';
import { ClassesTable } from '../components/ClassesTable';
import { CreateClassDrawer } from '../components/CreateClassDrawer';
import { useClasses } from '../queries';
import { classStatusLooks, listTexts as t, trainingTypeNames } from '../texts';
import type { ClassStatus, ClassSummary, TrainingType } from '../types';

/**
 * 培训班 (M23): the institution's classes, opened here with a lawful plan (M19);
 * 辖区培训班: a regulator's read-only view of the classes in its region.
 */
export function ClassesPage({ mode }: { mode: ClassesMode }) {
  const institution = mode === 'institution';
  const classes = useClasses();
  const navigate = useNavigate();
  const [status, setStatus] = useState<ClassStatus | undefined>();
  const [type, setType] = useState<TrainingType | undefined>();
  const [name, setName] = useState('');
  const [creating, setCreating] = useState(false);
  const { nameOf: categoryName } = useCategories();
  const { nameOf: cityName } = useRegions();
  const needle = name.trim();
  const shown = (classes.data ?? []).filter(
    (c) => (!status || c.status === status) && (!type || c.trainingType === type) && (!needle || c.name.includes(needle) || c.institutionName.includes(needle)),
  );
  const filtered = Boolean(status || type || needle);

  const exportCsv = () => {
    const columns: CsvColumn<ClassSummary>[] = [
      { title: t.name, value: (c) => c.name },
      { title: t.institution, value: (c) => c.institutionName },
      { title: t.category, value: (c) => categoryName(c.categoryId) },
      { title: t.trainingType, value: (c) => trainingTypeNames[c.trainingType] },
      { title: t.city, value: (c) => cityName(c.cityCode) },
      { title: t.period, value: (c) => `${c.startsOn} 至 ${c.endsOn}` },
      { title: t.planTitle, value: (c) => t.plan(c.plan.onlineTheoryHours, c.plan.offlineTheoryHours, c.plan.practicalHours) },
      { title: t.learners, value: (c) => c.learnerCount },
      { title: t.status, value: (c) => classStatusLooks[c.status].label },
    ];
    downloadCsv(t.exportFile(todayInShanghai().format('YYYYMMDD')), toCsv(shown, columns));
  };

  const empty = filtered ? (
    <EmptyState title={t.noMatch} />
  ) : institution ? (
    <EmptyState
      title={t.emptyTitle}
      hint={t.emptyHint}
      action={
        <Button type="primary" onClick={() => setCreating(true)}>
          {t.create}
        </Button>
      }
    />
  ) : (
    <EmptyState title={t.regulatorEmptyTitle} />
  );

  return (
    <PageContainer
      title={institution ? t.title : t.regulatorTitle}
      description={institution ? t.description : t.regulatorDescription}
      extra={
        institution ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t.create}
          </Button>
        ) : null
      }
    >
      <Card>
        <FilterBar
          extra={
            institution ? null : (
              <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={shown.length === 0}>
                {t.export}
              </Button>
            )
          }
        >
          <StatusFilter label={t.filterStatus} looks={classStatusLooks} value={status} onChange={setStatus} allLabel={t.allStatuses} width={130} />
          <FilterField label={t.filterType}>
            <Select<TrainingType | 'all'>
              value={type ?? 'all'}
              onChange={(v) => setType(v === 'all' ? undefined : v)}
              style={{ width: 130 }}
              options={[{ value: 'all', label: t.allTypes }, ...(['initial', 'refresher'] as const).map((s) => ({ value: s, label: trainingTypeNames[s] }))]}
            />
          </FilterField>
          <FilterField label={t.filterName}>
            <Input.Search allowClear placeholder={t.namePlaceholder} value={name} onChange={(e) => setName(e.target.value)} style={{ width: 240 }} />
          </FilterField>
        </FilterBar>
        {classes.isError ? (
          <PageError error={classes.error} onRetry={() => void classes.refetch()} />
        ) : (
          <ClassesTable classes={shown} loading={classes.isPending} mode={mode} empty={empty} />
        )}
      </Card>
      {institution ? <CreateClassDrawer open={creating} onClose={() => setCreating(false)} onCreated={(id) => navigate(classPath(mode, id))} /> : null}
    </PageContainer>
  );
}
