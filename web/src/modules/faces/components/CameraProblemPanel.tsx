import { VideoCameraOutlined } from '@ant-design/icons';
import { Button } from 'antd-mobile';
import type { CameraProblem } from '../camera-problem';
import { cameraTexts as t } from '../texts';

/** What went wrong with the camera, and what the learner can do about it, step by step. */
export function CameraProblemPanel({ problem, onRetry }: { problem: CameraProblem; onRetry: () => void }) {
  const text = t.problems[problem];
  const canRetry = problem !== 'insecure' && problem !== 'unsupported';
  return (
    <section className="xk-f-problem" role="alert">
      <div className="xk-f-problem-icon" aria-hidden="true">
        <VideoCameraOutlined />
      </div>
      <h2>{text.title}</h2>
      <p>{text.body}</p>
      {text.steps.length > 0 ? (
        <ol>
          {text.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : null}
      {text.more ? <p className="xk-f-problem-more">{text.more}</p> : null}
      {canRetry ? (
        <Button block color="primary" size="large" onClick={onRetry}>
          {t.reopen}
        </Button>
      ) : null}
    </section>
  );
}
