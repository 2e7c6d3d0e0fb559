import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tabs } from 'antd';
import { useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { StatusTag } from '../../../ui/StatusTag';
import { useTeachers } from '../../institutions';
import { classesPath, type ClassesMode } from '../class-routes';
import { ClassOverview } from '../components/ClassOverview';
import { CorrectionModal } from '../components/CorrectionModal';
import { CorrectionsPanel } from '../components/CorrectionsPanel';
import { LearnersPanel } from '../components/LearnersPanel';
import { SessionsPanel } from '../components/SessionsPanel';
import { useClass, useClasses } from '../queries';
import { classStatusLooks, detailTexts as t } from '../texts';
import type { ClassDetail } from '../types';

/**
 * One class (M23): overview with the join code, learners, classroom sessions
 * (M19) and hour corrections (M16). The institution acts on all four; a
 * regulator of the region reads them without any write button.
 */
export function ClassDetailPage({ mode }: { mode: ClassesMode }) {
  const { id = '' } = useParams();
  const cls = useClass(id);
  const navigate = useNavigate();
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate(classesPath(mode))} className="xk-back">
      {t.back}
    </Button>
  );

  if (cls.isPending) return <PageSkeleton rows={6} cards={3} />;
  if (cls.isError) {
    return (
      <div className="xk-page-result">
        <PageError error={cls.error} onRetry={() => void cls.refetch()} />
        <div style={{ textAlign: 'center' }}>{back}</div>
      </div>
    );
  }
  return <ClassView cls={cls.data} editable={mode === 'institution'} back={back} />;
}

function ClassView({ cls, editable, back }: { cls: ClassDetail; editable: boolean; back: ReactNode }) {
  const teachers = useTeachers();
  // The detail does not name the institution; the list (already cached from the page before) does.
  const institutionName = useClasses().data?.find((c) => c.id === cls.id)?.institutionName ?? '—';
  const [correcting, setCorrecting] = useState<string | null | undefined>(undefined);
  const teacherName = (teacherId: string) => teachers.data?.find((teacher) => teacher.id === teacherId)?.name ?? '—';
  const approved = (teachers.data ?? []).filter((teacher) => teacher.status === 'approved');

  return (
    <PageContainer title={cls.name} description={back} extra={<StatusTag look={classStatusLooks[cls.status]} />}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {editable ? null : <Alert type="info" showIcon message={t.readOnly} />}
        <Tabs
          items={[
            { key: 'overview', label: t.tabOverview, children: <ClassOverview cls={cls} institutionName={institutionName} teacherName={teacherName} /> },
            { key: 'learners', label: `${t.tabLearners}（${cls.enrolments.length}）`, children: <LearnersPanel cls={cls} editable={editable} onRequestCorrection={setCorrecting} /> },
            { key: 'sessions', label: t.tabSessions, children: <SessionsPanel cls={cls} editable={editable} teachers={approved} teacherName={teacherName} /> },
            { key: 'corrections', label: t.tabCorrections, children: <CorrectionsPanel cls={cls} editable={editable} onRequest={() => setCorrecting(null)} /> },
          ]}
        />
      </Space>
      {editable ? <CorrectionModal cls={cls} learnerId={correcting} onClose={() => setCorrecting(undefined)} /> : null}
    </PageContainer>
  );
}
