import type { LiveFrames } from '../../faces';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, NoticeBar, ProgressBar, Skeleton, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { MobileError } from '../../../ui/MobileError';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { FaceCheckPanel } from '../components/FaceCheckPanel';
import { QuestionCard } from '../components/QuestionCard';
import { ResultCard } from '../components/ResultCard';
import { clockOffsetMs, formatCountdown, remainingSeconds, toggleChoice, unansweredCount } from '../paper';
import { assessmentKeys, attemptApi, useAttempt } from '../queries';
import { attemptTexts as t } from '../texts';
import type { Attempt } from '../types';
import { useAttemptWatch } from '../use-attempt-watch';

/** The attempt page: the paper while open, the result once finished. */
export function TestAttemptPage() {
  const { attemptId = '' } = useParams();
  const navigate = useNavigate();
  const attempt = useAttempt(attemptId);
  const queryClient = useQueryClient();
  const toList = (classId: string) => {
    void queryClient.invalidateQueries({ queryKey: assessmentKeys.myTests(classId) });
    navigate(`/m/classes/${classId}/tests`, { replace: true });
  };
  let body;
  if (attempt.isPending) body = <Skeleton.Paragraph lineCount={8} animated />;
  else if (attempt.isError) body = <MobileError error={attempt.error} onRetry={() => void attempt.refetch()} />;
  else if (attempt.data.result) body = <ResultCard result={attempt.data.result} onBack={() => toList(attempt.data.classId)} />;
  else body = <OpenAttempt attempt={attempt.data} onFinished={() => void attempt.refetch()} />;
  return <MobilePage title={attempt.data?.title ?? t.loading}>{body}</MobilePage>;
}

/** One question per screen, a countdown by the server's clock, checks when the server asks, and a confirmed submit. */
function OpenAttempt({ attempt, onFinished }: { attempt: Attempt; onFinished: () => void }) {
  const watch = useAttemptWatch(attempt.attemptId, attempt, onFinished);
  const [answers, setAnswers] = useState<Record<string, number[]>>(attempt.answers);
  const [index, setIndex] = useState(0);
  const [offset] = useState(() => clockOffsetMs(attempt.serverNow, Date.now()));
  const [left, setLeft] = useState(() => remainingSeconds(attempt.deadline, offset, Date.now()));
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<string | null>(null);
  const questions = attempt.questions;
  const question = questions[index]!;

  useEffect(() => {
    const timer = window.setInterval(() => setLeft(remainingSeconds(attempt.deadline, offset, Date.now())), 1000);
    return () => window.clearInterval(timer);
  }, [attempt.deadline, offset]);

  // Time up: the server scores what was saved; ask it until it says the attempt is finished.
  const { track } = watch;
  useEffect(() => {
    if (left === 0) void track(attemptApi.state(attempt.attemptId)).catch(() => undefined);
  }, [left, attempt.attemptId, track]);

  const choose = (option: number) => {
    const choice = toggleChoice(question.kind, answers[question.id] ?? [], option);
    setAnswers((current) => ({ ...current, [question.id]: choice }));
    watch.track(attemptApi.answer(attempt.attemptId, question.id, choice)).catch((error: unknown) => {
      if (isApiError(error, 'ATTEMPT_FACE_CHECK_DUE')) void watch.track(attemptApi.state(attempt.attemptId));
      else Toast.show({ content: t.saveFailed, duration: 3000 });
    });
  };

  const faceCheck = async (frames: LiveFrames) => {
    setChecking(true);
    setCheckError(null);
    try {
      const result = await attemptApi.faceCheck(attempt.attemptId, frames);
      if (result.voided) onFinished();
      else if (result.passed) watch.setState({ ...watch.state, faceCheckDue: false, faceCheckDeadline: null });
      else setCheckError(result.message || t.retryHint);
    } catch (error) {
      if (isApiError(error, 'ATTEMPT_FINISHED')) onFinished();
      else setCheckError(errorMessage(error));
    } finally {
      setChecking(false);
    }
  };

  const submit = async () => {
    const ok = await Dialog.confirm({ title: t.submitTitle, content: t.submitBody(unansweredCount(questions.map((q) => q.id), answers)), confirmText: t.submitOk, cancelText: t.submitCancel });
    if (!ok) return;
    try {
      await attemptApi.submit(attempt.attemptId);
      onFinished();
    } catch (error) {
      if (isApiError(error, 'ATTEMPT_FACE_CHECK_DUE')) void watch.track(attemptApi.state(attempt.attemptId));
      else if (isApiError(error, 'ATTEMPT_FINISHED')) onFinished();
      else Toast.show({ content: errorMessage(error), duration: 3000 });
    }
  };

  const answered = questions.filter((q) => answers[q.id]?.length).length;
  const header = (
    <div className="xk-t-bar">
      <span className={`xk-t-timer${left < 300 ? ' xk-t-timer-low' : ''}`} role="timer" aria-label={t.timeLeft}>
        {t.timeLeft} {formatCountdown(left)}
      </span>
      <span>{t.answered(answered, questions.length)}</span>
    </div>
  );

  if (watch.state.faceCheckDue) {
    const deadline = watch.state.faceCheckDeadline ? remainingSeconds(watch.state.faceCheckDeadline, offset, Date.now()) : null;
    return (
      <>
        {header}
        <h2 className="xk-t-check-title">{t.faceCheckTitle}</h2>
        <FaceCheckPanel intro={t.faceCheckIntro} note={deadline !== null ? <p className="xk-t-blocked">{t.faceDeadline(formatCountdown(deadline))}</p> : null} error={checkError} busy={checking} onFrame={(frames) => void faceCheck(frames)} />
      </>
    );
  }

  return (
    <>
      {header}
      <NoticeBar content={watch.leftAndBack ? t.leftRecorded : t.leaveWarning} color={watch.leftAndBack ? 'alert' : 'info'} closeable={watch.leftAndBack} onClose={watch.dismissLeft} />
      <ProgressBar percent={((index + 1) / questions.length) * 100} aria-label={t.progress(index + 1, questions.length)} />
      <p className="xk-t-progress">{t.progress(index + 1, questions.length)}</p>
      <QuestionCard question={question} index={index} choice={answers[question.id] ?? []} onChoose={choose} />
      <div className="xk-t-nav">
        <Button size="large" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {t.prev}
        </Button>
        {index < questions.length - 1 ? (
          <Button size="large" color="primary" onClick={() => setIndex(index + 1)}>
            {t.next}
          </Button>
        ) : (
          <Button size="large" color="danger" onClick={() => void submit()}>
            {t.submit}
          </Button>
        )}
      </div>
      {index < questions.length - 1 ? (
        <Button block fill="none" className="xk-t-submit-early" onClick={() => void submit()}>
          {t.submit}
        </Button>
      ) : null}
    </>
  );
}
