import { Card, Skeleton } from 'antd';

/** Placeholder while a staff page loads: the shape of a card with a few lines. */
export function PageSkeleton({ rows = 4, cards = 1 }: { rows?: number; cards?: number }) {
  return (
    <>
      {Array.from({ length: cards }, (_, i) => (
        <Card key={i} style={{ marginBottom: 16 }}>
          <Skeleton active title paragraph={{ rows }} />
        </Card>
      ))}
    </>
  );
}
