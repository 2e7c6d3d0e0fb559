import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** What an empty list says: what is missing and, when there is one, the next step. */
export function EmptyState({ title, hint, action }: { title: string; hint?: ReactNode; action?: ReactNode }) {
  return (
    <Empty
      className="xk-empty"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <span className="xk-empty-text">
          <strong>{title}</strong>
          {hint ? <span>{hint}</span> : null}
        </span>
      }
    >
      {action}
    </Empty>
  );
}
