import { Button, NoticeBar, Skeleton, TextArea, Toast } from 'antd-mobile';
import { useRef, useState, type RefObject } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { formatDateTime } from '../../../ui/format';
import { MobileError } from '../../../ui/MobileError';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { hasConfirmedTime, useClassLearning } from '../../learning';
import { StarRating } from '../components/StarRating';
import { useMyRating, useRateCourse } from '../queries';
import { COMMENT_MAX, commentLength, draftFrom, ratingBody, type RatingDraft } from '../rating-form';
import { rateTexts as t } from '../texts';
import type { MyRating } from '../types';

/**
 * A learner rates a course studied in a class (M22): content, course and — optionally — the teacher, 1–5 stars,
 * with a comment that is shown only after review (M9); ratings are never shown publicly (M11).
 */
export function RateCoursePage() {
  const { classId = '', courseId = '' } = useParams();
  const navigate = useNavigate();
  const outline = useClassLearning(classId);
  const mine = useMyRating(classId, courseId);
  const back = () => navigate(`/m/classes/${classId}`);

  if (outline.isPending || mine.isPending) {
    return (
      <MobilePage title={t.title} onBack={back}>
        <div className="xk-m-card">
          <Skeleton.Title animated />
          <Skeleton.Paragraph lineCount={8} animated />
        </div>
      </MobilePage>
    );
  }
  const failedPage = (query: { error: unknown; refetch: () => unknown }) => (
    <MobilePage title={t.title} onBack={back}>
      <MobileError error={query.error} onRetry={() => void query.refetch()} />
    </MobilePage>
  );
  if (outline.isError) return failedPage(outline);
  if (mine.isError) return failedPage(mine);

  const course = outline.data.courses.find((c) => c.id === courseId);
  const rating = mine.data.rating;
  return (
    <MobilePage title={t.title} onBack={back}>
      {course ? <p className="xk-m-intro">{t.intro(course.title)}</p> : null}
      {!course || !hasConfirmedTime(course) ? <NoticeBar color="alert" wrap content={t.notStudied} /> : null}
      <RatingForm classId={classId} courseId={courseId} saved={rating} />
    </MobilePage>
  );
}

function RatingForm({ classId, courseId, saved }: { classId: string; courseId: string; saved: MyRating | null }) {
  const [draft, setDraft] = useState<RatingDraft>(() => draftFrom(saved));
  const [problem, setProblem] = useState<string | null>(null);
  const rate = useRateCourse(classId, courseId);
  const statusRef = useRef<HTMLElement>(null);
  const set = (patch: Partial<RatingDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblem(null);
  };

  const submit = () => {
    const body = ratingBody(draft);
    if (!body) return setProblem(t.needScores);
    rate
      .mutateAsync(body)
      .then(() => {
        Toast.show({ icon: 'success', content: t.saved });
        statusRef.current?.scrollIntoView({ block: 'center' });
      })
      .catch((error: unknown) => {
        if (isApiError(error, 'RATING_NO_TEACHER')) {
          setDraft((d) => ({ ...d, teacher: null }));
          setProblem(t.noTeacherHint);
        } else setProblem(errorMessage(error));
      });
  };

  return (
    <form
      className="xk-m-card"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <StarRating label={t.scores.content.label} hint={t.scores.content.hint} value={draft.content} onChange={(content) => set({ content })} />
      <StarRating label={t.scores.course.label} hint={t.scores.course.hint} value={draft.course} onChange={(course) => set({ course })} />
      <StarRating label={t.scores.teacher.label} hint={t.scores.teacher.hint} value={draft.teacher} onChange={(teacher) => set({ teacher })} clearLabel={t.skipTeacher} />

      <label className="xk-rate-label" htmlFor="xk-rate-comment">
        {t.comment}
      </label>
      <div className="xk-rate-comment">
        <TextArea
          id="xk-rate-comment"
          value={draft.comment}
          onChange={(comment) => set({ comment })}
          placeholder={t.commentPlaceholder}
          maxLength={COMMENT_MAX}
          autoSize={{ minRows: 3, maxRows: 8 }}
          showCount={() => <span aria-live="polite">{`${commentLength(draft.comment)}/${COMMENT_MAX}`}</span>}
        />
      </div>
      <p className="xk-rate-note">{t.reviewNote}</p>
      <p className="xk-rate-note">{t.privateNote}</p>

      {saved ? <SavedStatus rating={saved} statusRef={statusRef} /> : null}
      {problem ? (
        <p className="xk-p-refusal" role="alert">
          {problem}
        </p>
      ) : null}
      <Button className="xk-rate-submit" block type="submit" color="primary" size="large" loading={rate.isPending}>
        {saved ? t.resubmit : t.submit}
      </Button>
    </form>
  );
}

/** Where the saved comment stands: 审核中, 已公开, or 未通过 with the moderator's reason (M9). */
function SavedStatus({ rating, statusRef }: { rating: MyRating; statusRef: RefObject<HTMLElement | null> }) {
  const status = rating.commentStatus;
  return (
    <section ref={statusRef} className="xk-rate-status" aria-label={t.statusTitle} aria-live="polite">
      <div className={`xk-rate-status-line is-${status}`}>
        {t.statusTitle}：{status === 'rejected' ? t.rejectedReason(rating.rejectReason) : t.status[status]}
      </div>
      <p className="xk-rate-status-hint">{t.statusHint[status]}</p>
      <p className="xk-rate-status-hint">{t.savedAt(formatDateTime(rating.updatedAt))}</p>
    </section>
  );
}
