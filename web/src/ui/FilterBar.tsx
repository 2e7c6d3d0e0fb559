import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';

/** The row of filters above a list, with the list's main actions on the right. */
export function FilterBar({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div className="xk-filter-bar">
      <div className="xk-filter-fields">{children}</div>
      {extra ? <div className="xk-filter-extra">{extra}</div> : null}
    </div>
  );
}

/** One labelled filter in a FilterBar; the label names its control for screen readers (and tests). */
export function FilterField({ label, children }: { label: string; children: ReactElement<{ id?: string }> }) {
  const id = useId();
  return (
    <div className="xk-filter-field">
      <label className="xk-filter-label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, { id })}
    </div>
  );
}
