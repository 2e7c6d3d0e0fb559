import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, ErrorBlock, Skeleton, Toast } from 'antd-mobile';
import { useState } from 'react';
import { formatDate } from '../../../ui/format';
import { errorMessage } from '../../../ui/PageError';
import { MobileError } from '../../../ui/MobileError';
import { fetchFile, pdfPath, saveFile } from '../download';
import { useMyCertificates } from '../queries';
import { myCertificatesTexts as t, statusLooks } from '../texts';

/** 我的学时证明 on the learner's home (M25): each certificate, downloadable and printable from the phone. */
export function MyCertificatesSection() {
  const certificates = useMyCertificates();
  const [busy, setBusy] = useState<string | null>(null);

  async function download(number: string, name: string) {
    setBusy(number);
    try {
      saveFile(await fetchFile(pdfPath(number)), `学时证明-${name}-${number}.pdf`, 'application/pdf');
    } catch (error) {
      Toast.show({ content: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="xk-m-section" aria-label={t.title}>
      <h2 className="xk-m-section-title">
        <SafetyCertificateOutlined /> {t.title}
      </h2>
      {certificates.isPending ? (
        <div className="xk-m-card" aria-label={t.loading}>
          <Skeleton.Paragraph lineCount={3} animated />
        </div>
      ) : certificates.isError ? (
        <div className="xk-m-card">
          <MobileError error={certificates.error} onRetry={() => void certificates.refetch()} />
        </div>
      ) : certificates.data.length === 0 ? (
        <div className="xk-m-card">
          <ErrorBlock status="empty" title={t.emptyTitle} description={t.emptyBody} style={{ '--image-height': '90px' }} />
        </div>
      ) : (
        certificates.data.map((c) => (
          <article key={c.number} className="xk-m-card xk-cert-m-card" aria-label={c.number}>
            <div className="xk-cert-m-head">
              <strong>{c.className}</strong>
              <span className={`xk-cert-m-status xk-cert-m-${c.status}`}>{statusLooks[c.status].label}</span>
            </div>
            <div className="xk-cert-m-meta">
              {c.categoryName} · {t.hours(c.totalStudyHours)} · {t.issued(formatDate(c.issuedAt))}
            </div>
            <div className="xk-cert-m-number">{c.number}</div>
            <div className="xk-cert-m-actions">
              <Button color="primary" size="large" block loading={busy === c.number} onClick={() => void download(c.number, c.learnerName)}>
                <DownloadOutlined /> {t.download}
              </Button>
              <a className="xk-cert-m-link" href={`/verify/${c.number}`}>
                {t.verify}
              </a>
            </div>
          </article>
        ))
      )}
    </section>
  );
}
