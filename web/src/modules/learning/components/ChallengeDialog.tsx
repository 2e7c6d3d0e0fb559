import { Button, CenterPopup } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { learningTexts as t } from '../texts';
import type { Challenge } from '../types';

function secondsUntil(deadline: string): number {
  return Math.max(0, Math.ceil((Date.parse(deadline) - Date.now()) / 1000));
}

/** The attention challenge (M24, DESIGN §5.3): a large question with big buttons, answered within 60 s. */
export function ChallengeDialog({ challenge, onAnswer }: { challenge: Challenge; onAnswer: (option: string) => Promise<boolean> }) {
  const [left, setLeft] = useState(() => secondsUntil(challenge.deadline));
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setWrong(false);
    const timer = window.setInterval(() => setLeft(secondsUntil(challenge.deadline)), 1000);
    return () => window.clearInterval(timer);
  }, [challenge.id, challenge.deadline]);

  const choose = async (option: string) => {
    setBusy(true);
    try {
      setWrong(!(await onAnswer(option)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <CenterPopup visible role="alertdialog" aria-label={t.challengeTitle} bodyClassName="xk-p-challenge-body">
      <section className="xk-p-challenge">
        <h2>{t.challengeTitle}</h2>
        <p className="xk-p-challenge-question">{challenge.question}</p>
        <div className="xk-p-challenge-options">
          {challenge.options.map((option) => (
            <Button key={option} size="large" color="primary" fill="outline" disabled={busy} onClick={() => void choose(option)}>
              {option}
            </Button>
          ))}
        </div>
        {wrong ? <p className="xk-p-challenge-wrong" role="alert">{t.challengeWrong}</p> : null}
        <p className="xk-p-challenge-left" aria-live="polite">
          {t.challengeLeft(left)}
        </p>
      </section>
    </CenterPopup>
  );
}
