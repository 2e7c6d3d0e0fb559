import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Input } from 'antd-mobile';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { CLASS_CODE_LENGTH, classCodeProblem, normalizeClassCode } from '../class-code';
import { useJoinClass } from '../queries';
import { joinTexts as t } from '../texts';
import type { Joined } from '../types';

function refusalText(error: unknown): string {
  return (isApiError(error) && t.errors[error.code]) || errorMessage(error);
}

/** One big box for the class code the institution handed out; nothing else on the screen. */
export function JoinClassPage() {
  const navigate = useNavigate();
  const join = useJoinClass();
  const [code, setCode] = useState('');
  const [joined, setJoined] = useState<Joined | null>(null);
  const problem = classCodeProblem(code);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    join.mutate({ code }, { onSuccess: setJoined });
  };

  if (joined) {
    return (
      <MobilePage title={t.title} onBack={() => navigate('/m')}>
        <section className="xk-l-done" role="status">
          <CheckCircleFilled className="xk-l-done-icon" />
          <h2>{t.successTitle}</h2>
          <p>{t.successBody(joined.className)}</p>
          <Button block color="primary" size="large" onClick={() => navigate('/m', { replace: true })}>
            {t.toClasses}
          </Button>
        </section>
      </MobilePage>
    );
  }

  const status = join.isError
    ? { tone: 'error', text: refusalText(join.error) }
    : problem === 'LOOKALIKE'
      ? { tone: 'error', text: t.lookalike }
      : problem === 'INCOMPLETE'
        ? { tone: 'hint', text: code ? t.remaining(CLASS_CODE_LENGTH - code.length) : t.hint }
        : { tone: 'ok', text: t.complete };

  return (
    <MobilePage title={t.title} onBack={() => navigate('/m')}>
      <p className="xk-m-intro">{t.intro}</p>
      <form className="xk-l-join" onSubmit={submit}>
        <label htmlFor="class-code" className="xk-l-join-label">
          {t.label}
        </label>
        <Input
          id="class-code"
          className="xk-l-code-input"
          value={code}
          onChange={(value) => {
            setCode(normalizeClassCode(value));
            if (join.isError) join.reset();
          }}
          placeholder={t.placeholder}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          enterKeyHint="go"
          aria-describedby="class-code-status"
        />
        <p id="class-code-status" className={`xk-l-join-status xk-l-join-status-${status.tone}`} role={status.tone === 'error' ? 'alert' : undefined}>
          {status.text}
        </p>
        <Button block type="submit" color="primary" size="large" disabled={problem !== null} loading={join.isPending}>
          {t.submit}
        </Button>
      </form>
    </MobilePage>
  );
}
