import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { attemptApi } from './queries';
import type { AttemptState } from './types';

/** How often the page asks the server whether a face check is due (the server's grace is 90 s). */
export const POLL_MS = 15_000;

/**
 * Keeps an open attempt in step with the server (M24): polls its state,
 * reports leaving and returning to the page, warns before closing it, and
 * tells the page when a face check is due or the attempt has ended.
 */
export function useAttemptWatch(attemptId: string, initial: AttemptState, onFinished: () => void) {
  const [state, setState] = useState<AttemptState>(initial);
  const [leftAndBack, setLeftAndBack] = useState(false);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  /** Every server answer either updates the state or, when the attempt has ended, hands over to the result. */
  const track = useCallback(async (call: Promise<AttemptState>) => {
    try {
      setState(await call);
    } catch (error) {
      if (isApiError(error, 'ATTEMPT_FINISHED')) finished.current();
      else throw error;
    }
  }, []);

  useEffect(() => {
    const timer = window.setInterval(() => void track(attemptApi.state(attemptId)).catch(() => undefined), POLL_MS);
    const onVisibility = () => {
      const hidden = document.visibilityState === 'hidden';
      if (!hidden) setLeftAndBack(true);
      void track(attemptApi.pageEvent(attemptId, hidden ? 'hidden' : 'visible')).catch(() => undefined);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [attemptId, track]);

  return { state, setState, track, leftAndBack, dismissLeft: () => setLeftAndBack(false) };
}
