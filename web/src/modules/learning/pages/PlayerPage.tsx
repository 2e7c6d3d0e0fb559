import { Button, NoticeBar, Popup, Result, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { FaceCheckPanel, faceRefusalReason, type LiveFrames } from '../../faces';
import { ChallengeDialog } from '../components/ChallengeDialog';
import { LessonStage } from '../components/LessonStage';
import { creditStatusText, endedText, formatStudyTime, voidedText } from '../player-rules';
import { learningTexts as t } from '../texts';
import { useLearningSession } from '../use-learning-session';

/**
 * The phone-first lesson player (issue 6, item 7): a face check to start, the
 * lesson, what is confirmed and what waits for the next check, the attention
 * challenge, random face checks, and a closing check that confirms the time.
 */
export function PlayerPage() {
  const { classId = '', lessonId = '' } = useParams();
  const navigate = useNavigate();
  const session = useLearningSession(classId, lessonId);
  const [startRefusal, setStartRefusal] = useState<string | null>(null);
  const { phase, started } = session;
  const back = () => navigate(`/m/classes/${classId}`);

  const start = async (frames: LiveFrames) => {
    setStartRefusal(null);
    try {
      await session.start(frames);
    } catch (error) {
      setStartRefusal(isApiError(error, 'LEARNING_FACE_CHECK_FAILED') ? (faceRefusalReason(error) ?? t.startFailed) : errorMessage(error));
    }
  };
  const guarded = (action: (frames: LiveFrames) => Promise<void>) => async (frames: LiveFrames) => {
    try {
      await action(frames);
    } catch (error) {
      Toast.show({ content: errorMessage(error) });
    }
  };

  if (phase.kind === 'checking' || !started) {
    return (
      <MobilePage title={t.startTitle} onBack={back}>
        <FaceCheckPanel caption={t.startCaption} action={t.startAction} onFrame={start} />
        {startRefusal ? (
          <p className="xk-p-refusal" role="alert">
            {t.startFailed}：{startRefusal}
          </p>
        ) : null}
      </MobilePage>
    );
  }

  if (phase.kind === 'stopped') {
    return (
      <MobilePage title={t.endedTitle} onBack={back}>
        <Result status="warning" title={t.endedTitle} description={endedText(phase.reason)} />
        <Button block color="primary" size="large" onClick={back}>
          {t.backToClass}
        </Button>
      </MobilePage>
    );
  }

  if (phase.kind === 'finished') {
    return (
      <MobilePage title={t.summaryTitle} onBack={back}>
        <Result
          status={phase.confirmedSeconds > 0 ? 'success' : 'info'}
          title={t.summaryTitle}
          description={phase.confirmedSeconds > 0 ? t.summary(formatStudyTime(phase.confirmedSeconds)) : t.summaryNone}
        />
        {session.voided ? <NoticeBar className="xk-p-voided" color="error" wrap content={voidedText(session.voided)} /> : null}
        <Button block color="primary" size="large" onClick={back}>
          {t.backToClass}
        </Button>
      </MobilePage>
    );
  }

  return (
    <MobilePage title={started.lesson.title} onBack={back}>
      {session.offline ? <NoticeBar color="alert" wrap content={t.offline} /> : null}
      {session.voided ? (
        <NoticeBar className="xk-p-voided" color="error" wrap closeable onClose={session.dismissVoided} content={`${t.voidedTitle}：${voidedText(session.voided)}`} />
      ) : null}
      <LessonStage
        started={started}
        paused={session.challenge !== null || phase.kind !== 'learning'}
        onSource={session.setSource}
        onEnded={session.askToFinish}
        onSkipRefused={() => Toast.show({ content: t.noSkip })}
      />
      <section className="xk-m-card xk-p-credit" aria-live="polite">
        <div className="xk-p-credit-confirmed">{t.confirmed(formatStudyTime(session.confirmedSeconds))}</div>
        <div className="xk-p-credit-pending">{t.pending(formatStudyTime(session.pendingSeconds))}</div>
        {session.lastReason ? <div className="xk-p-credit-status">{creditStatusText(session.lastReason)}</div> : null}
      </section>
      <Button block size="large" onClick={session.askToFinish}>
        {t.finish}
      </Button>

      {session.challenge ? <ChallengeDialog challenge={session.challenge} onAnswer={session.answer} /> : null}

      <Popup visible={phase.kind === 'random-check'} bodyClassName="xk-p-sheet" destroyOnClose>
        <h2 className="xk-p-sheet-title">{t.randomTitle}</h2>
        {session.voided ? <NoticeBar className="xk-p-voided" color="error" wrap content={voidedText(session.voided)} /> : null}
        <FaceCheckPanel caption={t.randomCaption} action={t.randomAction} onFrame={guarded(session.faceCheck)} />
      </Popup>

      <Popup visible={phase.kind === 'ending'} bodyClassName="xk-p-sheet" destroyOnClose onMaskClick={session.backToLesson}>
        <h2 className="xk-p-sheet-title">{t.endTitle}</h2>
        <FaceCheckPanel caption={t.endCaption} action={t.endAction} onFrame={guarded(session.finish)} />
        <Button block fill="none" color="danger" onClick={() => void session.finish()}>
          {t.endWithout}
        </Button>
      </Popup>
    </MobilePage>
  );
}
