import { CheckCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';

/** A finished step, said once and big: what happened, and the one thing to do next. */
export function Outcome({ title, children, action }: { title: string; children?: ReactNode; action: ReactNode }) {
  return (
    <section className="xk-f-outcome" role="status">
      <CheckCircleFilled className="xk-f-outcome-icon" />
      <h2>{title}</h2>
      {children ? <div className="xk-f-outcome-body">{children}</div> : null}
      {action}
    </section>
  );
}
