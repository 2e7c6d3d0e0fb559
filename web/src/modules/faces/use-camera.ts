import { useCallback, useEffect, useRef, useState } from 'react';
import { cameraProblemOf, cameraUnavailable, type CameraProblem } from './camera-problem';

export type CameraState = { status: 'starting' } | { status: 'live' } | { status: 'failed'; problem: CameraProblem };

/** Front camera, as large as the phone offers up to 720p; frames are scaled down when taken. */
const CONSTRAINTS: MediaStreamConstraints = { audio: false, video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 720 } } };

function unavailable(): CameraProblem | null {
  return cameraUnavailable({ isSecureContext: window.isSecureContext, hasGetUserMedia: typeof navigator.mediaDevices?.getUserMedia === 'function' });
}

/**
 * The front camera streaming into `videoRef` while `active`; stopped (light
 * off) as soon as the page no longer needs it or is left.
 */
export function useCamera(active: boolean) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<CameraState>(() => {
    const problem = unavailable();
    return problem ? { status: 'failed', problem } : { status: 'starting' };
  });

  useEffect(() => {
    if (!active || unavailable()) return;
    let stream: MediaStream | null = null;
    let cancelled = false;
    const video = videoRef.current;
    navigator.mediaDevices
      .getUserMedia(CONSTRAINTS)
      .then(async (s) => {
        stream = s;
        if (cancelled || !video) {
          s.getTracks().forEach((track) => track.stop());
          return;
        }
        video.srcObject = s;
        // Muted, inline autoplay is allowed everywhere; a refusal here still leaves a frame to take.
        await video.play().catch(() => undefined);
        if (!cancelled) setState({ status: 'live' });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: 'failed', problem: cameraProblemOf(error) });
      });
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((track) => track.stop());
      if (video) video.srcObject = null;
      setState((current) => (current.status === 'live' ? { status: 'starting' } : current));
    };
  }, [active, attempt]);

  const retry = useCallback(() => {
    const problem = unavailable();
    setState(problem ? { status: 'failed', problem } : { status: 'starting' });
    setAttempt((n) => n + 1);
  }, []);

  return { videoRef, state, retry };
}
