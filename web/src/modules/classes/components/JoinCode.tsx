import { Alert, Card, Typography } from 'antd';
import { detailTexts as t } from '../texts';
import type { ClassDetail } from '../types';

/** The class code learners type on their phones (M23), big enough to read out or photograph, one click to copy. */
export function JoinCode({ cls }: { cls: ClassDetail }) {
  if (!cls.code) return null;
  return (
    <Card title={t.code} className="xk-stretch">
      <Typography.Text className="xk-join-code" copyable={{ text: cls.code, tooltips: [t.copy, t.copied] }} aria-label={t.code}>
        {cls.code}
      </Typography.Text>
      <Typography.Paragraph type="secondary" className="xk-join-hint">
        {t.codeHint}
      </Typography.Paragraph>
      {cls.status === 'closed' ? <Alert type="warning" showIcon message={t.closedHint} /> : null}
    </Card>
  );
}
