import { CheckCircleFilled, CloseCircleFilled, StopFilled } from '@ant-design/icons';
import { Button } from 'antd-mobile';
import { resultTexts as t } from '../texts';
import type { TestResult } from '../types';

/** The outcome of an attempt: the score against the pass mark, or why it was voided. Never the answers. */
export function ResultCard({ result, onBack }: { result: TestResult; onBack: () => void }) {
  const voided = result.outcome === 'voided';
  const icon = voided ? <StopFilled /> : result.passed ? <CheckCircleFilled /> : <CloseCircleFilled />;
  const tone = voided ? 'voided' : result.passed ? 'passed' : 'failed';
  return (
    <section className={`xk-t-result xk-t-result-${tone}`} role="status">
      <div className="xk-t-result-icon" aria-hidden="true">
        {icon}
      </div>
      <h2>{voided ? t.voided : result.passed ? t.passed : t.failed}</h2>
      {voided ? (
        <p>{t.voidReasons[result.voidReason ?? ''] ?? result.voidReason}</p>
      ) : (
        <>
          <p className="xk-t-result-score">{t.score(result.score)}</p>
          <p>{t.detail(result)}</p>
          {result.finishedBy === 'timeout' ? <p>{t.timeout}</p> : null}
        </>
      )}
      {result.leaveCount > 0 ? <p className="xk-t-result-note">{t.leaves(result.leaveCount)}</p> : null}
      <Button block color="primary" size="large" onClick={onBack}>
        {t.back}
      </Button>
    </section>
  );
}
