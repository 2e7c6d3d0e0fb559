import { Button, DotLoading, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { MobileError } from '../../../ui/MobileError';
import { MobilePage } from '../../../ui/MobilePage';
import { errorMessage } from '../../../ui/PageError';
import { MobileClocks } from '../components/MobileClocks';
import { useReply, useTicket } from '../queries';
import { categoryNames, mobileSupportTexts as m, statusLooks, supportTexts as t } from '../texts';

/** One ticket on the phone: the clocks, the conversation, and a box to answer. */
export function MobileTicketPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const ticket = useTicket(id);
  const reply = useReply();
  const [text, setText] = useState('');
  const data = ticket.data;

  return (
    <MobilePage title={m.detailTitle} onBack={() => navigate('/m/support')}>
      {ticket.isError ? (
        <MobileError error={ticket.error} onRetry={() => void ticket.refetch()} />
      ) : !data ? (
        <DotLoading />
      ) : (
        <>
          <section className="xk-m-section">
            <h2 className="xk-m-section-title">{data.subject}</h2>
            <div className="xk-m-ticket-meta">
              {t.number} {data.number} · {categoryNames[data.category]} · {statusLooks[data.status].label}
            </div>
          </section>
          <MobileClocks ticket={data} />
          <section className="xk-m-section">
            {data.messages.map((msg) => (
              <div key={msg.id} className={`xk-m-message xk-m-message-${msg.side}`}>
                <div className="xk-m-message-author">
                  {msg.authorName} · {formatDateTime(msg.createdAt)}
                </div>
                {msg.body}
                {msg.attachments.map((a) => (
                  <div key={a.blobKey}>
                    <a href={`/api/v1/support/tickets/${data.id}/attachments/${a.blobKey}`} download={a.filename}>
                      📎 {a.filename}
                    </a>
                  </div>
                ))}
              </div>
            ))}
          </section>
          {data.status === 'resolved' ? (
            <p className="xk-m-intro">{t.resolvedNote}</p>
          ) : (
            <section className="xk-m-section">
              <div className="xk-m-reply">
                <TextArea value={text} onChange={setText} rows={3} maxLength={5000} placeholder={t.replyPlaceholder} />
              </div>
              <Button
                block
                color="primary"
                size="large"
                disabled={!text.trim()}
                loading={reply.isPending}
                onClick={() =>
                  reply.mutate(
                    { id: data.id, body: text },
                    { onSuccess: () => setText(''), onError: (e) => Toast.show({ icon: 'fail', content: errorMessage(e) }) },
                  )
                }
              >
                {t.send}
              </Button>
            </section>
          )}
        </>
      )}
    </MobilePage>
  );
}
