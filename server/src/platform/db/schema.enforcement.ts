import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the enforcement tables (migration 0018); `Database` in schema.ts extends these. */
type DateOnly = ColumnType<string, string, never>;
type Never<T> = ColumnType<T, T, never>;

export type InspectionScope = 'training' | 'assessment' | 'both';

export interface InspectionsTable {
  id: Generated<string>;
  year: number;
  institution_id: string;
  city_code: string;
  institution_region: string;
  scope: InspectionScope;
  planned_on: DateOnly;
  status: 'planned' | 'done';
  conclusion: 'compliant' | 'violations' | null;
  planned_by: string;
  conducted_by: string | null;
  conducted_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface InspectionFindingsTable {
  id: Generated<number>;
  inspection_id: string;
  item: string;
  result: 'ok' | 'violation' | 'na';
  note: string;
  created_at: Date;
}

export interface EnforcementCasesTable {
  id: Generated<string>;
  title: string;
  description: string;
  institution_id: string;
  city_code: string;
  institution_region: string;
  source: 'signal' | 'finding';
  signal_id: string | null;
  finding_id: ColumnType<string | number | null, number | null, never>;
  status: 'open' | 'closed';
  opened_by: string;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
}

export type MeasureKind = 'rectification' | 'warning' | 'suspension' | 'cancellation' | 'referral' | 'lift_suspension';
export type ReferralCategory = 'collusion' | 'bribery' | 'certificate_selling' | 'organised_cheating';

export interface CaseMeasuresTable {
  id: Generated<number>;
  case_id: string;
  institution_id: string;
  kind: MeasureKind;
  decision: string;
  deadline: ColumnType<string | null, string | null, never>;
  until: ColumnType<string | null, string | null, never>;
  referral_category: ReferralCategory | null;
  referral_to: string | null;
  published: boolean;
  created_by: string;
  created_at: Never<Date>;
}

export interface RectificationRepliesTable {
  id: Generated<number>;
  measure_id: number;
  kind: 'answer' | 'accepted' | 'returned';
  text: string;
  created_by: string;
  created_at: Date;
}

export interface CaseReportsTable {
  id: Generated<number>;
  case_id: string;
  to_region: string;
  note: string;
  created_by: string;
  created_at: Date;
}

export interface EnforcementDatabase {
  inspections: InspectionsTable;
  inspection_findings: InspectionFindingsTable;
  enforcement_cases: EnforcementCasesTable;
  case_measures: CaseMeasuresTable;
  rectification_replies: RectificationRepliesTable;
  case_reports: CaseReportsTable;
}
