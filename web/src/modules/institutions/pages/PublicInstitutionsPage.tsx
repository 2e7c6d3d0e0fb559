import { InfoCircleFilled } from '@ant-design/icons';
import { Button, Card, Skeleton, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { CategoryTags } from '../../categories';
import { useRegions } from '../../regions';
import { usePublicInstitutions } from '../queries';
import { publicTexts as t } from '../texts';
import type { PublicInstitution } from '../types';

const DEFAULT_CITY = '440100';

/**
 * The published list of one city (M11): in the order the server gives (by
 * registration date), with its notice. No rating, ranking or recommendation,
 * and no row numbers that could read as a rank.
 */
export function PublicInstitutionsPage() {
  const [params, setParams] = useSearchParams();
  const city = params.get('city') ?? DEFAULT_CITY;
  const { cities, nameOf, tree } = useRegions();
  const list = usePublicInstitutions(city);
  const navigate = useNavigate();
  const cityName = nameOf(city);

  const columns: ColumnsType<PublicInstitution> = [
    { title: t.name, dataIndex: 'name', key: 'name', render: (name: string) => <strong className="xk-strong">{name}</strong> },
    { title: t.creditCode, dataIndex: 'creditCode', key: 'creditCode', className: 'xk-nowrap', render: (code: string) => <span className="xk-mono">{code}</span> },
    { title: t.address, dataIndex: 'address', key: 'address' },
    { title: t.categories, dataIndex: 'categories', key: 'categories', width: 300, render: (names: string[]) => <CategoryTags ids={names} names max={2} /> },
    { title: t.registeredAt, dataIndex: 'registeredAt', key: 'registeredAt', className: 'xk-nowrap', render: formatDate },
    { title: t.publishedAt, dataIndex: 'onlinePublishedAt', key: 'onlinePublishedAt', className: 'xk-nowrap', render: formatDate },
  ];

  return (
    <PageContainer title={t.title} description={t.description}>
      <div className="xk-public-notice" role="note">
        <InfoCircleFilled />
        <div>
          <strong>{t.officialHint}</strong>
          <p>{list.data?.notice ?? '\u00a0'}</p>
        </div>
      </div>

      <Card className="xk-public-card">
        <div className="xk-city-picker" role="group" aria-label={t.city}>
          <span className="xk-filter-label">{t.city}</span>
          {tree.isPending ? (
            <Skeleton.Input active size="small" style={{ width: 480 }} />
          ) : (
            <div className="xk-city-chips">
              {cities.map((c) => (
                <Tag.CheckableTag key={c.code} checked={c.code === city} onChange={() => setParams({ city: c.code }, { replace: true })} className="xk-city-chip">
                  {c.name}
                </Tag.CheckableTag>
              ))}
            </div>
          )}
        </div>

        <div className="xk-list-head">
          <Typography.Title level={5} style={{ margin: 0 }}>
            {cityName}
          </Typography.Title>
          {list.data ? <span className="xk-muted">{t.count(list.data.items.length)}</span> : null}
        </div>

        {list.isError ? (
          <PageError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Table<PublicInstitution>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data.items}
            scroll={{ x: 960 }}
            pagination={{ pageSize: 10, showSizeChanger: false, showTotal: (total) => t.count(total), hideOnSinglePage: false }}
            locale={{ emptyText: <EmptyState title={t.emptyTitle(cityName)} hint={t.emptyHint} /> }}
          />
        )}
      </Card>

      <div className="xk-public-cta">
        <span>{t.signupHint}</span>
        <Button onClick={() => navigate('/signup/institution')}>{t.signupCta}</Button>
      </div>
    </PageContainer>
  );
}
