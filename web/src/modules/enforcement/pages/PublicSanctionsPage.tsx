import { Card, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDate } from '../../../ui/format';
import { PageError } from '../../../ui/PageError';
import { useRegions } from '../../regions';
import { PAGE_SIZE, usePublicSanctions } from '../queries';
import { measureNames, publicTexts as t } from '../texts';
import type { PublicSanction } from '../types';

/** 处罚公示 (N3): published measures on training institutions; no learner appears, and no ranking (M11). */
export function PublicSanctionsPage() {
  const [page, setPage] = useState(1);
  const [city, setCity] = useState<string | undefined>(undefined);
  const sanctions = usePublicSanctions(page, city);
  const { cities, nameOf } = useRegions();
  return (
    <div className="xk-public-page">
      <Typography.Title level={3}>{t.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.description}</Typography.Paragraph>
      <Card>
        <FilterBar extra={<Link to={city ? `/public/institutions?city=${city}` : '/public/institutions'}>{t.institutionsLink}</Link>}>
          <FilterField label={t.city}>
            <Select<string>
              style={{ width: 180 }}
              value={city ?? 'all'}
              onChange={(v) => {
                setCity(v === 'all' ? undefined : v);
                setPage(1);
              }}
              options={[{ value: 'all', label: t.allCities }, ...cities.map((c) => ({ value: c.code, label: c.name }))]}
            />
          </FilterField>
        </FilterBar>
        {sanctions.isError ? (
          <PageError error={sanctions.error} onRetry={() => void sanctions.refetch()} />
        ) : (
          <Table<PublicSanction>
            rowKey="id"
            dataSource={sanctions.data?.items ?? []}
            loading={sanctions.isPending}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: sanctions.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            locale={{ emptyText: sanctions.isPending ? ' ' : <EmptyState title={t.empty} /> }}
            columns={[
              { title: t.publishedAt, dataIndex: 'publishedAt', key: 'publishedAt', className: 'xk-nowrap', render: formatDate },
              { title: t.city, dataIndex: 'cityCode', key: 'cityCode', render: (code: string) => nameOf(code) ?? code },
              { title: t.institution, dataIndex: 'institutionName', key: 'institutionName' },
              { title: t.creditCode, dataIndex: 'creditCode', key: 'creditCode' },
              { title: t.measure, key: 'kind', render: (_, s) => <Tag color="orange">{measureNames[s.kind]}</Tag> },
              { title: t.decision, dataIndex: 'decision', key: 'decision' },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
