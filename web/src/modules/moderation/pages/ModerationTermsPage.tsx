import { App, Button, Card, Form, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage, PageError } from '../../../ui/PageError';
import { useAddTerm, useSetTermActive, useTerms } from '../queries';
import { moderationTexts as t } from '../texts';
import type { NewTermBody, Term, TermCategory } from '../types';

/** 禁止发布词库 (M9): the lexicon the filter uses, kept by the platform operator. */
export function ModerationTermsPage() {
  const [category, setCategory] = useState<TermCategory | undefined>();
  const [search, setSearch] = useState('');
  const terms = useTerms(category, search.trim());
  const add = useAddTerm();
  const setActive = useSetTermActive();
  const [form] = Form.useForm<NewTermBody>();
  const { message, modal } = App.useApp();
  const names = terms.data?.categories ?? {};
  const options = Object.entries(names).map(([value, label]) => ({ value: value as TermCategory, label }));

  const toggle = (term: Term) =>
    modal.confirm({
      title: term.active ? t.disableTitle(term.term) : t.enableTitle(term.term),
      content: term.active ? t.disableBody : t.enableBody,
      okText: term.active ? t.disable : t.enable,
      okButtonProps: { danger: term.active },
      onOk: () => setActive.mutateAsync({ id: term.id, active: !term.active }).catch((e: unknown) => void message.error(errorMessage(e))),
    });

  const columns: TableColumnsType<Term> = [
    { title: t.term, dataIndex: 'term', render: (v: string) => <strong>{v}</strong> },
    { title: t.category, dataIndex: 'category', render: (c: string) => names[c] ?? c },
    { title: t.status, dataIndex: 'active', width: 100, render: (a: boolean) => (a ? <Tag color="red">{t.active}</Tag> : <Tag>{t.inactive}</Tag>) },
    { title: t.createdBy, dataIndex: 'createdBy', width: 140, render: (v: string | null) => v ?? '—' },
    { title: t.createdAt, dataIndex: 'createdAt', width: 160, render: (v: string) => formatDateTime(v) },
    {
      title: t.actions,
      key: 'actions',
      width: 100,
      render: (_, term) => (
        <Button type="link" size="small" danger={term.active} onClick={() => toggle(term)}>
          {term.active ? t.disable : t.enable}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="inline"
          onFinish={(body) =>
            add.mutate(body, {
              onSuccess: () => {
                form.resetFields();
                void message.success(t.added);
              },
              onError: (e) => void message.error(errorMessage(e)),
            })
          }
        >
          <Space wrap>
            <Form.Item name="term" label={t.term} rules={[{ required: true, whitespace: true, max: 50 }]}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="category" label={t.category} rules={[{ required: true }]}>
              <Select options={options} style={{ width: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t.add}
            </Button>
          </Space>
        </Form>
      </Card>
      <Card>
        <FilterBar>
          <FilterField label={t.category}>
            <Select value={category} onChange={setCategory} allowClear placeholder={t.allCategories} options={options} style={{ width: 240 }} />
          </FilterField>
          <FilterField label={t.search}>
            <Input.Search allowClear onSearch={setSearch} style={{ width: 200 }} />
          </FilterField>
        </FilterBar>
        {terms.isError ? (
          <PageError error={terms.error} onRetry={() => void terms.refetch()} />
        ) : (
          <Table<Term>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={terms.data?.items ?? []}
            loading={terms.isPending}
            pagination={{ pageSize: 50, showSizeChanger: false }}
            locale={{ emptyText: terms.isPending ? ' ' : <EmptyState title={t.empty} /> }}
          />
        )}
      </Card>
    </PageContainer>
  );
}
