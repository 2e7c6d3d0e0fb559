import { Select } from 'antd';
import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import type { StatusLook } from './StatusTag';

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

const ALL = 'all';

/**
 * How a status filter offers "every status": not at all (a status is always
 * chosen), as a first option `allLabel`, or — `clearable` — as the placeholder
 * `allLabel` shown once the choice is cleared.
 */
type StatusChoice<S extends string> =
  | { value: S; onChange: (status: S) => void; allLabel?: undefined; clearable?: undefined }
  | { value: S | undefined; onChange: (status: S | undefined) => void; allLabel: string; clearable?: boolean };

/** A labelled filter on a list's status, offering every status of the module's `looks` by its label, in their order. */
export function StatusFilter<S extends string>({
  label,
  looks,
  width = 140,
  ...choice
}: { label: string; looks: Record<S, StatusLook>; width?: number } & StatusChoice<S>) {
  const options = (Object.keys(looks) as S[]).map((s) => ({ value: s, label: looks[s].label }));
  const style = { width };
  return (
    <FilterField label={label}>
      {choice.allLabel === undefined ? (
        <Select<S> value={choice.value} onChange={choice.onChange} style={style} options={options} />
      ) : choice.clearable ? (
        <Select<S> value={choice.value} onChange={choice.onChange} allowClear placeholder={choice.allLabel} style={style} options={options} />
      ) : (
        <Select<S | typeof ALL> value={choice.value ?? ALL} onChange={(v) => choice.onChange(v === ALL ? undefined : v)} style={style} options={[{ value: ALL, label: choice.allLabel }, ...options]} />
      )}
    </FilterField>
  );
}
