import { Button } from 'antd-mobile';
import { useState, type ReactNode } from 'react';
import { CameraProblemPanel, CameraView, grabLiveFrames, useCamera, type LiveFrames } from '../../faces';
import { attemptTexts as t } from '../texts';

/**
 * The camera with one big button: takes a live frame and hands it to `onFrame`
 * (start of a test, or a check the server asked for). The camera is on only
 * while this panel is shown.
 */
export function FaceCheckPanel({ intro, note, error, busy, onFrame }: { intro: string; note?: ReactNode; error?: string | null; busy: boolean; onFrame: (frames: LiveFrames) => void }) {
  const camera = useCamera(true);
  const [grabbing, setGrabbing] = useState(false);

  const take = async () => {
    const video = camera.videoRef.current;
    if (!video) return;
    setGrabbing(true);
    try {
      onFrame(await grabLiveFrames(video));
    } finally {
      setGrabbing(false);
    }
  };

  if (camera.state.status === 'failed') return <CameraProblemPanel problem={camera.state.problem} onRetry={camera.retry} />;
  const working = busy || grabbing;
  return (
    <>
      <p className="xk-m-intro">{intro}</p>
      <CameraView videoRef={camera.videoRef} state={camera.state} busy={working} caption={working ? t.checking : undefined} />
      {note}
      {error ? (
        <div className="xk-f-refused" role="alert">
          <span>{error}</span>
        </div>
      ) : null}
      <Button block color="primary" size="large" className="xk-f-start" disabled={camera.state.status !== 'live'} loading={working} loadingText={t.checking} onClick={() => void take()}>
        {t.check}
      </Button>
    </>
  );
}
