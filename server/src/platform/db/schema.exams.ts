import type { ColumnType, Generated } from 'kysely';

/** Kysely types of the exam tables (migration 0012); `Database` in schema.ts extends these. */
type Json<T> = ColumnType<T, string, string>;
type DateOnly = ColumnType<string, string, string>;

export interface ExamInstitutionsTable {
  id: Generated<string>;
  name: string;
  level: 'province' | 'city';
  region_code: string;
  may_organise: Generated<boolean>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

export type SiteOwnerType = 'public_base' | 'school' | 'enterprise' | 'training_institution';

export interface ExamSitesTable {
  id: Generated<string>;
  exam_institution_id: string;
  name: string;
  owner_type: SiteOwnerType;
  owner_name: string;
  legacy_approved_on: DateOnly | null;
  address: string;
  city_code: string;
  equipment: string;
  suspended_until: DateOnly | null;
  revoked_at: Date | null;
  created_at: Date;
}

export interface ExamSiteSubjectsTable {
  site_id: string;
  category_id: string;
  seats: number;
}

export interface ExamSiteRelationsTable {
  site_id: string;
  institution_id: string;
  relation: string;
}

export interface ReadinessChecklist {
  network: boolean;
  server: boolean;
  monitoring: boolean;
  computers: boolean;
  recorder: boolean;
  /** The exam devices and their IP addresses as checked; after sealing a different report is a violation (N3.2 item 5). */
  devices: { name: string; ip: string }[];
  notes: string;
}

export interface ExamSessionsTable {
  id: Generated<string>;
  site_id: string;
  category_id: string;
  room: string;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  open_to_other_cities: Generated<boolean>;
  status: 'scheduled' | 'cancelled';
  checklist: Json<ReadinessChecklist> | null;
  checklist_completed_at: Date | null;
  readiness_confirmed_at: Date | null;
  readiness_confirmed_by: string | null;
  sealed_at: Date | null;
  created_at: Date;
}

export interface SessionChangeProposal {
  startsAt: string;
  endsAt: string;
  siteId: string;
  room: string;
}

export interface ExamSessionChangesTable {
  id: Generated<string>;
  session_id: string;
  proposed: Json<SessionChangeProposal>;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  requested_by: string;
  requested_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
}

export interface ExamApplicationsTable {
  id: Generated<string>;
  institution_id: string;
  learner_account_id: string;
  category_id: string;
  city_code: string;
  household_city_code: string;
  work_city_code: string | null;
  residence_city_code: string | null;
  school_site_id: string | null;
  certificate_number: string | null;
  status: 'submitted' | 'withdrawn' | 'in_draw';
  draw_id: string | null;
  created_at: Date;
}

export interface ExamDrawsTable {
  id: Generated<string>;
  exam_institution_id: string;
  city_code: string;
  title: string;
  sessions_from: DateOnly;
  sessions_to: DateOnly;
  beacon_source: string | null;
  status: 'open' | 'frozen' | 'drawn' | 'published';
  inputs: Json<unknown> | null;
  inputs_hash: string | null;
  seed_source: Json<unknown> | null;
  seed: string | null;
  assignments: Json<unknown> | null;
  result_hash: string | null;
  created_at: Date;
  frozen_at: Date | null;
  drawn_at: Date | null;
  published_at: Date | null;
}

export interface ExamDrawCommitsTable {
  draw_id: string;
  party: 'exam_institution' | 'regulator';
  account_id: string;
  commitment: string;
  secret: string | null;
  committed_at: Date;
  revealed_at: Date | null;
}

export interface ExamAssignmentsTable {
  application_id: string;
  draw_id: string;
  session_id: string | null;
  exception: 'single_site' | 'school_student' | null;
  cross_city: boolean;
  unassigned: string | null;
  published_at: Date;
}

export type StaffDuty = 'proctor' | 'patrol' | 'examiner' | 'it';
export type StaffDocumentKind = 'training' | 'evaluation' | 'responsibility_letter' | 'confidentiality_agreement';

export interface ExamStaffTable {
  id: Generated<string>;
  exam_institution_id: string;
  account_id: string | null;
  name: string;
  duties: StaffDuty[];
  created_at: Date;
}

export interface ExamStaffRelationsTable {
  staff_id: string;
  institution_id: string;
  relation: string;
}

export interface ExamStaffDocumentsTable {
  id: Generated<string>;
  staff_id: string;
  kind: StaffDocumentKind;
  title: string;
  dated_on: DateOnly;
  expires_on: DateOnly | null;
  result: string | null;
  upload_id: string | null;
  created_at: Date;
}

export interface ExamStaffAssignmentsTable {
  session_id: string;
  staff_id: string;
  duty: StaffDuty;
  assigned_at: Date;
}

export interface ExamCameraEventsTable {
  id: Generated<number>;
  session_id: string;
  camera_id: string;
  event: 'on' | 'off';
  at: Date;
  received_at: Date;
}

export interface ExamViolationsTable {
  id: Generated<string>;
  subject_type: 'site' | 'exam_institution' | 'staff';
  subject_id: string;
  kind: string;
  description: string;
  evidence: Json<unknown>;
  session_id: string | null;
  source: 'manual' | 'system';
  recorded_by: string | null;
  recorded_at: Date;
}

export interface ExamMeasuresTable {
  id: Generated<string>;
  violation_id: string;
  measure: string;
  deadline: DateOnly | null;
  starts_on: DateOnly | null;
  ends_on: DateOnly | null;
  note: string;
  decided_by: string;
  decided_at: Date;
  rectified_at: Date | null;
}

export interface ExamSpotChecksTable {
  id: Generated<string>;
  target: 'exception' | 'video_patrol';
  application_id: string | null;
  session_id: string | null;
  outcome: 'compliant' | 'problem';
  notes: string;
  checked_by: string;
  checked_at: Date;
}

export interface ExamLogsTable {
  id: Generated<number>;
  site_id: string;
  source: 'system' | 'application' | 'database';
  host: string;
  level: string;
  message: string;
  logged_at: Date;
  received_at: Date;
}

export interface ExamsDatabase {
  exam_institutions: ExamInstitutionsTable;
  exam_sites: ExamSitesTable;
  exam_site_subjects: ExamSiteSubjectsTable;
  exam_site_relations: ExamSiteRelationsTable;
  exam_sessions: ExamSessionsTable;
  exam_session_changes: ExamSessionChangesTable;
  exam_applications: ExamApplicationsTable;
  exam_draws: ExamDrawsTable;
  exam_draw_commits: ExamDrawCommitsTable;
  exam_assignments: ExamAssignmentsTable;
  exam_staff: ExamStaffTable;
  exam_staff_relations: ExamStaffRelationsTable;
  exam_staff_documents: ExamStaffDocumentsTable;
  exam_staff_assignments: ExamStaffAssignmentsTable;
  exam_camera_events: ExamCameraEventsTable;
  exam_violations: ExamViolationsTable;
  exam_measures: ExamMeasuresTable;
  exam_spot_checks: ExamSpotChecksTable;
  exam_logs: ExamLogsTable;
}
