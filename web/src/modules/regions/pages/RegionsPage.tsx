import { Card, Col, Descriptions, Empty, Input, Row, Space, Statistic, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import type { RegionNode } from '../../../api/types';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { useRegionTree } from '../queries';
import { branchCodes, countLevels, filterTree, pathTo } from '../region-tree';
import { levelNames, regionTexts as t } from '../texts';

/** 行政区划: the province's GB/T 2260 tree, opened at the viewer's own region. */
export function RegionsPage({ focusCode }: { focusCode?: string | null }) {
  const tree = useRegionTree();

  return (
    <PageContainer title={t.title} description={t.description}>
      {tree.isPending ? (
        <PageSkeleton rows={8} cards={2} />
      ) : tree.isError ? (
        <Card>
          <PageError error={tree.error} onRetry={() => void tree.refetch()} />
        </Card>
      ) : (
        <RegionBrowser root={tree.data} focusCode={focusCode ?? null} />
      )}
    </PageContainer>
  );
}

function RegionBrowser({ root, focusCode }: { root: RegionNode; focusCode: string | null }) {
  const counts = useMemo(() => countLevels(root), [root]);
  const initial = focusCode && pathTo(root, focusCode).length > 0 ? focusCode : root.code;
  const [selected, setSelected] = useState<string>(initial);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<string[]>(() => pathTo(root, initial).map((n) => n.code));

  const filtered = useMemo(() => filterTree(root, query), [root, query]);
  const treeData = useMemo(() => (filtered ? [toDataNode(filtered, focusCode)] : []), [filtered, focusCode]);
  const path = useMemo(() => pathTo(root, selected), [root, selected]);
  const node = path[path.length - 1];

  const pick = (code: string) => {
    setSelected(code);
    const ancestors = pathTo(root, code).slice(0, -1).map((n) => n.code);
    setExpanded((open) => [...new Set([...open, ...ancestors])]);
  };

  const search = (value: string) => {
    setQuery(value);
    const next = filterTree(root, value);
    if (value.trim() && next) setExpanded(branchCodes(next));
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Row gutter={[24, 16]}>
          <Col xs={12} md={8}>
            <Statistic title={t.cities} value={counts.city} suffix="个" />
          </Col>
          <Col xs={12} md={8}>
            <Statistic title={t.counties} value={counts.county} suffix="个" />
          </Col>
          <Col xs={24} md={8}>
            <Statistic title={t.standard} value={t.standardValue} />
          </Col>
        </Row>
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xxl={8}>
          <Card title={t.treeTitle} styles={{ body: { paddingTop: 12 } }}>
            <Input.Search allowClear placeholder={t.searchPlaceholder} onSearch={search} onChange={(e) => search(e.target.value)} style={{ marginBottom: 12 }} />
            {treeData.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noMatch} />
            ) : (
              <Tree
                // Remount per search: rc-tree's virtual list mis-renders when data and expansion change together.
                key={query.trim()}
                showLine
                blockNode
                height={560}
                treeData={treeData}
                expandedKeys={expanded}
                onExpand={(keys) => setExpanded(keys.map(String))}
                selectedKeys={[selected]}
                onSelect={(keys) => keys[0] !== undefined && setSelected(String(keys[0]))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14} xxl={16}>
          <Card title={t.detailTitle}>
            {node ? <RegionDetail node={node} parent={path[path.length - 2]} isScope={node.code === focusCode} onPick={pick} /> : <Empty description={t.pickHint} />}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

function RegionDetail({ node, parent, isScope, onPick }: { node: RegionNode; parent?: RegionNode; isScope: boolean; onPick: (code: string) => void }) {
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {node.name}
        </Typography.Title>
        <Tag>{levelNames[node.level]}</Tag>
        {isScope ? <Tag color="blue">{t.yourScope}</Tag> : null}
      </Space>
      <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle">
        <Descriptions.Item label={t.code}>
          <Typography.Text copyable className="xk-mono">
            {node.code}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t.level}>{levelNames[node.level]}</Descriptions.Item>
        <Descriptions.Item label={t.parent}>{parent ? <a onClick={() => onPick(parent.code)}>{parent.name}</a> : t.none}</Descriptions.Item>
        <Descriptions.Item label={t.children}>{node.level === 'county' ? t.none : t.childCount(node.children.length)}</Descriptions.Item>
      </Descriptions>
      {node.level === 'city' && node.children.length === 0 ? (
        <Typography.Text type="secondary">{t.noCounties}</Typography.Text>
      ) : node.children.length > 0 ? (
        <div className="xk-region-children">
          {node.children.map((child) => (
            <Tag key={child.code} className="xk-region-chip" onClick={() => onPick(child.code)}>
              {child.name}
              <span className="xk-mono xk-muted">{child.code}</span>
            </Tag>
          ))}
        </div>
      ) : null}
    </Space>
  );
}

function toDataNode(node: RegionNode, focusCode: string | null): DataNode {
  return {
    key: node.code,
    title: (
      <span className="xk-region-node">
        <span className={node.code === focusCode ? 'xk-region-focus' : undefined}>{node.name}</span>
        <span className="xk-mono xk-muted">{node.code}</span>
      </span>
    ),
    isLeaf: node.children.length === 0,
    children: node.children.map((child) => toDataNode(child, focusCode)),
  };
}
