import { Button, ErrorBlock, InfiniteScroll, List, Tag } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { MobileError } from '../../../ui/MobileError';
import { MobilePage } from '../../../ui/MobilePage';
import { useMyTickets } from '../queries';
import { mobileSupportTexts as m, statusLooks, supportTexts as t } from '../texts';

/** 客服 on the learner's phone: ask a question, see the answers — the only channel to a learner (M27). */
export function MobileSupportPage() {
  const navigate = useNavigate();
  const tickets = useMyTickets();
  const items = tickets.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <MobilePage title={m.title}>
      <p className="xk-m-intro">{m.intro}</p>
      <div className="xk-m-section">
        <Button block color="primary" size="large" onClick={() => navigate('/m/support/new')}>
          {t.newTicket}
        </Button>
      </div>
      <section className="xk-m-section">
        <h2 className="xk-m-section-title">{t.myTickets}</h2>
        {tickets.isError ? (
          <MobileError error={tickets.error} onRetry={() => void tickets.refetch()} />
        ) : !tickets.isPending && items.length === 0 ? (
          <ErrorBlock className="xk-m-card" status="empty" title={t.noTickets} description={t.noTicketsHint} />
        ) : (
          <List className="xk-m-list">
            {items.map((ticket) => (
              <List.Item
                key={ticket.id}
                onClick={() => navigate(`/m/support/${ticket.id}`)}
                description={`${t.number} ${ticket.number} · ${formatDateTime(ticket.openedAt)}`}
                extra={<Tag color={ticket.status === 'resolved' ? 'success' : ticket.status === 'open' ? 'warning' : 'primary'}>{statusLooks[ticket.status].label}</Tag>}
              >
                {ticket.subject}
              </List.Item>
            ))}
          </List>
        )}
        {items.length > 0 ? <InfiniteScroll loadMore={async () => void (await tickets.fetchNextPage())} hasMore={Boolean(tickets.hasNextPage)} /> : null}
      </section>
    </MobilePage>
  );
}
