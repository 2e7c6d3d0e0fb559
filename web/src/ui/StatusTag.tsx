import { Tag } from 'antd';

export interface StatusLook {
  label: string;
  color: string;
}

/** A status as a coloured tag; each module keeps its own labels and colours beside its texts. */
export function StatusTag({ look }: { look: StatusLook }) {
  return (
    <Tag color={look.color} className="xk-status-tag">
      {look.label}
    </Tag>
  );
}
