import { SpinLoading } from 'antd-mobile';
import type { ReactNode, RefObject } from 'react';
import type { CameraState } from '../use-camera';
import { cameraTexts as t } from '../texts';

/**
 * The live front-camera picture, mirrored like a looking-glass, with an oval
 * to put the face in. `busy` rings the oval while frames are taken.
 */
export function CameraView({ videoRef, state, busy, caption }: { videoRef: RefObject<HTMLVideoElement | null>; state: CameraState; busy?: boolean; caption?: ReactNode }) {
  return (
    <div className={`xk-f-stage${busy ? ' xk-f-stage-busy' : ''}`}>
      <video ref={videoRef} className="xk-f-video" autoPlay muted playsInline aria-label={t.videoLabel} />
      <div className="xk-f-oval" aria-hidden="true" />
      {state.status === 'starting' ? (
        <div className="xk-f-overlay">
          <SpinLoading color="white" style={{ '--size': '40px' }} />
          <span>{t.starting}</span>
        </div>
      ) : null}
      <div className="xk-f-caption" aria-live="polite">
        {caption ?? t.guide}
      </div>
    </div>
  );
}
