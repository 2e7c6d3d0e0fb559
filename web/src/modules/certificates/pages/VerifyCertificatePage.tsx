import { Alert, Button, Result, Space, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { formatDateTime } from '../../../ui/format';
import { PageError } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { StatusTag } from '../../../ui/StatusTag';
import { CertificateContentView } from '../components/CertificateContentView';
import { useVerification } from '../queries';
import { statusLooks, verifyTexts as t } from '../texts';
import type { Verification } from '../types';

/** /verify/:number — what the QR code opens: anyone sees the full content and the status (M25). */
export function VerifyCertificatePage() {
  const { number = '' } = useParams();
  const [search] = useSearchParams();
  const payload = search.get('p');
  const verification = useVerification(number, payload);

  return (
    <div className="xk-cert-verify">
      <Typography.Title level={3}>{t.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {verification.isPending ? (
        <PageSkeleton rows={6} />
      ) : verification.isError ? (
        isApiError(verification.error, 'CERTIFICATE_NOT_FOUND') || isApiError(verification.error, 'VALIDATION_FAILED') ? (
          <Result status="404" title={t.notFoundTitle} subTitle={t.notFoundBody} />
        ) : (
          <PageError error={verification.error} onRetry={() => void verification.refetch()} />
        )
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <StatusBanner v={verification.data} />
          <CertificateContentView v={verification.data} />
        </Space>
      )}
    </div>
  );
}

function StatusBanner({ v }: { v: Verification }) {
  const tag = <StatusTag look={statusLooks[v.status]} />;
  const payloadNote = v.payloadMatches === null ? null : v.payloadMatches ? t.payloadOk : t.payloadBad;
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} role="status" aria-label={statusLooks[v.status].label}>
      {v.status === 'valid' ? <Alert type="success" showIcon message={<>{tag}{t.validTitle}</>} description={t.validBody} /> : null}
      {v.status === 'superseded' ? (
        <Alert
          type="warning"
          showIcon
          message={<>{tag}{t.supersededTitle}</>}
          description={t.supersededBody(v.supersededBy ?? '')}
          action={
            <Link to={`/verify/${v.supersededBy}`}>
              <Button size="small">{t.openNew}</Button>
            </Link>
          }
        />
      ) : null}
      {v.status === 'revoked' && v.revocation ? <Alert type="error" showIcon message={<>{tag}{t.revokedTitle}</>} description={t.revokedBody(v.revocation.reason, formatDateTime(v.revocation.at))} /> : null}
      {!v.signatureValid ? <Alert type="error" showIcon message={t.badSignature} /> : null}
      {payloadNote ? <Alert type={v.payloadMatches ? 'info' : 'error'} showIcon message={payloadNote} /> : null}
    </Space>
  );
}
