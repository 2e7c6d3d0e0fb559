import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useRegions } from '../queries';
import { regionTexts as t } from '../texts';

interface CitySelectProps {
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** Only these cities, when the choice is narrower than the province. */
  only?: readonly string[];
  /** Cities shown but not selectable (e.g. already reported to). */
  disabledCodes?: readonly string[];
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
}

/** One of the 21 prefecture-level cities, searchable by name or code. */
export function CitySelect({ value, onChange, only, disabledCodes = [], allowClear, placeholder = t.cityPlaceholder, style, id }: CitySelectProps) {
  const { tree, cities } = useRegions();
  const options = cities
    .filter((city) => !only || only.includes(city.code))
    .map((city) => ({ value: city.code, label: city.name, disabled: disabledCodes.includes(city.code) }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={tree.isPending}
      allowClear={allowClear}
      showSearch
      optionFilterProp="label"
      placeholder={placeholder}
      style={style}
    />
  );
}
