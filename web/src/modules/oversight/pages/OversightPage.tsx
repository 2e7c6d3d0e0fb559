import { Card, Segmented, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageContainer } from '../../../ui/PageContainer';
import { OversightList } from '../components/OversightList';
import { faceViews, oversightTexts as t, tabTitles } from '../texts';
import type { ListKind } from '../types';

const KINDS = (Object.keys(tabTitles) as ListKind[]).filter((k) => k !== 'institution-face-checks');

/** 人脸核验: failure rates per class, or per institution. */
function FaceChecksTab() {
  const [view, setView] = useState<keyof typeof faceViews>('face-checks');
  return (
    <>
      <Segmented value={view} onChange={(v) => setView(v as keyof typeof faceViews)} options={Object.entries(faceViews).map(([value, label]) => ({ value, label }))} style={{ marginBottom: 12 }} />
      {view === 'face-checks' ? <OversightList key={view} kind="face-checks" /> : <OversightList key={view} kind="institution-face-checks" />}
    </>
  );
}

/** /oversight — 监管查询: one tab per supervision list (M29); the tab is kept in the address. */
export function OversightPage() {
  const [search, setSearch] = useSearchParams();
  const tab = (KINDS as string[]).includes(search.get('tab') ?? '') ? (search.get('tab') as ListKind) : 'institutions';
  return (
    <PageContainer title={t.title} description={t.description}>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearch({ tab: key })}
          destroyOnHidden
          items={KINDS.map((kind) => ({ key: kind, label: tabTitles[kind], children: kind === 'face-checks' ? <FaceChecksTab /> : <OversightList kind={kind} /> }))}
        />
      </Card>
    </PageContainer>
  );
}
