import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Descriptions } from 'antd';
import { planProblems, type PlannedHours, type PlanProblem, type RequiredHours } from '../plan-check';
import { planProblemTexts, requirementTexts as t } from '../texts';

function Check({ problem, problems, text }: { problem: PlanProblem; problems: PlanProblem[]; text: string }) {
  const failing = problems.includes(problem);
  return (
    <span className={failing ? 'xk-plan-bad' : 'xk-plan-ok'}>
      {failing ? <ExclamationCircleFilled /> : <CheckCircleFilled />} {text}
    </span>
  );
}

/**
 * The category's required hours and the M19 online cap beside the plan being
 * typed, each line marked as met or not. `required` is null while no category
 * is picked (`picked` false) or the province has not set its hours.
 */
export function RequirementPanel({ required, picked, unverified, plan }: { required: RequiredHours | null; picked: boolean; unverified: boolean; plan: PlannedHours }) {
  if (!picked) return <Alert type="info" showIcon message={t.pick} className="xk-plan-panel" />;
  if (!required) return <Alert type="error" showIcon message={t.notSet} className="xk-plan-panel" />;
  const problems = planProblems(plan, required);
  const theory = plan.onlineTheoryHours + plan.offlineTheoryHours;
  return (
    <div className="xk-plan-panel xk-plan-box" aria-live="polite">
      <Descriptions size="small" column={3} title={t.title} className="xk-plain-desc">
        <Descriptions.Item label={t.theory}>{t.hours(required.theoryHours)}</Descriptions.Item>
        <Descriptions.Item label={t.practical}>{t.hours(required.practicalHours)}</Descriptions.Item>
        <Descriptions.Item label={t.onlineCap}>{t.cap(required.maxOnlineHours, Math.round(required.onlineRatio * 100))}</Descriptions.Item>
        <Descriptions.Item label={t.plannedTheory}>
          <Check problem="CLASS_THEORY_NOT_COVERED" problems={problems} text={`${theory} / ${required.theoryHours}`} />
        </Descriptions.Item>
        <Descriptions.Item label={t.plannedPractical}>
          <Check problem="CLASS_PRACTICAL_NOT_COVERED" problems={problems} text={`${plan.practicalHours} / ${required.practicalHours}`} />
        </Descriptions.Item>
        <Descriptions.Item label={t.plannedOnline}>
          <Check problem="CLASS_ONLINE_CAP_EXCEEDED" problems={problems} text={`${plan.onlineTheoryHours} / ${required.maxOnlineHours}`} />
        </Descriptions.Item>
      </Descriptions>
      <div className="xk-plan-verdict">
        {problems.length === 0 ? <span className="xk-plan-ok">{t.ok}</span> : problems.map((p) => <div key={p} className="xk-plan-bad">{planProblemTexts[p](required)}</div>)}
      </div>
      <div className="xk-muted xk-plan-note">
        {t.asOfToday}
        {unverified ? ` ${t.unverified}` : null}
      </div>
    </div>
  );
}
