import { Input, Select } from 'antd';
import { FilterField } from '../../../ui/FilterBar';
import { teacherStatusLooks, teacherTexts as t } from '../texts';
import type { TeacherStatus } from '../types';

/** Status and name, both asked of the server, for a teacher list. */
export function TeacherFilters({
  status,
  onStatus,
  name,
  onName,
  nameLabel = t.filterName,
  namePlaceholder = t.namePlaceholder,
}: {
  status: TeacherStatus | undefined;
  onStatus: (s: TeacherStatus | undefined) => void;
  name: string;
  onName: (n: string) => void;
  nameLabel?: string;
  namePlaceholder?: string;
}) {
  return (
    <>
      <FilterField label={t.filterStatus}>
        <Select<TeacherStatus | 'all'>
          value={status ?? 'all'}
          onChange={(v) => onStatus(v === 'all' ? undefined : v)}
          style={{ width: 140 }}
          options={[{ value: 'all', label: t.allStatuses }, ...(['pending', 'approved', 'rejected'] as const).map((s) => ({ value: s, label: teacherStatusLooks[s].label }))]}
        />
      </FilterField>
      <FilterField label={nameLabel}>
        <Input.Search allowClear placeholder={namePlaceholder} value={name} onChange={(e) => onName(e.target.value)} style={{ width: 220 }} />
      </FilterField>
    </>
  );
}
