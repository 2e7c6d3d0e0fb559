import { BulbOutlined, EyeOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd-mobile';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { formatDateTime } from '../../../ui/format';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { grabFrames } from '../capture';
import { CameraProblemPanel } from '../components/CameraProblemPanel';
import { CameraView } from '../components/CameraView';
import { Outcome } from '../components/Outcome';
import { ENROLMENT_FRAME_COUNT, ENROLMENT_FRAME_INTERVAL_MS } from '../frame';
import { useEnrolFace, useFaceStatus } from '../queries';
import { faceRefusalReason } from '../refusal';
import { enrolmentTexts as t } from '../texts';
import { useCamera } from '../use-camera';

type Phase =
  | { step: 'ready' }
  | { step: 'capturing'; taken: number }
  | { step: 'checking' }
  | { step: 'refused'; title: string; reason: string }
  | { step: 'done' };

const TIP_ICONS: ReactNode[] = [<EyeOutlined key="face" />, <BulbOutlined key="light" />, <UserOutlined key="alone" />];

/** Face enrolment (M24): three live frames from the front camera, checked by the server. */
export function FaceEnrolmentPage() {
  const navigate = useNavigate();
  const status = useFaceStatus();
  const enrol = useEnrolFace();
  const [phase, setPhase] = useState<Phase>({ step: 'ready' });
  const enrolledBefore = status.data?.enrolled === true && phase.step !== 'done';
  const wantsCamera = phase.step !== 'done' && (status.isError || status.data?.enrolled === false);
  const camera = useCamera(wantsCamera);
  const toHome = () => navigate('/m');

  const start = async () => {
    const video = camera.videoRef.current;
    if (!video) return;
    setPhase({ step: 'capturing', taken: 0 });
    let images: string[];
    try {
      images = await grabFrames(video, ENROLMENT_FRAME_COUNT, ENROLMENT_FRAME_INTERVAL_MS, (taken) => setPhase({ step: 'capturing', taken }));
    } catch {
      setPhase({ step: 'refused', title: t.rejectedTitle, reason: t.captureFailed });
      return;
    }
    setPhase({ step: 'checking' });
    enrol.mutate(
      { images },
      {
        onSuccess: () => setPhase({ step: 'done' }),
        onError: (error) =>
          setPhase({ step: 'refused', title: t.rejectedTitle, reason: isApiError(error, 'FACE_REJECTED') ? (faceRefusalReason(error) ?? errorMessage(error)) : errorMessage(error) }),
      },
    );
  };

  let body: ReactNode;
  if (phase.step === 'done') {
    body = (
      <Outcome title={t.successTitle} action={<Button block color="primary" size="large" onClick={toHome}>{t.toHome}</Button>}>
        {t.successBody}
      </Outcome>
    );
  } else if (enrolledBefore) {
    body = (
      <Outcome title={t.alreadyTitle} action={<Button block color="primary" size="large" onClick={toHome}>{t.toHome}</Button>}>
        {t.alreadyBody(formatDateTime(status.data?.enrolledAt))}
      </Outcome>
    );
  } else if (status.isPending) {
    body = (
      <div className="xk-m-card">
        <Skeleton.Paragraph lineCount={6} animated />
      </div>
    );
  } else if (camera.state.status === 'failed') {
    body = <CameraProblemPanel problem={camera.state.problem} onRetry={camera.retry} />;
  } else {
    const working = phase.step === 'capturing' || phase.step === 'checking';
    const caption = phase.step === 'capturing' ? t.capturing(phase.taken, ENROLMENT_FRAME_COUNT) : phase.step === 'checking' ? t.checking : undefined;
    body = (
      <>
        <p className="xk-m-intro">{t.intro}</p>
        <CameraView videoRef={camera.videoRef} state={camera.state} busy={working} caption={caption} />
        {phase.step === 'refused' ? (
          <div className="xk-f-refused" role="alert">
            <strong>{phase.title}</strong>
            <span>{phase.reason}</span>
          </div>
        ) : (
          <ul className="xk-f-tips">
            {t.tips.map((tip, i) => (
              <li key={tip}>
                <span className="xk-f-tip-icon">{TIP_ICONS[i]}</span>
                {tip}
              </li>
            ))}
          </ul>
        )}
        <Button block color="primary" size="large" className="xk-f-start" disabled={camera.state.status !== 'live'} loading={working} loadingText={caption} onClick={() => void start()}>
          {phase.step === 'refused' ? t.again : t.start}
        </Button>
      </>
    );
  }

  return (
    <MobilePage title={t.title} onBack={toHome}>
      {body}
    </MobilePage>
  );
}
