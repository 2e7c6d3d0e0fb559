import { Input } from 'antd';
import { FilterField, StatusFilter } from '../../../ui/FilterBar';
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
      <StatusFilter label={t.filterStatus} looks={teacherStatusLooks} value={status} onChange={onStatus} allLabel={t.allStatuses} />
      <FilterField label={nameLabel}>
        <Input.Search allowClear placeholder={namePlaceholder} value={name} onChange={(e) => onName(e.target.value)} style={{ width: 220 }} />
      </FilterField>
    </>
  );
}
