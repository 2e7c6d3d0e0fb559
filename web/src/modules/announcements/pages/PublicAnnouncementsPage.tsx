import { Button, Card, List, Skeleton, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate, formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError } from '../../../ui/PageError';
import { uiTexts } from '../../../ui/texts';
import { usePublicAnnouncement, usePublicAnnouncements } from '../queries';
import { publicAnnouncementTexts as t } from '../texts';

/** 通知公告: what the platform and the regulators published after review (M8). */
export function PublicAnnouncementsPage() {
  const list = usePublicAnnouncements();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <PageContainer title={t.title}>
      <Card>
        {list.isError ? (
          <PageError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.isPending ? (
          <Skeleton active />
        ) : items.length === 0 ? (
          <EmptyState title={t.empty} />
        ) : (
          <List
            dataSource={items}
            renderItem={(a) => (
              <List.Item extra={<Typography.Text type="secondary">{formatDate(a.publishedAt)}</Typography.Text>}>
                <List.Item.Meta title={<Link to={`/public/announcements/${a.id}`}>{a.title}</Link>} description={a.publisherName} />
              </List.Item>
            )}
            loadMore={
              list.hasNextPage ? (
                <div className="xk-load-more">
                  <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                    {uiTexts.loadMore}
                  </Button>
                </div>
              ) : null
            }
          />
        )}
      </Card>
    </PageContainer>
  );
}

export function PublicAnnouncementPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const one = usePublicAnnouncement(id);
  return (
    <PageContainer title={t.title}>
      <Button type="link" onClick={() => navigate('/public/announcements')} style={{ paddingLeft: 0 }}>
        {t.back}
      </Button>
      <Card>
        {one.isError ? (
          <PageError error={one.error} />
        ) : !one.data ? (
          <Skeleton active />
        ) : (
          <article>
            <Typography.Title level={3}>{one.data.title}</Typography.Title>
            <Typography.Paragraph type="secondary">
              {t.publisher}：{one.data.publisherName}，{t.publishedAt}：{formatDateTime(one.data.publishedAt)}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 16 }}>{one.data.body}</Typography.Paragraph>
          </article>
        )}
      </Card>
    </PageContainer>
  );
}
