import { Button } from 'antd-mobile';
import { useState, type ReactNode } from 'react';
import { grabLiveFrames, type LiveFrames } from '../capture';
import { cameraTexts as t } from '../texts';
import { useCamera } from '../use-camera';
import { CameraProblemPanel } from './CameraProblemPanel';
import { CameraView } from './CameraView';

/**
 * One live face check (M24): the front camera, a caption saying why, and a
 * button that takes the two live frames and hands them to `onFrame`. The camera is
 * on only while this panel is shown.
 */
export function FaceCheckPanel({ caption, action, onFrame }: { caption: ReactNode; action: string; onFrame: (frames: LiveFrames) => Promise<void> }) {
  const camera = useCamera(true);
  const [busy, setBusy] = useState(false);
  if (camera.state.status === 'failed') return <CameraProblemPanel problem={camera.state.problem} onRetry={camera.retry} />;

  const check = async () => {
    const video = camera.videoRef.current;
    if (!video) return;
    setBusy(true);
    try {
      await onFrame(await grabLiveFrames(video));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="xk-f-check">
      <CameraView videoRef={camera.videoRef} state={camera.state} busy={busy} caption={busy ? t.checking : caption} />
      <Button block color="primary" size="large" loading={busy} disabled={camera.state.status !== 'live'} onClick={() => void check()}>
        {action}
      </Button>
    </div>
  );
}
