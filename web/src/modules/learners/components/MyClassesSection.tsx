import { BookOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, ErrorBlock, Skeleton } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { MobileError } from '../../../ui/MobileError';
import { useCategories } from '../../categories';
import { useMyClasses } from '../queries';
import { classesTexts as t } from '../texts';
import { ClassCard } from './ClassCard';

export const JOIN_CLASS_PATH = '/m/join';

/** 我的培训班 on the learner's home: the classes, or the way to join one. */
export function MyClassesSection() {
  const classes = useMyClasses();
  const { nameOf } = useCategories();
  const navigate = useNavigate();
  const toJoin = () => navigate(JOIN_CLASS_PATH);

  return (
    <section className="xk-m-section" aria-label={t.title}>
      <h2 className="xk-m-section-title">
        <BookOutlined /> {t.title}
      </h2>
      {classes.isPending ? (
        <div className="xk-m-card" aria-label={t.loading}>
          <Skeleton.Title animated />
          <Skeleton.Paragraph lineCount={4} animated />
        </div>
      ) : classes.isError ? (
        <div className="xk-m-card">
          <MobileError error={classes.error} onRetry={() => void classes.refetch()} />
        </div>
      ) : classes.data.length === 0 ? (
        <div className="xk-m-card xk-l-empty">
          <ErrorBlock status="empty" title={t.emptyTitle} description={t.emptyBody} style={{ '--image-height': '110px' }} />
          <Button block color="primary" size="large" onClick={toJoin}>
            <PlusOutlined /> {t.join}
          </Button>
        </div>
      ) : (
        <>
          <div className="xk-l-classes">
            {classes.data.map((cls) => (
              <ClassCard key={cls.id} cls={cls} categoryName={nameOf(cls.categoryId)} />
            ))}
          </div>
          <Button block size="large" className="xk-l-join-another" onClick={toJoin}>
            <PlusOutlined /> {t.joinAnother}
          </Button>
        </>
      )}
    </section>
  );
}
