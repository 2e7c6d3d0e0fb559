import { Alert, Card, Select } from 'antd';
import { useState } from 'react';
import { FilterBar, FilterField } from '../../../ui/FilterBar';
import { PageContainer } from '../../../ui/PageContainer';
import { categoryOptions } from '../components/TicketForm';
import { TicketDrawer } from '../components/TicketDrawer';
import { TicketTable } from '../components/TicketTable';
import { useQueue } from '../queries';
import { queueTexts as q, supportTexts as t } from '../texts';
import type { QueueStatus, TicketCategory } from '../types';

const STATUSES: QueueStatus[] = ['active', 'open', 'in_progress', 'resolved'];

/** 客服工单 (M10): the agents' queue, nearest deadline first, refreshed every minute. */
export function SupportQueuePage() {
  const [status, setStatus] = useState<QueueStatus>('active');
  const [category, setCategory] = useState<TicketCategory | undefined>();
  const [openId, setOpenId] = useState<string | null>(null);
  const tickets = useQueue(status, category);
  return (
    <PageContainer title={q.title} description={q.description}>
      <Alert type="info" showIcon message={t.slaRule} style={{ marginBottom: 16 }} />
      <Card>
        <FilterBar>
          <FilterField label={q.filterStatus}>
            <Select value={status} onChange={setStatus} style={{ width: 140 }} options={STATUSES.map((s) => ({ value: s, label: q.statusOptions[s] }))} />
          </FilterField>
          <FilterField label={q.filterCategory}>
            <Select value={category} onChange={setCategory} allowClear placeholder={q.all} style={{ width: 180 }} options={categoryOptions} />
          </FilterField>
        </FilterBar>
        <TicketTable tickets={tickets} onOpen={setOpenId} showRequester empty={{ title: status === 'active' ? q.emptyActive : q.empty }} />
      </Card>
      <TicketDrawer id={openId} agent onClose={() => setOpenId(null)} />
    </PageContainer>
  );
}
