import { Button, Image, Table } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../ui/format';
import { framePath } from '../queries';
import { archiveTexts as t } from '../texts';
import type { FaceCheck } from '../types';

/** Face checks with their evidence frames (M24, M26); a frame is fetched only when opened (each view is audited). */
export function FaceCheckTable({ learnerId, checks }: { learnerId: string | null; checks: FaceCheck[] }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        dataSource={checks}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t.noFaceChecks }}
        columns={[
          { title: t.at, render: (_, c) => formatDateTime(c.at) },
          { title: t.purpose, render: (_, c) => t.purposes[c.purpose] ?? c.purpose },
          { title: t.decision, render: (_, c) => t.decisions[c.decision] ?? c.decision },
          {
            title: t.frame,
            render: (_, c) =>
              c.hasFrame ? (
                <Button size="small" type="link" onClick={() => setOpen(c.id)}>
                  {t.viewFrame}
                </Button>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {open !== null ? <Image style={{ display: 'none' }} src={framePath(learnerId, open)} preview={{ visible: true, onVisibleChange: (v) => !v && setOpen(null) }} /> : null}
    </>
  );
}
