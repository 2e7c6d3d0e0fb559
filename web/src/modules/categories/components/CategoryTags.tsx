import { Popover, Space, Tag } from 'antd';
import { useCategories } from '../queries';
import { categoryTexts as t } from '../texts';

/** Category names as tags; past `max`, the rest open in a popover so tables stay one line high. */
export function CategoryTags({ ids, max = 2, names }: { ids: readonly string[]; max?: number; names?: boolean }) {
  const { nameOf } = useCategories();
  // The public list already answers with names.
  const label = (value: string) => (names ? value : nameOf(value));
  if (ids.length === 0) return <span className="xk-muted">{t.none}</span>;
  const shown = ids.slice(0, max);
  const rest = ids.length - shown.length;
  return (
    <Space size={[4, 4]} wrap>
      {shown.map((id) => (
        <Tag key={id} bordered={false} className="xk-category-tag">
          {label(id)}
        </Tag>
      ))}
      {rest > 0 ? (
        <Popover
          title={t.allTitle}
          content={
            <Space size={[4, 6]} wrap style={{ maxWidth: 360 }}>
              {ids.map((id) => (
                <Tag key={id} bordered={false} className="xk-category-tag">
                  {label(id)}
                </Tag>
              ))}
            </Space>
          }
        >
          <Tag bordered={false} className="xk-category-more">
            {t.more(ids.length)}
          </Tag>
        </Popover>
      ) : null}
    </Space>
  );
}
