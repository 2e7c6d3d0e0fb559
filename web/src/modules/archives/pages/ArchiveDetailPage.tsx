import { Alert } from 'antd';
import { useParams } from 'react-router';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { ArchiveView } from '../components/ArchiveView';
import { useArchive } from '../queries';
import { archiveTexts as t } from '../texts';

/** /archives/:id — one learner's archive for the institution or a regulator; the server audits each view (M28). */
export function ArchiveDetailPage() {
  const { id = '' } = useParams();
  const archive = useArchive(id);
  return (
    <PageContainer title={archive.data ? t.detailTitle(archive.data.learner.name) : t.listTitle}>
      {archive.isPending ? (
        <PageSkeleton rows={6} cards={2} />
      ) : archive.isError ? (
        <PageError error={archive.error} onRetry={() => void archive.refetch()} />
      ) : (
        <>
          <Alert type="info" showIcon message={t.auditNote} style={{ marginBottom: 16 }} />
          <ArchiveView learnerId={id} archive={archive.data} />
        </>
      )}
    </PageContainer>
  );
}
