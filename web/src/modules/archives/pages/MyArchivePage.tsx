import { Button, ErrorBlock, List, Skeleton } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { formatDateTime, formatDuration } from '../../../ui/format';
import { MobileError } from '../../../ui/MobileError';
import { MobilePage } from '../../../ui/MobilePage';
import { SECONDS_PER_STUDY_HOUR } from '../../learners';
import { useArchive, useArchiveSessions } from '../queries';
import { archiveTexts as t } from '../texts';

/** Whole 学时, as the ledger counts them (M19). */
const studyHours = (seconds: number) => Math.floor(seconds / SECONDS_PER_STUDY_HOUR);

/** /m/archive — the learner's own archive on the phone (M26): classes and hours, face checks, every lesson. */
export function MyArchivePage() {
  const navigate = useNavigate();
  const archive = useArchive(null);
  const sessions = useArchiveSessions(null);
  const lessons = sessions.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <MobilePage title={t.myTitle} onBack={() => navigate('/m')}>
      <p className="xk-m-intro">{t.myIntro}</p>
      {archive.isPending ? (
        <div className="xk-m-card">
          <Skeleton.Paragraph lineCount={5} animated />
        </div>
      ) : archive.isError ? (
        <MobileError error={archive.error} onRetry={() => void archive.refetch()} />
      ) : (
        <>
          <List header={t.classes} className="xk-m-list">
            {archive.data.classes.map((c) => (
              <List.Item
                key={c.classId}
                description={c.standing ? t.hoursSplit(studyHours(c.standing.onlineSeconds), studyHours(c.standing.offlineSeconds)) : c.institutionName}
                extra={c.standing?.complete ? t.complete : t.incomplete}
              >
                {c.name}
                {c.standing ? `（${t.hoursValue(c.standing.totalStudyHours, c.standing.requiredStudyHours)}）` : ''}
              </List.Item>
            ))}
          </List>
          <List header={t.faceChecks} className="xk-m-list">
            {archive.data.faceChecks.length === 0 ? <List.Item>{t.noFaceChecks}</List.Item> : null}
            {archive.data.faceChecks.map((c) => (
              <List.Item key={c.id} description={formatDateTime(c.at)} extra={t.decisions[c.decision] ?? c.decision}>
                {t.purposes[c.purpose] ?? c.purpose}
              </List.Item>
            ))}
          </List>
        </>
      )}
      <List header={t.sessions} className="xk-m-list">
        {!sessions.isPending && lessons.length === 0 ? <ErrorBlock status="empty" title={t.noSessions} description="" /> : null}
        {lessons.map((s) => (
          <List.Item key={s.id} description={`${formatDateTime(s.startedAt)} · ${s.durationSeconds === null ? t.inProgress : formatDuration(s.durationSeconds)}`} extra={`${t.credited} ${formatDuration(s.creditedSeconds)}`}>
            {s.lessonTitle}
          </List.Item>
        ))}
      </List>
      {sessions.hasNextPage ? (
        <Button block size="large" loading={sessions.isFetchingNextPage} onClick={() => void sessions.fetchNextPage()}>
          {t.loadMore}
        </Button>
      ) : null}
    </MobilePage>
  );
}
