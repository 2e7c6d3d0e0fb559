import { kindNames, attemptTexts as t } from '../texts';
import { optionLetter } from '../paper';
import type { PaperQuestion } from '../types';

/** One question, options as big buttons (a phone screen, a thumb): aria-pressed tells screen readers what is chosen. */
export function QuestionCard({ question, index, choice, onChoose }: { question: PaperQuestion; index: number; choice: readonly number[]; onChoose: (option: number) => void }) {
  return (
    <article className="xk-t-question" aria-labelledby={`q-${question.id}`}>
      <div className="xk-t-kind">{kindNames[question.kind]}</div>
      <h2 id={`q-${question.id}`} className="xk-t-stem">
        {index + 1}. {question.stem}
      </h2>
      {question.kind === 'multiple' ? <p className="xk-t-hint">{t.multipleHint}</p> : null}
      <div className="xk-t-options" role="group" aria-label={kindNames[question.kind]}>
        {question.options.map((option, i) => {
          const chosen = choice.includes(i);
          return (
            <button key={option} type="button" className={`xk-t-option${chosen ? ' xk-t-option-chosen' : ''}`} aria-pressed={chosen} onClick={() => onChoose(i)}>
              <span className="xk-t-letter">{question.kind === 'judge' ? (i === 0 ? '✓' : '✗') : optionLetter(i)}</span>
              <span>{option}</span>
            </button>
          );
        })}
      </div>
    </article>
  );
}
