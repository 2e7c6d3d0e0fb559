import { Col, DatePicker, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useAuth } from '../../../app/auth';
import { useCategories } from '../../categories';
import { InspectionCoverageCard } from '../../enforcement';
import { useRegionTree } from '../../regions';
import { regionOptions } from '../region-options';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime, todayInShanghai } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { DashboardCard } from '../components/DashboardCard';
import { useDashboard } from '../queries';
import { dashboardTexts as t, granularityNames, groupByNames } from '../texts';
import type { DashboardFilters, DashboardView, Granularity, GroupBy } from '../types';

const VIEWS: DashboardView[] = ['learning', 'completion', 'integrity', 'ratings'];
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;
const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const PROVINCE = '440000';

/** 监管驾驶舱 (issue 8 item 2): the caller's region (M29) over a period ending on Guangdong's today, by city or county and by category. */
export default function DashboardPage() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => {
    const today = todayInShanghai();
    return [today.subtract(DEFAULT_DAYS - 1, 'day'), today];
  });
  const [granularity, setGranularity] = useState<Granularity>('day');
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  const [categoryId, setCategoryId] = useState<string | undefined>(undefined);
  const [region, setRegion] = useState<string | undefined>(undefined);
  const { items: categories, nameOf } = useCategories();
  const { activeRole } = useAuth();
  const tree = useRegionTree().data;
  const ownRegion = activeRole.role === 'regulator' ? (activeRole.scope.regionCode ?? PROVINCE) : PROVINCE;
  const regions = useMemo(() => (tree ? regionOptions(tree, ownRegion) : []), [tree, ownRegion]);
  const filters: DashboardFilters = { from: day(range[0]), to: day(range[1]), granularity, groupBy, categoryId, region };
  // The learning view also tells the region's level and the data's freshness (shared cache with its card).
  const head = useDashboard('learning', filters).data;
  const level = head?.region.level ?? 'city';

  return (
    <PageContainer
      title={head ? `${t.title} · ${head.region.name}` : t.title}
      description={t.description}
      extra={<Typography.Text type="secondary">{head?.refreshedAt ? t.refreshedAt(formatDateTime(head.refreshedAt)) : t.notRefreshed}</Typography.Text>}
    >
      <FilterBar>
        <FilterField label={t.period}>
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            disabledDate={(d, info) => (info.from ? Math.abs(d.diff(info.from, 'day')) >= MAX_DAYS : false) || d.isAfter(todayInShanghai(), 'day')}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          />
        </FilterField>
        {regions.length > 1 ? (
          <FilterField label={t.region}>
            <Select showSearch optionFilterProp="label" value={region ?? ownRegion} onChange={(v: string) => setRegion(v === ownRegion ? undefined : v)} style={{ width: 200 }} options={regions} />
          </FilterField>
        ) : null}
        <FilterField label={t.granularity}>
          <Select<Granularity> value={granularity} onChange={setGranularity} style={{ width: 100 }} options={(Object.keys(granularityNames) as Granularity[]).map((g) => ({ value: g, label: granularityNames[g] }))} />
        </FilterField>
        <FilterField label={t.groupBy}>
          <Select<GroupBy> value={groupBy} onChange={setGroupBy} style={{ width: 130 }} options={(['none', 'region', 'category'] as GroupBy[]).map((g) => ({ value: g, label: groupByNames(level)[g] }))} />
        </FilterField>
        <FilterField label={t.category}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t.allCategories}
            value={categoryId}
            onChange={(v: string | undefined) => setCategoryId(v)}
            style={{ width: 260 }}
            options={categories.map((c) => ({ value: c.id, label: nameOf(c.id) }))}
          />
        </FilterField>
      </FilterBar>
      <Row gutter={[16, 16]}>
        {VIEWS.map((view) => (
          <Col key={view} xs={24} xl={12}>
            <DashboardCard view={view} filters={filters} />
          </Col>
        ))}
        {activeRole.role === 'regulator' ? (
          <Col xs={24} xl={12}>
            <InspectionCoverageCard />
          </Col>
        ) : null}
      </Row>
    </PageContainer>
  );
}
