import { Button, Popconfirm, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EmptyState } from '../../../ui/EmptyState';
import { optionLetter } from '../paper';
import { bankTexts as t, kindNames } from '../texts';
import type { Question } from '../types';

const answerText = (q: Question) => (q.kind === 'judge' ? t.judgeAnswer(q.answer[0] ?? 0) : q.answer.map(optionLetter).join(''));

/** A bank's questions with their answers (the institution's own view; each page shown is audited). */
export function QuestionsTable({ questions, loading, onRetire, retiring }: { questions: Question[]; loading: boolean; onRetire: (id: string) => void; retiring: boolean }) {
  const columns: ColumnsType<Question> = [
    { title: t.columns.kind, dataIndex: 'kind', width: 90, render: (kind: Question['kind']) => <Tag>{kindNames[kind]}</Tag> },
    { title: t.columns.topic, dataIndex: 'topic', width: 140 },
    { title: t.columns.stem, dataIndex: 'stem' },
    {
      title: t.columns.options,
      key: 'options',
      render: (_, q) =>
        q.kind === 'judge' ? null : (
          <ol className="xk-t-option-list">
            {q.options.map((o, i) => (
              <li key={o}>
                {optionLetter(i)}. {o}
              </li>
            ))}
          </ol>
        ),
    },
    { title: t.columns.answer, key: 'answer', width: 80, render: (_, q) => <strong>{answerText(q)}</strong> },
    {
      title: t.columns.actions,
      key: 'actions',
      width: 90,
      render: (_, q) => (
        <Popconfirm title={t.retireConfirm} onConfirm={() => onRetire(q.id)} okButtonProps={{ loading: retiring }}>
          <Button type="link" danger>
            {t.retire}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return <Table rowKey="id" columns={columns} dataSource={questions} loading={loading} pagination={false} locale={{ emptyText: <EmptyState title={t.empty} /> }} />;
}
