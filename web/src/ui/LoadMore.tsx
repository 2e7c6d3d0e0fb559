import { Button } from 'antd';
import { uiTexts } from './texts';

/** The foot of a cursor-paged list: "加载更多" while there is more, "已全部加载" after; nothing for an empty list. */
export function LoadMore({ shown, list }: { shown: number; list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown } }) {
  if (shown === 0) return null;
  return (
    <div className="xk-load-more">
      {list.hasNextPage ? (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {uiTexts.loadMore}
        </Button>
      ) : (
        <span className="xk-muted">{uiTexts.noMore}</span>
      )}
    </div>
  );
}
