import type { LiveFrames } from '../faces';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client';
import { deviceId } from './device-id';
import { createBeatBuffer, flushBeats } from './heartbeat-buffer';
import { learningApi } from './queries';
import type { Challenge, HeartbeatAnswer, Started } from './types';

export type Phase =
  | { kind: 'checking' }
  | { kind: 'learning' }
  | { kind: 'random-check' }
  | { kind: 'ending' }
  | { kind: 'finished'; confirmedSeconds: number; passed: boolean }
  | { kind: 'stopped'; reason: unknown };

/** Where the lesson is: the media element's position, or the reading clock of a text lesson. */
export interface PlaybackSource {
  position(): number;
  playing(): boolean;
}

const isNetworkFailure = (error: unknown) => isApiError(error, 'NETWORK_ERROR');
const sessionEndedReason = (error: unknown) => (isApiError(error, 'LEARNING_SESSION_ENDED') ? (error.details?.reason ?? 'closed') : null);

/**
 * The learner's side of the learning protocol (DESIGN §5): start after a face
 * check, a heartbeat every few seconds (buffered while offline), attention
 * challenges, random face checks and the closing check. The server decides
 * every second of credit; this hook only reports and shows its answers.
 */
export function useLearningSession(classId: string, lessonId: string) {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const [started, setStarted] = useState<Started | null>(null);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [pendingSeconds, setPendingSeconds] = useState(0);
  const [confirmedSeconds, setConfirmedSeconds] = useState(0);
  const [lastReason, setLastReason] = useState<string | null>(null);
  const [voided, setVoided] = useState<string | null>(null);
  const [offline, setOffline] = useState(false);
  const source = useRef<PlaybackSource | null>(null);
  const seq = useRef(0);
  const lastInputAt = useRef<string | undefined>(undefined);
  const buffer = useRef(createBeatBuffer());
  const missedChallenges = useRef(new Set<string>());

  const stop = useCallback((reason: unknown) => setPhase({ kind: 'stopped', reason }), []);

  const take = useCallback(
    (answer: HeartbeatAnswer) => {
      setPendingSeconds(answer.pendingSeconds);
      setLastReason(answer.reason);
      setChallenge(answer.challenge);
      if (answer.challenge?.missed && !missedChallenges.current.has(answer.challenge.id)) {
        missedChallenges.current.add(answer.challenge.id);
        setVoided('challenge_missed');
      }
      if (answer.locked) stop('locked');
      else if (answer.faceCheckDue) setPhase((p) => (p.kind === 'learning' ? { kind: 'random-check' } : p));
    },
    [stop],
  );

  const start = useCallback(
    async (frames: LiveFrames) => {
      const s = await learningApi.start({ classId, lessonId, deviceId: deviceId(), ...frames });
      setStarted(s);
      setConfirmedSeconds(s.confirmedSeconds);
      seq.current = 0;
      setPhase({ kind: 'learning' });
    },
    [classId, lessonId],
  );

  const beat = useCallback(async () => {
    if (!started || !source.current) return;
    seq.current += 1;
    buffer.current.push({
      seq: seq.current,
      mediaPosition: source.current.position(),
      playing: source.current.playing(),
      visible: document.visibilityState === 'visible',
      focused: document.hasFocus(),
      lastInputAt: lastInputAt.current,
    });
    try {
      const answers = await flushBeats(buffer.current, (b) => learningApi.heartbeat(started.sessionId, b), isNetworkFailure);
      setOffline(buffer.current.size > 0);
      const last = answers.at(-1);
      if (last) take(last);
    } catch (error) {
      const reason = sessionEndedReason(error);
      if (reason) stop(reason);
    }
  }, [started, take, stop]);

  const beating = phase.kind === 'learning' || phase.kind === 'random-check' || phase.kind === 'ending';
  useEffect(() => {
    if (!beating || !started) return;
    void beat();
    const timer = window.setInterval(() => void beat(), started.heartbeatSeconds * 1000);
    const online = () => void beat();
    window.addEventListener('online', online);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [beating, started, beat]);

  useEffect(() => {
    const touch = () => {
      lastInputAt.current = new Date().toISOString();
    };
    const events = ['pointerdown', 'keydown', 'touchstart', 'scroll'] as const;
    events.forEach((e) => window.addEventListener(e, touch, { passive: true }));
    return () => events.forEach((e) => window.removeEventListener(e, touch));
  }, []);

  const answer = useCallback(
    async (option: string) => {
      if (!started || !challenge) return false;
      const res = await learningApi.answer(started.sessionId, challenge.id, option);
      setChallenge(res.challenge);
      return res.accepted;
    },
    [started, challenge],
  );

  const faceCheck = useCallback(
    async (frames: LiveFrames) => {
      if (!started) return;
      const res = await learningApi.faceCheck(started.sessionId, frames);
      setPendingSeconds(0);
      if (res.locked) return stop('locked');
      if (res.passed) {
        setConfirmedSeconds((c) => c + res.confirmedSeconds);
        setPhase({ kind: 'learning' });
      } else {
        setVoided('face_check_failed');
      }
    },
    [started, stop],
  );

  const finish = useCallback(
    async (frames?: LiveFrames) => {
      if (!started) return;
      await beat();
      const res = await learningApi.end(started.sessionId, frames);
      if (frames && !res.passed) setVoided('face_check_failed');
      setConfirmedSeconds((c) => c + res.confirmedSeconds);
      setPhase({ kind: 'finished', confirmedSeconds: res.confirmedSeconds, passed: res.passed });
    },
    [started, beat],
  );

  const setSource = useCallback((s: PlaybackSource | null) => {
    source.current = s;
  }, []);
  const askToFinish = useCallback(() => setPhase((p) => (p.kind === 'learning' ? { kind: 'ending' } : p)), []);
  const backToLesson = useCallback(() => setPhase((p) => (p.kind === 'ending' ? { kind: 'learning' } : p)), []);
  const dismissVoided = useCallback(() => setVoided(null), []);

  return {
    phase,
    started,
    challenge,
    pendingSeconds,
    confirmedSeconds,
    lastReason,
    voided,
    offline,
    setSource,
    start,
    answer,
    faceCheck,
    finish,
    askToFinish,
    backToLesson,
    dismissVoided,
  };
}

export type LearningSession = ReturnType<typeof useLearningSession>;
