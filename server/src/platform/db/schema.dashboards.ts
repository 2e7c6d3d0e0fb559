import type { ColumnType } from 'kysely';

/** Kysely types of the dashboard rollups (migration 0017); `Database` in schema.ts extends these. */
type DateOnly = ColumnType<string, string, string>;
type Counter = ColumnType<number, number | undefined, number>;

export interface DashboardDailyTable {
  day: DateOnly;
  region_code: string;
  institution_id: string;
  category_id: string;
  new_enrolments: Counter;
  active_learners: Counter;
  online_seconds: Counter;
  offline_seconds: Counter;
  correction_seconds: Counter;
  completions: Counter;
  certificates_issued: Counter;
  face_check_failed: Counter;
  face_check_missed: Counter;
  challenge_missed: Counter;
  credit_voided: Counter;
  shared_face: Counter;
  ratings_count: Counter;
  ratings_sum: Counter;
  refreshed_at: Date;
}

export type DashboardRegionDailyTable = Omit<DashboardDailyTable, 'institution_id'>;

export interface DashboardWatermarksTable {
  source: string;
  last_id: ColumnType<number, number | undefined, number>;
  last_at: ColumnType<Date, Date | undefined, Date>;
  refreshed_at: Date | null;
}

export interface DashboardsDatabase {
  dashboard_daily: DashboardDailyTable;
  dashboard_region_daily: DashboardRegionDailyTable;
  dashboard_watermarks: DashboardWatermarksTable;
}
