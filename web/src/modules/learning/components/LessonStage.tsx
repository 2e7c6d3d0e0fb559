import { ProgressBar } from 'antd-mobile';
import { useEffect, useRef, useState } from 'react';
import { allowedSeek } from '../player-rules';
import { learningApi } from '../queries';
import { learningTexts as t } from '../texts';
import type { PlaybackSource } from '../use-learning-session';
import type { Started } from '../types';

interface Props {
  started: Started;
  onSource: (source: PlaybackSource | null) => void;
  onEnded: () => void;
  onSkipRefused: () => void;
  /** A challenge or a face check is on screen: the lesson waits for the learner. */
  paused: boolean;
}

/** The lesson itself: video or audio streamed for this session only, or a text with its reading clock. */
export function LessonStage(props: Props) {
  return props.started.lesson.kind === 'text' ? <TextLesson {...props} /> : <MediaLesson {...props} />;
}

function MediaLesson({ started, onSource, onEnded, onSkipRefused, paused }: Props) {
  const ref = useRef<HTMLVideoElement & HTMLAudioElement>(null);
  const furthest = useRef(started.resumeAt);

  useEffect(() => {
    if (paused) ref.current?.pause();
  }, [paused]);

  useEffect(() => {
    const media = ref.current;
    if (!media) return;
    onSource({ position: () => media.currentTime, playing: () => !media.paused && !media.ended });
    return () => onSource(null);
  }, [onSource]);

  const common = {
    ref,
    src: learningApi.mediaUrl(started.sessionId),
    controls: true,
    preload: 'auto' as const,
    controlsList: 'nodownload noplaybackrate',
    onLoadedMetadata: () => {
      if (ref.current) ref.current.currentTime = started.resumeAt;
    },
    onTimeUpdate: () => {
      const media = ref.current;
      if (media && !media.seeking) furthest.current = Math.max(furthest.current, media.currentTime);
    },
    onSeeking: () => {
      const media = ref.current;
      if (!media) return;
      const allowed = allowedSeek(media.currentTime, furthest.current);
      if (allowed < media.currentTime) {
        media.currentTime = allowed;
        onSkipRefused();
      }
    },
    onRateChange: () => {
      if (ref.current && ref.current.playbackRate !== 1) ref.current.playbackRate = 1;
    },
    onEnded,
  };
  return started.lesson.kind === 'video' ? (
    <video className="xk-p-video" playsInline {...common} aria-label={started.lesson.title} />
  ) : (
    <audio className="xk-p-audio" {...common} aria-label={started.lesson.title} />
  );
}

function TextLesson({ started, onSource, onEnded, paused }: Props) {
  const [reading, setReading] = useState(Math.min(started.resumeAt, started.lessonDuration));
  const position = useRef(reading);
  const done = useRef(false);

  useEffect(() => {
    const attentive = () => !paused && document.visibilityState === 'visible' && document.hasFocus();
    onSource({ position: () => position.current, playing: () => attentive() && position.current < started.lessonDuration });
    const timer = window.setInterval(() => {
      if (!attentive() || position.current >= started.lessonDuration) return;
      position.current += 1;
      setReading(position.current);
      if (position.current >= started.lessonDuration && !done.current) {
        done.current = true;
        onEnded();
      }
    }, 1000);
    return () => {
      window.clearInterval(timer);
      onSource(null);
    };
  }, [onSource, onEnded, paused, started.lessonDuration]);

  return (
    <article className="xk-p-text">
      <ProgressBar percent={(100 * reading) / started.lessonDuration} aria-label={t.readingHint} />
      <p className="xk-p-text-hint">{t.readingHint}</p>
      <div className="xk-p-text-body">{started.lesson.textContent}</div>
    </article>
  );
}
