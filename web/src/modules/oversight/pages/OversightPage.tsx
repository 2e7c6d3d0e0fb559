import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageContainer } from '../../../ui/PageContainer';
import { OversightList } from '../components/OversightList';
import { oversightTexts as t, tabTitles } from '../texts';
import type { ListKind } from '../types';

const KINDS = Object.keys(tabTitles) as ListKind[];

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
          items={KINDS.map((kind) => ({ key: kind, label: tabTitles[kind], children: <OversightList kind={kind} /> }))}
        />
      </Card>
    </PageContainer>
  );
}
