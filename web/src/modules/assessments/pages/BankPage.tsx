import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { useCategories } from '../../categories';
import { ImportDrawer } from '../components/ImportDrawer';
import { QuestionsTable } from '../components/QuestionsTable';
import { TEMPLATE_URL, useBanks, useQuestions, useRetireQuestion } from '../queries';
import { bankTexts as t } from '../texts';

/** 题库管理 (M23): the institution's bank per registered category, with Excel import. */
export function BankPage() {
  const banks = useBanks();
  const { nameOf } = useCategories();
  const [picked, setPicked] = useState<string | null>(null);
  const [topic, setTopic] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const categoryId = picked ?? banks.data?.[0]?.categoryId ?? null;
  const bank = banks.data?.find((b) => b.categoryId === categoryId);
  const questions = useQuestions(categoryId, topic);
  const retire = useRetireQuestion(categoryId ?? '');

  if (banks.isError) return <PageError error={banks.error} onRetry={() => void banks.refetch()} />;
  return (
    <PageContainer
      title={t.title}
      description={t.intro}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} href={TEMPLATE_URL}>
            {t.template}
          </Button>
          <Button type="primary" icon={<UploadOutlined />} disabled={!categoryId} onClick={() => setImporting(true)}>
            {t.import}
          </Button>
        </Space>
      }
    >
      <Card loading={banks.isPending}>
        {banks.data && !banks.data.length ? (
          <Result status="info" title={t.noCategories} />
        ) : (
          <>
            <FilterBar>
              <FilterField label={t.category}>
                <Select
                  style={{ minWidth: 280 }}
                  value={categoryId ?? undefined}
                  placeholder={t.pickCategory}
                  options={(banks.data ?? []).map((b) => ({ value: b.categoryId, label: nameOf(b.categoryId) }))}
                  onChange={(id: string) => {
                    setPicked(id);
                    setTopic(null);
                  }}
                />
              </FilterField>
              <FilterField label={t.topicFilter}>
                <Select
                  style={{ minWidth: 200 }}
                  allowClear
                  value={topic ?? undefined}
                  placeholder={t.allTopics}
                  options={(bank?.topics ?? []).map((x) => ({ value: x.topic, label: `${x.topic}（${x.count}）` }))}
                  onChange={(value?: string) => setTopic(value ?? null)}
                />
              </FilterField>
            </FilterBar>
            {bank ? (
              <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
                <Descriptions.Item label={t.count}>{t.total(bank.total)}</Descriptions.Item>
                <Descriptions.Item label={t.kinds}>{t.byKind(bank.byKind.single, bank.byKind.multiple, bank.byKind.judge)}</Descriptions.Item>
                <Descriptions.Item label={t.topics}>
                  {bank.topics.map((x) => (
                    <Tag key={x.topic}>{`${x.topic} ${x.count}`}</Tag>
                  ))}
                </Descriptions.Item>
              </Descriptions>
            ) : null}
            {questions.isError ? (
              <PageError error={questions.error} onRetry={() => void questions.refetch()} />
            ) : (
              <QuestionsTable questions={questions.data?.pages.flatMap((p) => p.items) ?? []} loading={questions.isPending && Boolean(categoryId)} onRetire={(id) => retire.mutate(id)} retiring={retire.isPending} />
            )}
            {questions.hasNextPage ? (
              <Button block style={{ marginTop: 12 }} loading={questions.isFetchingNextPage} onClick={() => void questions.fetchNextPage()}>
                {t.more}
              </Button>
            ) : null}
          </>
        )}
      </Card>
      {categoryId ? <ImportDrawer categoryId={categoryId} open={importing} onClose={() => setImporting(false)} /> : null}
    </PageContainer>
  );
}
