import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../ui/PageError';
import { exportPercent } from '../list-query';
import { downloadExport, useExportStatus, useStartExport } from '../queries';
import { oversightTexts as t, tabTitles } from '../texts';
import type { Filters, ListKind } from '../types';

/**
 * 导出Excel (M29): the server writes the file in a background job; the bar shows
 * rows written of the total until it is ready, then the browser downloads it.
 */
export function ExportButton({ kind, filters, disabled }: { kind: ListKind; filters: Filters; disabled?: boolean }) {
  const { message } = App.useApp();
  const start = useStartExport();
  const [exportId, setExportId] = useState<string | null>(null);
  const status = useExportStatus(exportId);
  const downloaded = useRef<string | null>(null);
  const filename = `监管查询-${tabTitles[kind]}.xlsx`;

  useEffect(() => {
    const s = status.data;
    if (!s || !exportId || downloaded.current === exportId) return;
    if (s.status === 'done') {
      downloaded.current = exportId;
      downloadExport(exportId, filename).then(
        () => void message.success(t.exportReady),
        (error: unknown) => void message.error(errorMessage(error)),
      );
    } else if (s.status === 'failed') {
      downloaded.current = exportId;
      void message.error(t.exportFailed);
    }
  }, [status.data, exportId, filename, message]);

  const begin = () =>
    start.mutate(
      { kind, filters },
      { onSuccess: (s) => setExportId(s.exportId), onError: (error) => void message.error(errorMessage(error)) },
    );

  const s = status.data;
  const running = exportId !== null && (!s || s.status === 'queued' || s.status === 'running');
  return (
    <Space>
      {exportId && s ? (
        <span className="xk-export-progress" aria-live="polite">
          <Progress percent={exportPercent(s)} size="small" status={s.status === 'failed' ? 'exception' : s.status === 'done' ? 'success' : 'active'} style={{ width: 160, margin: 0 }} />
          <Typography.Text type="secondary">{t.exportProgress(s.rowsDone, s.rowsTotal)}</Typography.Text>
          {s.status === 'done' ? (
            <Button type="link" onClick={() => void downloadExport(exportId, filename)}>
              {t.download}
            </Button>
          ) : null}
        </span>
      ) : null}
      <Button icon={<DownloadOutlined />} onClick={begin} loading={start.isPending || running} disabled={disabled}>
        {running ? t.exporting : t.export}
      </Button>
    </Space>
  );
}
