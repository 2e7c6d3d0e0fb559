import { Button, DatePicker, Input, Select, Table, type TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useAuth } from '../../../app/auth';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { PageError } from '../../../ui/PageError';
import { useCategories } from '../../categories';
import { useRegionTree } from '../../regions';
import { sortOf } from '../list-query';
import { useOversightList } from '../queries';
import { dateLabels, oversightTexts as t, statusOptions } from '../texts';
import type { Filters, ListKind, RowOf } from '../types';
import { COLUMNS, rowKeyOf } from './columns';
import { ExportButton } from './ExportButton';

const PAGE_SIZES = [20, 50, 100];

/**
 * One supervision list (M29): filters (city, county, category, status, dates,
 * keyword), server-side sort and pagination with the total, and 导出Excel of
 * exactly what is filtered. `fixed` pins filters a drill-down level sets.
 */
export function OversightList<K extends ListKind>({ kind, fixed = {}, compact = false }: { kind: K; fixed?: Filters; compact?: boolean }) {
  const { activeRole } = useAuth();
  const scope = activeRole.scope.regionCode ?? '440000';
  const tree = useRegionTree();
  const { items: categories } = useCategories();
  const [filters, setFilters] = useState<Filters>({});
  const [keyword, setKeyword] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const effective = useMemo(() => ({ ...filters, ...fixed }), [filters, fixed]);
  const list = useOversightList(kind, effective, page, pageSize);

  // A province regulator picks a city then a county; a city regulator its counties; a county nothing.
  const cities = useMemo(() => (scope.endsWith('0000') ? (tree.data?.children ?? []) : []), [scope, tree.data]);
  const cityCode = scope.endsWith('0000') ? filters.cityCode : scope.endsWith('00') ? scope : undefined;
  const counties = useMemo(() => tree.data?.children.find((c) => c.code === cityCode)?.children ?? [], [tree.data, cityCode]);

  const set = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const reset = () => {
    setFilters({});
    setKeyword('');
    setRange(null);
    setPage(1);
  };
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');

  const onChange = (p: TablePaginationConfig, _f: unknown, sorter: SorterResult<RowOf[K]> | SorterResult<RowOf[K]>[]) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const next = sortOf(one?.columnKey ?? one?.field, one?.order);
    if (next.sort !== filters.sort || next.order !== filters.order) set(next);
    else {
      setPage(p.current ?? 1);
      setPageSize(p.pageSize ?? 20);
    }
  };

  const statuses = statusOptions[kind];
  return (
    <>
      {compact ? null : (
        <FilterBar extra={<ExportButton kind={kind} filters={effective} disabled={!list.data || list.data.total === 0} />}>
          {cities.length ? (
            <FilterField label={t.filterCity}>
              <Select
                value={filters.cityCode ?? ''}
                onChange={(v) => set({ cityCode: v || undefined, countyCode: undefined })}
                style={{ width: 130 }}
                options={[{ value: '', label: t.allCities }, ...cities.map((c) => ({ value: c.code, label: c.name }))]}
              />
            </FilterField>
          ) : null}
          {counties.length ? (
            <FilterField label={t.filterCounty}>
              <Select
                value={filters.countyCode ?? ''}
                onChange={(v) => set({ countyCode: v || undefined })}
                style={{ width: 130 }}
                options={[{ value: '', label: t.allCounties }, ...counties.map((c) => ({ value: c.code, label: c.name }))]}
              />
            </FilterField>
          ) : null}
          <FilterField label={t.filterCategory}>
            <Select
              value={filters.categoryId ?? ''}
              onChange={(v) => set({ categoryId: v || undefined })}
              style={{ width: 200 }}
              showSearch
              optionFilterProp="label"
              options={[{ value: '', label: t.allCategories }, ...categories.filter((c) => c.inExamScope).map((c) => ({ value: c.id, label: c.name }))]}
            />
          </FilterField>
          {statuses.length ? (
            <FilterField label={t.filterStatus}>
              <Select value={filters.status ?? ''} onChange={(v) => set({ status: v || undefined })} style={{ width: 120 }} options={[{ value: '', label: t.allStatuses }, ...statuses]} />
            </FilterField>
          ) : null}
          <FilterField label={dateLabels[kind]}>
            <DatePicker.RangePicker
              value={range}
              onChange={(v) => {
                setRange(v);
                set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') });
              }}
            />
          </FilterField>
          <FilterField label={t.filterKeyword}>
            <Input.Search allowClear placeholder={t.keywordPlaceholder} value={keyword} onChange={(e) => setKeyword(e.target.value)} onSearch={(v) => set({ q: v.trim() || undefined })} style={{ width: 200 }} />
          </FilterField>
          <Button onClick={reset} disabled={!filtered && keyword === ''}>
            {t.reset}
          </Button>
        </FilterBar>
      )}
      {list.isError ? (
        <PageError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<RowOf[K]>
          size="middle"
          rowKey={rowKeyOf[kind] as (r: RowOf[K]) => string}
          columns={COLUMNS[kind] as never}
          dataSource={list.data?.items ?? []}
          loading={list.isPending || list.isFetching}
          onChange={onChange}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: list.isPending ? ' ' : filtered ? <EmptyState title={t.noMatch} hint={t.noMatchHint} /> : <EmptyState title={t.empty} /> }}
          pagination={{ current: page, pageSize, total: list.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: PAGE_SIZES, showTotal: t.total }}
        />
      )}
    </>
  );
}
