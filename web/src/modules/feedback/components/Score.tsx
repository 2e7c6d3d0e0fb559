import { satisfactionTexts as t } from '../texts';

/** An average score, red when below the province's threshold. */
export function Score({ value, threshold }: { value: number | null; threshold: number }) {
  if (value === null) return <span className="xk-muted">—</span>;
  return <span className={value < threshold ? 'xk-score is-low' : 'xk-score'}>{t.score(value)}</span>;
}
