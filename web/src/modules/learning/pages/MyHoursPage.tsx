import { ErrorBlock, List, Skeleton } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { MobileError } from '../../../ui/MobileError';
import { MobilePage } from '../../../ui/MobilePage';
import { useMyClasses } from '../../learners';
import { formatStudyTime } from '../player-rules';
import { useMyHours } from '../queries';
import { learningTexts as t } from '../texts';

/** 我的学时 (M25): confirmed hours per class from the ledger, online and face-to-face. */
export function MyHoursPage() {
  const hours = useMyHours();
  const classes = useMyClasses();
  const navigate = useNavigate();
  const nameOf = (id: string) => classes.data?.find((c) => c.id === id)?.name ?? '';

  return (
    <MobilePage title={t.hoursTitle}>
      <p className="xk-p-hours-rule">{t.hourRule}</p>
      {hours.isPending ? (
        <div className="xk-m-card">
          <Skeleton.Paragraph lineCount={4} animated />
        </div>
      ) : hours.isError ? (
        <MobileError error={hours.error} onRetry={() => void hours.refetch()} />
      ) : hours.data.length === 0 ? (
        <ErrorBlock status="empty" title={t.hoursEmpty} description="" />
      ) : (
        <List className="xk-m-list">
          {hours.data.map((h) => (
            <List.Item key={h.classId} arrowIcon onClick={() => navigate(`/m/classes/${h.classId}`)} description={t.hoursClass(h.onlineStudyHours, h.offlineStudyHours)} extra={formatStudyTime(h.onlineSeconds + h.offlineSeconds)}>
              {nameOf(h.classId)}
            </List.Item>
          ))}
        </List>
      )}
    </MobilePage>
  );
}
