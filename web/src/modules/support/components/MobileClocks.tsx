import { Tag } from 'antd-mobile';
import { formatDateTime } from '../../../ui/format';
import { clockLooks, supportTexts as t } from '../texts';
import type { SlaClock, TicketSummary } from '../types';

const TAG_COLORS = { blue: 'primary', orange: 'warning', green: 'success', red: 'danger' } as const;

function Clock({ label, clock }: { label: string; clock: SlaClock }) {
  const look = clockLooks[clock.state];
  return (
    <div className="xk-m-clock">
      <span>
        {label}
        {clock.at ? t.doneAt : t.due}：{formatDateTime(clock.at ?? clock.due)}
      </span>
      <Tag color={TAG_COLORS[look.color as keyof typeof TAG_COLORS]} fill="outline">
        {look.label}
      </Tag>
    </div>
  );
}

/** Both M10 clocks in plain words for a phone. */
export function MobileClocks({ ticket }: { ticket: TicketSummary }) {
  return (
    <div className="xk-m-card">
      <Clock label={t.firstResponse} clock={ticket.sla.firstResponse} />
      <Clock label={t.resolution} clock={ticket.sla.resolution} />
      {ticket.sla.calendarKnown ? null : <div className="xk-m-ticket-meta">{t.calendarUnknown}</div>}
    </div>
  );
}
