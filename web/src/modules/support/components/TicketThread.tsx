import { PaperClipOutlined } from '@ant-design/icons';
import { List, Typography } from 'antd';
import { formatDateTime } from '../../../ui/format';
import type { Ticket } from '../types';

/** The conversation, oldest first; attachments download through the same access check as the ticket. */
export function TicketThread({ ticket, publicView = false }: { ticket: Ticket; publicView?: boolean }) {
  return (
    <List
      className="xk-ticket-thread"
      dataSource={ticket.messages}
      renderItem={(m) => (
        <List.Item className={`xk-ticket-message xk-ticket-message-${m.side}`}>
          <List.Item.Meta
            title={
              <span>
                {m.authorName} <Typography.Text type="secondary">{formatDateTime(m.createdAt)}</Typography.Text>
              </span>
            }
            description={
              <>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{m.body}</Typography.Paragraph>
                {m.attachments.map((a) =>
                  publicView ? (
                    <div key={a.blobKey}>
                      <PaperClipOutlined /> {a.filename}
                    </div>
                  ) : (
                    <div key={a.blobKey}>
                      <a href={`/api/v1/support/tickets/${ticket.id}/attachments/${a.blobKey}`} download={a.filename}>
                        <PaperClipOutlined /> {a.filename}
                      </a>
                    </div>
                  ),
                )}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
