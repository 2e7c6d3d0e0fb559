import { Card, Empty, List, Progress, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { todayInShanghai } from '../../../ui/format';
import { useInspectionPlan } from '../queries';
import { coverageTexts as t } from '../texts';

/** Names listed on the card; the inspections page has them all. */
const LISTED = 5;

/**
 * N3: at least one inspection of training and assessment a year. The
 * dashboard shows the region's coverage this year and who has not been inspected.
 */
export function InspectionCoverageCard() {
  const year = todayInShanghai().year();
  const plan = useInspectionPlan(year);
  const total = plan.data?.institutions.length ?? 0;
  const missing = plan.data?.notInspected ?? [];
  const done = total - missing.length;
  return (
    <Card title={t.title(year)} extra={<Link to="/enforcement/inspections">{t.all}</Link>} data-testid="inspection-coverage">
      {plan.isLoading ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : total === 0 ? (
        <Empty description={t.none} />
      ) : (
        <>
          <Typography.Text>{t.summary(done, total)}</Typography.Text>
          <Progress percent={Math.round((done / total) * 100)} status={missing.length ? 'active' : 'success'} />
          {missing.length ? (
            <List
              size="small"
              header={<Typography.Text type="warning">{t.missing(missing.length)}</Typography.Text>}
              dataSource={missing.slice(0, LISTED)}
              renderItem={(i) => <List.Item>{i.name}</List.Item>}
            />
          ) : null}
        </>
      )}
    </Card>
  );
}
