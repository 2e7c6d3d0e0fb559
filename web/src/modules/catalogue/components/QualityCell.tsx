import { LoadingOutlined } from '@ant-design/icons';
import { Popover, Tag } from 'antd';
import { StatusTag } from '../../../ui/StatusTag';
import { failedReasons } from '../lesson-media';
import { detailTexts as t, qualityCheckNames, qualityLooks } from '../texts';
import type { Lesson } from '../types';

/** The M21 verdict of one lesson: spinning while inspected, the checks on hover, the reasons in full when it failed. */
export function QualityCell({ lesson }: { lesson: Lesson }) {
  if (lesson.qualityStatus === 'pending') {
    return (
      <Tag icon={<LoadingOutlined />} color="processing" className="xk-status-tag">
        {qualityLooks.pending.label}
      </Tag>
    );
  }
  const checks = (
    <ul className="xk-check-list">
      {lesson.qualityChecks.map((check) => (
        <li key={check.id} className={check.ok ? 'is-ok' : 'is-failed'}>
          {qualityCheckNames[check.id] ?? check.id}
        </li>
      ))}
    </ul>
  );
  const tag = lesson.qualityChecks.length > 0 ? (
    <Popover title={t.checksTitle} content={checks}>
      <span>
        <StatusTag look={qualityLooks[lesson.qualityStatus]} />
      </span>
    </Popover>
  ) : (
    <StatusTag look={qualityLooks[lesson.qualityStatus]} />
  );
  if (lesson.qualityStatus === 'passed') return tag;
  return (
    <div className="xk-quality-failed">
      {tag}
      <ul className="xk-quality-reasons" aria-label={t.failedTitle}>
        {failedReasons(lesson).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}
