import { Card, Col, Descriptions, List, Row, Table } from 'antd';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime, formatDuration } from '../../../ui/format';
import { useCategories } from '../../categories';
import { useRegions } from '../../regions';
import { detailTexts as t, listTexts, trainingTypeNames } from '../texts';
import type { ClassCourse, ClassDetail } from '../types';
import { JoinCode } from './JoinCode';

/** What the class is: its plan against the category's requirement (M19), the join code, courses and teachers (N1.3). */
export function ClassOverview({ cls, institutionName, teacherName }: { cls: ClassDetail; institutionName: string; teacherName: (id: string) => string }) {
  const { nameOf: categoryName } = useCategories();
  const { nameOf: cityName } = useRegions();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={cls.code ? 16 : 24}>
        <Card title={t.info} className="xk-stretch">
          <Descriptions column={{ xs: 1, md: 2 }} size="middle" className="xk-plain-desc">
            <Descriptions.Item label={t.institution}>{institutionName}</Descriptions.Item>
            <Descriptions.Item label={listTexts.category}>{categoryName(cls.categoryId)}</Descriptions.Item>
            <Descriptions.Item label={listTexts.trainingType}>{trainingTypeNames[cls.trainingType]}</Descriptions.Item>
            <Descriptions.Item label={listTexts.city}>{cityName(cls.cityCode)}</Descriptions.Item>
            <Descriptions.Item label={listTexts.period}>{`${cls.startsOn} 至 ${cls.endsOn}`}</Descriptions.Item>
            <Descriptions.Item label={t.createdAt}>{formatDateTime(cls.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={listTexts.plannedHours}>{listTexts.plan(cls.plan.onlineTheoryHours, cls.plan.offlineTheoryHours, cls.plan.practicalHours)}</Descriptions.Item>
            <Descriptions.Item label={t.required}>{t.requiredValue(cls.required.theoryHours, cls.required.practicalHours, cls.required.maxOnlineHours)}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      {cls.code ? (
        <Col xs={24} xl={8}>
          <JoinCode cls={cls} />
        </Col>
      ) : null}
      <Col xs={24} xl={16}>
        <Card title={t.courses}>
          <Table<ClassCourse>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={cls.courses}
            columns={[
              { title: t.courseTitle, dataIndex: 'title', key: 'title' },
              { title: t.lessonCount, dataIndex: 'lessonCount', key: 'lessons', width: 90, align: 'center' },
              { title: t.duration, dataIndex: 'durationSeconds', key: 'duration', width: 140, render: formatDuration },
            ]}
            locale={{ emptyText: <EmptyState title={t.noCourses} /> }}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t.teachers} className="xk-stretch">
          <List size="small" dataSource={cls.teacherIds} locale={{ emptyText: <EmptyState title={t.noTeachers} /> }} renderItem={(id) => <List.Item>{teacherName(id)}</List.Item>} />
        </Card>
      </Col>
    </Row>
  );
}
