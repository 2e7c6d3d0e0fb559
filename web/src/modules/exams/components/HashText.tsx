import { Typography } from 'antd';

/** A hash, seed or commitment: monospace, copyable, never wrapped mid-screen into noise. */
export function HashText({ value }: { value: string | null | undefined }) {
  if (!value) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text className="xk-mono xk-hash" copyable={{ text: value }}>
      {value}
    </Typography.Text>
  );
}
