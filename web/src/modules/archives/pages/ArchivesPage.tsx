import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Input, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage, PageError } from '../../../ui/PageError';
import { saveFile } from '../../certificates';
import { useArchiveLearners, useExportArchives } from '../queries';
import { archiveTexts as t } from '../texts';

/** 学员档案: the learners whose archives the caller may open; the institution also downloads the hand-over bundle (M15, M26). */
export function ArchivesPage({ canExport }: { canExport: boolean }) {
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const learners = useArchiveLearners(name.trim());
  const exporter = useExportArchives();
  const rows = learners.data?.pages.flatMap((p) => p.items) ?? [];

  async function exportAll() {
    try {
      saveFile(await exporter.mutateAsync(), '学员电子档案.zip', 'application/zip');
      void message.success(t.exported);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  }

  return (
    <PageContainer
      title={t.listTitle}
      description={t.listDescription}
      extra={
        canExport ? (
          <Button type="primary" icon={<DownloadOutlined />} loading={exporter.isPending} onClick={() => void exportAll()}>
            {exporter.isPending ? t.exporting : t.exportAll}
          </Button>
        ) : null
      }
    >
      <Card>
        <FilterBar>
          <FilterField label={t.searchName}>
            <Input.Search allowClear placeholder={t.searchPlaceholder} onSearch={setName} style={{ width: 240 }} />
          </FilterField>
        </FilterBar>
        {learners.isError ? (
          <PageError error={learners.error} onRetry={() => void learners.refetch()} />
        ) : (
          <>
            <Table
              rowKey="learnerId"
              loading={learners.isPending}
              dataSource={rows}
              pagination={false}
              locale={{ emptyText: <EmptyState title={t.emptyTitle} hint={t.emptyHint} /> }}
              onRow={(r) => ({ onClick: () => navigate(`/archives/${r.learnerId}`), style: { cursor: 'pointer' } })}
              columns={[
                { title: t.name, dataIndex: 'name' },
                { title: t.idNumber, dataIndex: 'idNumberMasked' },
                { title: t.employer, render: (_, r) => r.employerName ?? '—' },
                {
                  title: '',
                  render: (_, r) => (
                    <Button type="link" size="small" onClick={() => navigate(`/archives/${r.learnerId}`)}>
                      {t.open}
                    </Button>
                  ),
                },
              ]}
            />
            {learners.hasNextPage ? (
              <Button block style={{ marginTop: 12 }} loading={learners.isFetchingNextPage} onClick={() => void learners.fetchNextPage()}>
                {t.loadMore}
              </Button>
            ) : null}
          </>
        )}
      </Card>
    </PageContainer>
  );
}
