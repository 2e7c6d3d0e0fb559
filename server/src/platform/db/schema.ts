import type { ColumnType, Generated } from 'kysely';
import type { EnforcementDatabase } from './schema.enforcement.js';
import type { DashboardsDatabase } from './schema.dashboards.js';
import type { ExamsDatabase } from './schema.exams.js';
import type { ExchangeDatabase } from './schema.exchange.js';
import type { FeedbackDatabase } from './schema.feedback.js';
import type { OversightDatabase } from './schema.oversight.js';

/** Kysely table types: the one description of the schema that queries are checked against. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface AccountsTable {
  id: Generated<string>;
  kind: 'learner' | 'staff';
  login_key: string;
  username: string | null;
  display_name: string;
  password_hash: string | null;
  oidc_subject: string | null;
  status: 'active' | 'disabled';
  is_demo: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  password_changed_at: Date | null;
  must_change_password: Generated<boolean>;
  created_at: CreatedAt;
}

export interface LearnersTable {
  account_id: string;
  name: string;
  id_number_enc: string;
  id_number_hmac: string;
  id_number_masked: string;
  gender: 'male' | 'female';
  birth_date: string;
  employer_name: string | null;
  employer_credit_code: string | null;
  job_category: string | null;
  created_at: CreatedAt;
}

export interface RoleAssignmentsTable {
  id: Generated<string>;
  account_id: string;
  role: string;
  scope_kind: string;
  region_code: string | null;
  org_id: string | null;
  scope_label: string;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  account_id: string;
  csrf_token: string;
  auth_method: 'password' | 'oidc';
  user_agent: string | null;
  ip: string | null;
  created_at: CreatedAt;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Date;
  actor_account_id: string | null;
  actor_role: string;
  actor_scope: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  digest: string;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadsTable {
  id: Generated<number>;
  day: string;
  last_audit_id: number;
  head_hash: string;
  signature: string;
  key_id: string;
  signed_at: Date;
}

export interface TrainingCategoriesTable {
  id: string;
  kind: 'principal' | 'safety_manager' | 'special_work';
  catalogue_version: string;
  code: string;
  name: string;
  group_name: string;
  in_exam_scope: boolean;
  sort_order: number;
}

export interface CategoryHourRulesTable {
  id: Generated<number>;
  category_id: string;
  effective_from: string;
  initial_theory_hours: number | null;
  initial_practical_hours: number | null;
  refresher_hours: number | null;
  /** numeric: a string from both drivers, e.g. '0.800'. */
  online_theory_max_ratio: string;
  unverified: boolean;
  source: string;
  note: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface InstitutionsTable {
  id: Generated<string>;
  name: string;
  credit_code: string;
  address: string;
  region_code: string;
  legal_representative: string;
  contact_name: string;
  contact_phone: string;
  created_at: CreatedAt;
}

export interface Classroom {
  name: string;
  address: string;
  seats: number;
}

export interface InstitutionRegistrationsTable {
  id: Generated<string>;
  institution_id: string;
  city_code: string;
  status: 'submitted' | 'registered' | 'rejected' | 'cancelled';
  online_status: Generated<'none' | 'declared' | 'published' | 'rejected'>;
  categories: string[];
  classrooms: ColumnType<Classroom[], string, string>;
  offline_report: string;
  submitted_at: Date;
  registered_at: Date | null;
  online_published_at: Date | null;
  decision_reason: string | null;
}

export interface InstitutionApplicationsTable {
  id: Generated<string>;
  registration_id: string;
  kind: 'registration' | 'online' | 'scope_change' | 'cancellation';
  payload: ColumnType<Record<string, unknown>, string, string>;
  status: 'pending' | 'approved' | 'rejected';
  submitted_by: string;
  submitted_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
}

export interface TeachersTable {
  id: Generated<string>;
  institution_id: string;
  city_code: string;
  name: string;
  id_number_enc: string;
  id_number_hmac: string;
  id_number_masked: string;
  qualifications: string;
  categories: string[];
  status: 'pending' | 'approved' | 'rejected';
  reported_at: Date;
  decided_at: Date | null;
  decision_reason: string | null;
}

export interface UploadsTable {
  id: Generated<string>;
  owner_account_id: string;
  purpose: string;
  filename: string;
  content_type: string;
  size: number;
  chunk_size: number;
  chunk_count: number;
  received: Generated<number[]>;
  status: 'open' | 'complete';
  blob_key: string | null;
  created_at: Date;
  expires_at: Date;
}

export type CourseStatus = 'draft' | 'platform_review' | 'published' | 'taken_down';

export interface CoursesTable {
  id: Generated<string>;
  institution_id: string;
  title: string;
  description: string;
  category_ids: string[];
  syllabus_topics: string[];
  teacher_id: string | null;
  status: CourseStatus;
  created_at: Date;
  published_at: Date | null;
}

export interface LessonsTable {
  id: Generated<string>;
  course_id: string;
  position: number;
  title: string;
  kind: 'video' | 'audio' | 'text';
  blob_key: string | null;
  media_type: string | null;
  text_content: string | null;
  duration_seconds: number | null;
  quality_status: 'pending' | 'passed' | 'failed';
  quality_checks: ColumnType<unknown, string | null, string | null>;
  created_at: Date;
}

export interface CourseReviewsTable {
  id: Generated<number>;
  course_id: string;
  stage: 'institution' | 'platform' | 'spot_check' | 'take_down';
  reviewer_account_id: string;
  approved: boolean;
  checklist: ColumnType<unknown, string, string>;
  comment: string | null;
  region_code: string | null;
  created_at: Date;
}

export interface ClassesTable {
  id: Generated<string>;
  institution_id: string;
  code: string;
  name: string;
  category_id: string;
  training_type: 'initial' | 'refresher';
  city_code: string;
  /** Set by a trigger: the institution's county in its own city, else the city (M29). */
  supervising_region: Generated<string>;
  starts_on: string;
  ends_on: string;
  planned_online_theory_hours: number;
  planned_offline_theory_hours: number;
  planned_practical_hours: number;
  required_theory_hours: number;
  required_practical_hours: number;
  max_online_hours: number;
  status: 'open' | 'closed';
  created_at: Date;
}

export interface ClassCoursesTable {
  class_id: string;
  course_id: string;
  position: number;
}

export interface ClassTeachersTable {
  class_id: string;
  teacher_id: string;
}

export interface EnrolmentsTable {
  id: Generated<string>;
  class_id: string;
  learner_account_id: string;
  joined_via: 'code' | 'import';
  status: 'active' | 'locked' | 'completed' | 'withdrawn';
  joined_at: Date;
}

export interface FaceEnrolmentsTable {
  id: Generated<number>;
  account_id: string;
  template_enc: string;
  engine: string;
  photo_blob_key: string;
  created_at: Date;
}

export type FacePurpose = 'enrolment' | 'self_test' | 'password_reset' | 'lesson_start' | 'lesson_random' | 'test' | 'classroom';

export interface FaceChecksTable {
  id: Generated<number>;
  account_id: string;
  purpose: FacePurpose;
  decision: string;
  score: number;
  face_count: number;
  quality: number;
  liveness: number;
  antispoof: number;
  engine: string;
  photo_blob_key: string | null;
  created_at: Date;
}

export interface IntegritySignalsTable {
  id: Generated<string>;
  kind: 'shared_face' | 'shared_device' | 'impossible_rate' | 'odd_hours' | 'face_failures' | 'institution_outlier';
  account_ids: string[];
  score: number;
  detail: ColumnType<Record<string, unknown>, string, string>;
  institution_ids: string[];
  region_codes: string[];
  created_at: Date;
  /** Migration 0018: what a detector saw (kind, subject, period); unique, so a re-run adds nothing. */
  evidence_key: ColumnType<string | null, string | null | undefined, never>;
}

export interface LearningSessionsTable {
  id: Generated<string>;
  learner_account_id: string;
  enrolment_id: string;
  class_id: string;
  course_id: string;
  lesson_id: string;
  lesson_duration: number;
  max_online_seconds: number;
  device_id: string;
  status: 'active' | 'ended';
  end_reason: string | null;
  started_at: Date;
  ended_at: Date | null;
  /** The last beat judged, with its Idempotency-Key and verdict (a retry of it is answered the same). */
  playback: ColumnType<
    { lastSeq: number; lastServerAt: number | null; lastPosition: number; lastKey?: string | null; lastCredit?: number; lastReason?: string },
    string,
    string
  >;
  pending_seconds: Generated<number>;
  pending_segments: ColumnType<[number, number][], string | undefined, string>;
  next_face_check_at: Date;
  face_check_due_at: Date | null;
  face_check_missed: Generated<boolean>;
  next_challenge_at: Date;
  challenge: ColumnType<{ id: string; question: string; options: string[]; answer: string; deadline: string; missed: boolean } | null, string | null, string | null>;
  base_watched: ColumnType<[number, number][], string | undefined, string>;
  base_furthest: Generated<number>;
  allowance_seconds: Generated<number>;
  allowance_day: string | null;
}

export interface LessonProgressTable {
  learner_account_id: string;
  lesson_id: string;
  watched: ColumnType<[number, number][], string, string>;
  furthest: number;
  confirmed_seconds: number;
}

export interface LearningEventsTable {
  id: Generated<number>;
  session_id: string;
  learner_account_id: string;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  created_at: Date;
}

export interface HourLedgerTable {
  id: Generated<number>;
  learner_account_id: string;
  class_id: string;
  course_id: string | null;
  lesson_id: string | null;
  session_id: string | null;
  kind: 'online' | 'offline' | 'correction';
  seconds: number;
  evidence: ColumnType<Record<string, unknown>, string, string>;
  reason: string | null;
  approved_by: string | null;
  created_at: Date;
}

export type QuestionKind = 'single' | 'multiple' | 'judge';

export interface BankQuestionsTable {
  id: Generated<string>;
  institution_id: string;
  category_id: string;
  topic: string;
  kind: QuestionKind;
  content_enc: string;
  stem_hmac: string;
  status: Generated<'active' | 'retired'>;
  created_by: string;
  created_at: Date;
  retired_at: Date | null;
  retired_by: string | null;
}

export interface TestSettingsTable {
  id: Generated<number>;
  category_id: string;
  pass_mark: number;
  max_attempts: number;
  cooldown_minutes: number;
  note: string;
  created_by: string;
  created_at: Date;
}

export interface ClassTestsTable {
  id: Generated<string>;
  institution_id: string;
  class_id: string;
  course_id: string | null;
  category_id: string;
  title: string;
  question_count: number;
  duration_minutes: number;
  topic_weights: ColumnType<Record<string, number>, string, never>;
  created_by: string;
  created_at: Date;
}

export interface TestAttemptsTable {
  id: Generated<string>;
  test_id: string;
  learner_account_id: string;
  class_id: string;
  attempt_no: number;
  paper: ColumnType<string[], string, never>;
  pass_mark: number;
  started_at: Date;
  deadline_at: Date;
  status: 'open' | 'finished';
  answers: ColumnType<Record<string, number[]>, string | undefined, string>;
  next_face_check_at: Date;
  face_check_due_at: Date | null;
  left_at: Date | null;
}

export interface TestResultsTable {
  id: Generated<number>;
  attempt_id: string;
  test_id: string;
  class_id: string;
  course_id: string | null;
  learner_account_id: string;
  title: string;
  outcome: 'scored' | 'voided';
  score: number;
  pass_mark: number;
  passed: boolean;
  correct: number;
  total: number;
  leave_count: number;
  finished_by: 'submitted' | 'timeout' | 'face_check';
  void_reason: string | null;
  created_at: Date;
}

export interface TestEventsTable {
  id: Generated<number>;
  attempt_id: string;
  learner_account_id: string;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string, never>;
  created_at: Date;
}

export interface LearningSettingsTable {
  id: Generated<number>;
  daily_cap_seconds: number;
  heartbeat_seconds: number;
  challenge_min_seconds: number;
  challenge_max_seconds: number;
  face_check_min_seconds: number;
  face_check_max_seconds: number;
  note: string;
  created_by: string;
  created_at: Date;
}

export interface ClassroomSessionsTable {
  id: Generated<string>;
  class_id: string;
  course_id: string | null;
  teacher_id: string;
  kind: 'theory' | 'practical';
  topic: string;
  place: string;
  starts_at: Date;
  ends_at: Date;
  recorded_by: string;
  created_at: Date;
}

export interface ClassroomSignInsTable {
  id: Generated<number>;
  classroom_session_id: string;
  learner_account_id: string;
  method: 'face' | 'signature';
  evidence_blob_key: string;
  face_score: number | null;
  seconds: number;
  created_at: Date;
}

export interface HourCorrectionsTable {
  id: Generated<string>;
  class_id: string;
  learner_account_id: string;
  target: 'online' | 'offline';
  seconds: number;
  reason: string;
  requested_by: string;
  requested_at: Date;
  status: 'pending' | 'approved' | 'rejected';
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
}

export interface CourseRatingsTable {
  id: Generated<string>;
  course_id: string;
  class_id: string;
  learner_account_id: string;
  teacher_id: string | null;
  content_score: number;
  course_score: number;
  teacher_score: number | null;
  comment: string | null;
  comment_status: 'none' | 'pending' | 'published' | 'rejected';
  created_at: Date;
  updated_at: Date;
}

export interface FeedbackSettingsTable {
  id: Generated<number>;
  min_ratings: number;
  threshold: ColumnType<string, number, number>;
  note: string;
  created_by: string;
  created_at: Date;
}

export interface CourseResponsesTable {
  id: Generated<number>;
  course_id: string;
  action: 'take_down' | 'answer';
  text: string;
  created_by: string;
  created_at: Date;
}

export interface CourseSpotChecksTable {
  id: Generated<number>;
  course_id: string;
  region_code: string;
  outcome: 'pass' | 'take_down';
  findings: string;
  checked_by: string;
  created_at: Date;
}

export interface CertificatesTable {
  id: Generated<string>;
  number: string;
  /** int8: converted to a number in one place (certificates.repository). */
  serial: ColumnType<string | number, number, never>;
  version: number;
  learner_account_id: string;
  class_id: string;
  institution_id: string;
  city_code: string;
  supersedes_id: string | null;
  content: ColumnType<Record<string, unknown>, string, never>;
  content_hash: string;
  signature: string;
  key_id: string;
  issue_reason: string;
  issued_by: string | null;
  issued_at: Date;
}

export interface CertificateRevocationsTable {
  id: Generated<number>;
  certificate_id: string;
  reason: string;
  revoked_by: string;
  revoked_role: string;
  revoked_at: Date;
}

export interface ImportedArchivesTable {
  id: Generated<string>;
  bundle_hash: string;
  source_key_id: string;
  source_learner_id: string;
  name: string;
  id_number_masked: string;
  archive: ColumnType<Record<string, unknown>, string, never>;
  imported_at: Date;
}

export interface ImportedArchiveFilesTable {
  id: Generated<number>;
  archive_id: string;
  path: string;
  sha256: string;
  size: number;
  blob_key: string;
}

export interface RateLimitHitsTable {
  key: string;
  hits: number;
  window_ends: Date;
}

export interface CaptchaChallengesTable {
  id: Generated<string>;
  answer_hash: string;
  expires_at: Date;
}

export interface CalendarYearsTable {
  year: number;
  holidays: string[];
  workdays: string[];
  source: string;
  updated_by: string;
  updated_at: Date;
}

export type SupportRequesterKind = 'learner' | 'institution' | 'regulator' | 'staff' | 'public';
export type SupportTicketStatus = 'open' | 'in_progress' | 'resolved';

export interface SupportTicketsTable {
  id: Generated<string>;
  number: Generated<number>;
  requester_account_id: string | null;
  requester_kind: SupportRequesterKind;
  requester_name: string;
  access_key_hash: string | null;
  category: string;
  subject: string;
  status: SupportTicketStatus;
  assignee_account_id: string | null;
  opened_at: Date;
  first_response_due: Date;
  first_responded_at: Date | null;
  resolution_due: Date;
  resolved_at: Date | null;
  calendar_known: boolean;
  escalated_first_response_at: Date | null;
  escalated_resolution_at: Date | null;
}

export interface SupportAttachment {
  blobKey: string;
  filename: string;
  contentType: string;
  size: number;
}

export interface SupportMessagesTable {
  id: Generated<number>;
  ticket_id: string;
  author_account_id: string | null;
  author_side: 'requester' | 'agent' | 'system';
  body: string;
  attachments: ColumnType<SupportAttachment[], string, never>;
  created_at: Date;
}

export interface ModerationTermsTable {
  id: Generated<string>;
  term: string;
  category: string;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export type AnnouncementStatus = 'draft' | 'pending_review' | 'published' | 'rejected' | 'withdrawn';

export interface AnnouncementsTable {
  id: Generated<string>;
  publisher_kind: 'platform' | 'regulator';
  region_code: string | null;
  publisher_name: string;
  author_account_id: string;
  title: string;
  body: string;
  status: AnnouncementStatus;
  reviewer_account_id: string | null;
  review_note: string | null;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
}

export interface Database extends ExamsDatabase, EnforcementDatabase, ExchangeDatabase, DashboardsDatabase, FeedbackDatabase, OversightDatabase {
  accounts: AccountsTable;
  learners: LearnersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  audit_heads: AuditHeadsTable;
  training_categories: TrainingCategoriesTable;
  category_hour_rules: CategoryHourRulesTable;
  institutions: InstitutionsTable;
  institution_registrations: InstitutionRegistrationsTable;
  institution_applications: InstitutionApplicationsTable;
  teachers: TeachersTable;
  uploads: UploadsTable;
  courses: CoursesTable;
  lessons: LessonsTable;
  course_reviews: CourseReviewsTable;
  classes: ClassesTable;
  class_courses: ClassCoursesTable;
  class_teachers: ClassTeachersTable;
  enrolments: EnrolmentsTable;
  face_enrolments: FaceEnrolmentsTable;
  face_checks: FaceChecksTable;
  integrity_signals: IntegritySignalsTable;
  learning_sessions: LearningSessionsTable;
  lesson_progress: LessonProgressTable;
  learning_events: LearningEventsTable;
  hour_ledger: HourLedgerTable;
  certificates: CertificatesTable;
  certificate_revocations: CertificateRevocationsTable;
  imported_archives: ImportedArchivesTable;
  imported_archive_files: ImportedArchiveFilesTable;
  learning_settings: LearningSettingsTable;
  classroom_sessions: ClassroomSessionsTable;
  classroom_sign_ins: ClassroomSignInsTable;
  hour_corrections: HourCorrectionsTable;
  course_ratings: CourseRatingsTable;
  feedback_settings: FeedbackSettingsTable;
  course_responses: CourseResponsesTable;
  course_spot_checks: CourseSpotChecksTable;
  bank_questions: BankQuestionsTable;
  test_settings: TestSettingsTable;
  class_tests: ClassTestsTable;
  test_attempts: TestAttemptsTable;
  test_results: TestResultsTable;
  test_events: TestEventsTable;
  rate_limit_hits: RateLimitHitsTable;
  captcha_challenges: CaptchaChallengesTable;
  calendar_years: CalendarYearsTable;
  support_tickets: SupportTicketsTable;
  support_messages: SupportMessagesTable;
  moderation_terms: ModerationTermsTable;
  announcements: AnnouncementsTable;
}
