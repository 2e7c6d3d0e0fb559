import { DownloadOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Progress, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { errorMessage, PageError } from '../../../ui/PageError';
import { ReasonModal, type ReasonRequest } from '../../../ui/ReasonModal';
import { StatusTag } from '../../../ui/StatusTag';
import { fetchFile, pdfPath, saveFile, zipCertificates } from '../download';
import { useCertificateChange, useClassCertificates, useClassesForCertificates } from '../queries';
import { classCertificatesTexts as t, statusLooks } from '../texts';
import type { CertificateSummary } from '../types';

type Pending = { kind: 'revoke' | 'reissue'; number: string } | null;

/** 学时证明: a class's certificates for its institution (download, ZIP, reissue, revoke) and for regulators of the region. */
export function ClassCertificatesPage({ canReissue }: { canReissue: boolean }) {
  const { message } = AntApp.useApp();
  const [search, setSearch] = useSearchParams();
  const classId = search.get('class') ?? undefined;
  const classes = useClassesForCertificates();
  const certificates = useClassCertificates(classId);
  const revoke = useCertificateChange('revoke');
  const reissue = useCertificateChange('reissue');
  const [pending, setPending] = useState<Pending>(null);
  const [zipDone, setZipDone] = useState<number | null>(null);

  const current = (certificates.data?.items ?? []).filter((c) => c.status === 'valid');
  const request: ReasonRequest | null = pending ? (pending.kind === 'revoke' ? t.revokeRequest : t.reissueRequest) : null;

  async function downloadZip() {
    if (!certificates.data || current.length === 0) return void message.info(t.zipNothing);
    setZipDone(0);
    try {
      const zip = await zipCertificates(current.map((c) => c.number), (n) => fetchFile(pdfPath(n)), setZipDone);
      saveFile(zip, t.zipName(certificates.data.className), 'application/zip');
      void message.success(t.zipDone(current.length));
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setZipDone(null);
    }
  }

  async function submit(reason: string) {
    if (!pending) return;
    try {
      const result = await (pending.kind === 'revoke' ? revoke : reissue).mutateAsync({ number: pending.number, reason });
      void message.success(pending.kind === 'revoke' ? t.revoked : t.reissued(result.number));
      setPending(null);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  }

  const columns = [
    { title: t.number, dataIndex: 'number' },
    { title: t.learner, dataIndex: 'learnerName' },
    { title: t.idNumber, dataIndex: 'idNumberMasked' },
    { title: t.hours, dataIndex: 'totalStudyHours' },
    { title: t.status, render: (_: unknown, c: CertificateSummary) => <StatusTag look={statusLooks[c.status]} /> },
    { title: t.issuedAt, render: (_: unknown, c: CertificateSummary) => formatDateTime(c.issuedAt) },
    {
      title: t.actions,
      render: (_: unknown, c: CertificateSummary) => (
        <Space size={4} wrap>
          <Button size="small" type="link" onClick={() => void fetchFile(pdfPath(c.number)).then((b) => saveFile(b, `${c.number}.pdf`, 'application/pdf'), (e: unknown) => message.error(errorMessage(e)))}>
            {t.download}
          </Button>
          <Button size="small" type="link" href={`/verify/${c.number}`} target="_blank">
            {t.verify}
          </Button>
          {c.status === 'valid' && canReissue ? (
            <Button size="small" type="link" onClick={() => setPending({ kind: 'reissue', number: c.number })}>
              {t.reissue}
            </Button>
          ) : null}
          {c.status === 'valid' ? (
            <Button size="small" type="link" danger onClick={() => setPending({ kind: 'revoke', number: c.number })}>
              {t.revoke}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <FilterBar
          extra={
            <Button type="primary" icon={<DownloadOutlined />} disabled={!classId || current.length === 0 || zipDone !== null} onClick={() => void downloadZip()}>
              {t.downloadZip}
            </Button>
          }
        >
          <FilterField label={t.classLabel}>
            <Select
              style={{ minWidth: 280 }}
              placeholder={t.classPlaceholder}
              loading={classes.isPending}
              value={classId}
              onChange={(id: string) => setSearch({ class: id })}
              options={(classes.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              showSearch
              optionFilterProp="label"
            />
          </FilterField>
        </FilterBar>
        {zipDone !== null ? <Progress percent={Math.round((zipDone / Math.max(1, current.length)) * 100)} format={() => t.zipProgress(zipDone, current.length)} status="active" aria-label={t.downloadZip} /> : null}
        {!classId ? (
          <EmptyState title={t.chooseClass} hint={t.chooseClassHint} />
        ) : certificates.isError ? (
          <PageError error={certificates.error} onRetry={() => void certificates.refetch()} />
        ) : (
          <Table
            rowKey="number"
            loading={certificates.isPending}
            dataSource={certificates.data?.items ?? []}
            columns={columns}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            locale={{ emptyText: <EmptyState title={t.emptyTitle} hint={t.emptyHint} /> }}
            scroll={{ x: 900 }}
          />
        )}
      </Card>
      <ReasonModal request={request} onCancel={() => setPending(null)} onSubmit={(reason) => void submit(reason)} submitting={revoke.isPending || reissue.isPending} />
    </PageContainer>
  );
}
