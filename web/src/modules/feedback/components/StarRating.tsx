import { StarFilled } from '@ant-design/icons';
import { Button } from 'antd-mobile';
import { useId } from 'react';
import { rateTexts as t } from '../texts';

interface StarRatingProps {
  label: string;
  hint: string;
  value: number | null;
  onChange: (value: number | null) => void;
  /** Shown when the score may be left out (授课教师): a button to clear it. */
  clearLabel?: string;
}

/**
 * 1–5 stars as a native radio group, so it works by touch and by keyboard (Tab to the group, arrows to move):
 * each star is a 48 px target with the radio laid over it.
 */
export function StarRating({ label, hint, value, onChange, clearLabel }: StarRatingProps) {
  const name = useId();
  return (
    <fieldset className="xk-rate-field">
      <legend className="xk-rate-label">{label}</legend>
      <p className="xk-rate-hint">{hint}</p>
      <div className="xk-rate-stars">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={value !== null && n <= value ? 'xk-rate-star is-on' : 'xk-rate-star'}>
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} aria-label={t.star(n)} />
            <StarFilled aria-hidden />
          </label>
        ))}
      </div>
      <div className="xk-rate-value" aria-live="polite">
        {value === null ? t.unrated : t.scoreLine(value, t.levels[value] ?? '')}
        {clearLabel && value !== null ? (
          <Button fill="none" size="small" color="primary" className="xk-rate-clear" onClick={() => onChange(null)}>
            {clearLabel}
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
