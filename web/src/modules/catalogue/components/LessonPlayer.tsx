import { Empty, Typography } from 'antd';
import { formatDuration } from '../../../ui/format';
import { mediaUrl } from '../queries';
import { playerTexts as t } from '../texts';
import type { Lesson } from '../types';

/** Plays a lesson as a learner would get it: video, audio, or the text with its reading time (M20). */
export function LessonPlayer({ lesson }: { lesson: Lesson }) {
  if (lesson.kind === 'text') {
    return (
      <div className="xk-lesson-text">
        <Typography.Text type="secondary">{t.readingTime(formatDuration(lesson.durationSeconds))}</Typography.Text>
        <div className="xk-lesson-text-body">{lesson.textContent}</div>
      </div>
    );
  }
  if (!lesson.hasMedia) return <Empty description={t.noMedia} />;
  return lesson.kind === 'video' ? (
    <video key={lesson.id} className="xk-player-video" controls preload="metadata" src={mediaUrl(lesson.id)}>
      {t.notSupported}
    </video>
  ) : (
    <div className="xk-player-audio">
      <audio key={lesson.id} controls preload="metadata" src={mediaUrl(lesson.id)}>
        {t.notSupported}
      </audio>
    </div>
  );
}
