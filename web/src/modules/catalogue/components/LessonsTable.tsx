import { PlayCircleOutlined, ReadOutlined } from '@ant-design/icons';
import { Button, Modal, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDuration } from '../../../ui/format';
import { detailTexts as t, lessonKindNames } from '../texts';
import type { Lesson } from '../types';
import { LessonPlayer } from './LessonPlayer';
import { QualityCell } from './QualityCell';

const kindColors = { video: 'blue', audio: 'purple', text: 'cyan' } as const;

/** A course's lessons in order with kind, length and the M21 quality verdict; each can be played. */
export function LessonsTable({ lessons, emptyAction }: { lessons: Lesson[]; emptyAction?: ReactNode }) {
  const [playing, setPlaying] = useState<Lesson | null>(null);
  const columns: ColumnsType<Lesson> = [
    { title: t.position, dataIndex: 'position', key: 'position', width: 64, align: 'center' },
    { title: t.lessonTitle, dataIndex: 'title', key: 'title', render: (title: string) => <strong>{title}</strong> },
    {
      title: t.kind,
      dataIndex: 'kind',
      key: 'kind',
      width: 80,
      render: (kind: Lesson['kind']) => (
        <Tag color={kindColors[kind]} bordered={false}>
          {lessonKindNames[kind]}
        </Tag>
      ),
    },
    { title: t.duration, dataIndex: 'durationSeconds', key: 'duration', width: 110, className: 'xk-nowrap', render: formatDuration },
    { title: t.quality, key: 'quality', width: 360, render: (_, lesson) => <QualityCell lesson={lesson} /> },
    {
      title: '',
      key: 'play',
      width: 90,
      render: (_, lesson) => (
        <Button type="link" size="small" icon={lesson.kind === 'text' ? <ReadOutlined /> : <PlayCircleOutlined />} onClick={() => setPlaying(lesson)} disabled={lesson.kind !== 'text' && !lesson.hasMedia}>
          {lesson.kind === 'text' ? t.read : t.preview}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Table<Lesson>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={lessons}
        pagination={lessons.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 860 }}
        locale={{ emptyText: <EmptyState title={t.noLessonsTitle} hint={t.noLessonsHint} action={emptyAction} /> }}
      />
      <Modal title={playing?.title} open={playing !== null} onCancel={() => setPlaying(null)} footer={null} width={880} destroyOnHidden>
        {playing ? <LessonPlayer lesson={playing} /> : null}
      </Modal>
    </>
  );
}
