import { Button, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { StatusTag } from '../../../ui/StatusTag';
import { useCategories } from '../../categories';
import { useRegions } from '../../regions';
import { classPath, type ClassesMode } from '../class-routes';
import { classStatusLooks, listTexts as t, trainingTypeNames } from '../texts';
import type { ClassSummary } from '../types';

/** Classes with their lawful plan (M19) and size; the name opens the class. */
export function ClassesTable({ classes, loading, mode, empty }: { classes: ClassSummary[]; loading: boolean; mode: ClassesMode; empty: ReactNode }) {
  const navigate = useNavigate();
  const { nameOf: categoryName } = useCategories();
  const { nameOf: cityName } = useRegions();
  const open = (id: string) => navigate(classPath(mode, id));

  const columns: ColumnsType<ClassSummary> = [
    {
      title: t.name,
      dataIndex: 'name',
      key: 'name',
      width: 240,
      render: (name: string, cls) => (
        <a
          className="xk-strong-link"
          href={classPath(mode, cls.id)}
          onClick={(e) => {
            e.preventDefault();
            open(cls.id);
          }}
        >
          {name}
        </a>
      ),
    },
    ...(mode === 'regulator' ? [{ title: t.institution, dataIndex: 'institutionName', key: 'institution', width: 200 }] : []),
    { title: t.category, dataIndex: 'categoryId', key: 'category', width: 180, render: (id: string) => categoryName(id) },
    { title: t.trainingType, dataIndex: 'trainingType', key: 'type', width: 90, render: (type: ClassSummary['trainingType']) => trainingTypeNames[type] },
    { title: t.city, dataIndex: 'cityCode', key: 'city', width: 90, className: 'xk-nowrap', render: (code: string) => cityName(code) },
    { title: t.period, key: 'period', width: 200, className: 'xk-nowrap', render: (_, cls) => `${cls.startsOn} 至 ${cls.endsOn}` },
    {
      title: <Tooltip title={t.planTitle}>{t.plannedHours}</Tooltip>,
      key: 'plan',
      width: 200,
      className: 'xk-nowrap',
      render: (_, cls) => t.plan(cls.plan.onlineTheoryHours, cls.plan.offlineTheoryHours, cls.plan.practicalHours),
    },
    { title: t.learners, dataIndex: 'learnerCount', key: 'learners', width: 80, align: 'center' },
    { title: t.status, dataIndex: 'status', key: 'status', width: 90, render: (status: ClassSummary['status']) => <StatusTag look={classStatusLooks[status]} /> },
    {
      title: t.actions,
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, cls) => (
        <Button type="link" size="small" onClick={() => open(cls.id)}>
          {mode === 'institution' ? t.manage : t.view}
        </Button>
      ),
    },
  ];

  return (
    <Table<ClassSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={classes}
      loading={loading}
      scroll={{ x: mode === 'regulator' ? 1450 : 1250 }}
      pagination={{ pageSize: 10, showSizeChanger: false, showTotal: t.total }}
      locale={{ emptyText: loading ? ' ' : empty }}
    />
  );
}
