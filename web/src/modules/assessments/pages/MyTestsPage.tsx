import { Button, ErrorBlock, Skeleton, Tag } from 'antd-mobile';
import { useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { MobileError } from '../../../ui/MobileError';
import { MobilePage } from '../../../ui/MobilePage';
import { useMyTests } from '../queries';
import { myTestsTexts as t } from '../texts';
import type { MyTest } from '../types';

function TestRow({ test, onStart }: { test: MyTest; onStart: () => void }) {
  const blocked = test.blockedBy ? t.blocked[test.blockedBy] : null;
  return (
    <article className="xk-t-test" aria-label={test.title}>
      <header className="xk-t-test-head">
        <h3>{test.title}</h3>
        {test.courseId === null ? <Tag color="primary" fill="outline">{t.finalTest}</Tag> : null}
      </header>
      <p className="xk-t-test-facts">{t.facts(test)}</p>
      <p className="xk-t-test-facts">{t.attempts(test.attemptsUsed, test.maxAttempts)}</p>
      {test.result ? <p className={test.result.passed ? 'xk-t-ok' : 'xk-t-bad'}>{t.best(test.result.score, test.result.passed)}</p> : null}
      {blocked ? <p className="xk-t-blocked">{test.nextAttemptAt ? t.nextAt(formatDateTime(test.nextAttemptAt)) : blocked}</p> : null}
      {!test.blockedBy ? (
        <Button block color="primary" size="large" onClick={onStart}>
          {test.openAttemptId ? t.resume : t.start}
        </Button>
      ) : null}
    </article>
  );
}

/** A class's tests on the learner's phone: what each needs, attempts left, and a big start button. */
export function MyTestsPage() {
  const { classId = '' } = useParams();
  const navigate = useNavigate();
  const tests = useMyTests(classId);
  let body;
  if (tests.isPending) body = <Skeleton.Paragraph lineCount={6} animated />;
  else if (tests.isError) body = <MobileError error={tests.error} onRetry={() => void tests.refetch()} />;
  else if (tests.data.enrolmentStatus === 'locked') body = <p className="xk-t-blocked">{t.locked}</p>;
  else if (!tests.data.items.length) body = <ErrorBlock status="empty" title={t.empty} description="" />;
  else
    body = tests.data.items.map((test) => <TestRow key={test.id} test={test} onStart={() => navigate(`/m/tests/${test.id}/start`, { state: { classId } })} />);
  return (
    <MobilePage title={t.title} onBack={() => navigate('/m')}>
      <p className="xk-m-intro">{t.intro}</p>
      {body}
    </MobilePage>
  );
}
