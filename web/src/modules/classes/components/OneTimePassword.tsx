import { Typography } from 'antd';
import { learnerTexts as t } from '../texts';

/** An initial password shown once (M27: no phone to send it to): large, monospaced, copyable. */
export function OneTimePassword({ password }: { password: string }) {
  return (
    <Typography.Text className="xk-one-time-password" copyable={{ text: password, tooltips: [t.passwordCopy, t.passwordCopied] }}>
      {password}
    </Typography.Text>
  );
}
