import { Select } from 'antd';
import { useMemo } from 'react';
import { groupedCategoryOptions } from '../category-options';
import { useCategories } from '../queries';
import { categoryTexts as t } from '../texts';

interface CategorySelectProps {
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Narrow the choice, e.g. to what a city registered. */
  only?: readonly string[];
  placeholder?: string;
  id?: string;
}

/** Training categories, several at a time, grouped by industry or operation type. */
export function CategorySelect({ value, onChange, only, placeholder = t.placeholder, id }: CategorySelectProps) {
  const { query, items } = useCategories();
  const options = useMemo(() => groupedCategoryOptions(items, only), [items, only]);
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={options}
      loading={query.isPending}
      placeholder={placeholder}
      optionFilterProp="label"
      maxTagCount="responsive"
      allowClear
      listHeight={320}
    />
  );
}
