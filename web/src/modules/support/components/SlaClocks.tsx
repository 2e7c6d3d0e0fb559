import { Alert, Descriptions } from 'antd';
import { formatDateTime } from '../../../ui/format';
import { StatusTag } from '../../../ui/StatusTag';
import { clockLooks, supportTexts as t } from '../texts';
import type { SlaClock, TicketSummary } from '../types';

function ClockCell({ clock }: { clock: SlaClock }) {
  return (
    <span className="xk-sla-clock">
      <StatusTag look={clockLooks[clock.state]} />
      <span>
        {t.due} {formatDateTime(clock.due)}
        {clock.at ? `，${t.doneAt} ${formatDateTime(clock.at)}` : ''}
      </span>
    </span>
  );
}

/** Both M10 clocks of a ticket, stated as the server computed them. */
export function SlaClocks({ ticket }: { ticket: TicketSummary }) {
  return (
    <>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t.firstResponse}>
          <ClockCell clock={ticket.sla.firstResponse} />
        </Descriptions.Item>
        <Descriptions.Item label={t.resolution}>
          <ClockCell clock={ticket.sla.resolution} />
        </Descriptions.Item>
      </Descriptions>
      {ticket.sla.calendarKnown ? null : <Alert type="warning" showIcon message={t.calendarUnknown} style={{ marginTop: 8 }} />}
    </>
  );
}

/** The one clock that matters now, for a table cell: first response until answered, then resolution. */
export function NextClock({ ticket }: { ticket: TicketSummary }) {
  const answered = ticket.sla.firstResponse.at !== null;
  const clock = answered ? ticket.sla.resolution : ticket.sla.firstResponse;
  return (
    <span className="xk-sla-clock">
      <StatusTag look={clockLooks[clock.state]} />
      <span>
        {answered ? t.resolution : t.firstResponse} {formatDateTime(clock.at ?? clock.due)}
      </span>
    </span>
  );
}
