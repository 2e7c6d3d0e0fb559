import { Cascader } from 'antd';
import { useMemo } from 'react';
import { useRegionTree } from '../queries';
import { locationOptions, locationPath } from '../region-index';
import { regionTexts as t } from '../texts';

/** County (or city without counties) where an organisation is located; the form value is the region code. */
export function RegionCascader({ value, onChange, id }: { value?: string; onChange?: (code: string | undefined) => void; id?: string }) {
  const tree = useRegionTree();
  const options = useMemo(() => (tree.data ? locationOptions(tree.data) : []), [tree.data]);
  return (
    <Cascader
      id={id}
      options={options}
      value={value ? locationPath(value) : undefined}
      onChange={(path) => onChange?.(path ? String(path[path.length - 1]) : undefined)}
      placeholder={t.locationPlaceholder}
      showSearch={{ filter: (input, path) => path.some((option) => String(option.label).includes(input)) }}
      loading={tree.isPending}
    />
  );
}
