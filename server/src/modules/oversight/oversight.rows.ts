import { regionPath } from '../regions/index.js';
import type { ListKind } from './oversight.repository.js';

/** One 学时 is 45 minutes (M19); credited hours are whole 学时. */
export const SECONDS_PER_HOUR = 2700;
export const creditedHours = (seconds: number) => Math.max(0, Math.floor(seconds / SECONDS_PER_HOUR));

type Row = Record<string, unknown>;
type Out = Record<string, string | number | boolean | string[] | null>;

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? null : new Date(String(v)).toISOString());
const num = (v: unknown) => Number(v ?? 0);
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const avg = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);
const region = (code: unknown) => ({ regionCode: String(code), regionName: regionPath(String(code)) });

/** Database rows → API items, one mapper per list (camelCase, numbers as numbers, instants as ISO). */
export const toItem: Record<ListKind, (r: Row) => Out> = {
  institutions: (r) => ({
    registrationId: String(r.id),
    institutionId: String(r.institution_id),
    institutionName: String(r.institution_name),
    creditCode: String(r.credit_code),
    ...region(r.region_code),
    cityCode: String(r.city_code),
    cityName: regionPath(String(r.city_code)),
    status: String(r.status),
    onlineStatus: String(r.online_status),
    categories: (r.category_names as string[] | null) ?? [],
    submittedAt: iso(r.submitted_at),
    registeredAt: iso(r.registered_at),
  }),
  classes: (r) => ({
    classId: String(r.id),
    code: String(r.code),
    name: String(r.name),
    institutionId: String(r.institution_id),
    institutionName: String(r.institution_name),
    categoryId: String(r.category_id),
    categoryName: String(r.category_name),
    trainingType: String(r.training_type),
    ...region(r.region_code),
    startsOn: String(r.starts_on),
    endsOn: String(r.ends_on),
    status: String(r.status),
    enrolled: num(r.enrolled_count),
    completed: num(r.completed_count),
  }),
  enrolments: (r) => {
    const seconds = num(r.learned_seconds);
    const required = num(r.required_hours);
    return {
      enrolmentId: String(r.id),
      learnerId: String(r.learner_id),
      learnerName: String(r.learner_name),
      idNumberMasked: String(r.id_number_masked),
      classId: String(r.class_id),
      classCode: String(r.class_code),
      className: String(r.class_name),
      institutionId: String(r.institution_id),
      institutionName: String(r.institution_name),
      ...region(r.region_code),
      learnedSeconds: seconds,
      creditedHours: creditedHours(seconds),
      requiredHours: required,
      // Progress is credited whole 学时 against what the class requires (M19), capped at 100 %.
      progress: required > 0 ? Math.min(1, creditedHours(seconds) / required) : 0,
      status: String(r.status),
      joinedAt: iso(r.joined_at),
      lastLearningAt: iso(r.last_learning_at),
    };
  },
  hours: (r) => {
    const seconds = num(r.seconds);
    return {
      learnerId: String(r.learner_id),
      learnerName: String(r.learner_name),
      idNumberMasked: String(r.id_number_masked),
      classId: String(r.class_id),
      className: String(r.class_name),
      institutionId: String(r.institution_id),
      institutionName: String(r.institution_name),
      ...region(r.region_code),
      courseId: str(r.course_id),
      // Ledger rows without a course are classroom (offline) hours and corrections.
      courseTitle: str(r.course_title) ?? '线下学时（面授）',
      seconds,
      hours: creditedHours(seconds),
      lastAt: iso(r.last_at),
    };
  },
  ratings: (r) => ({
    courseId: String(r.course_id),
    courseTitle: String(r.course_title),
    institutionId: String(r.institution_id),
    institutionName: String(r.institution_name),
    ...region(r.region_code),
    teacherName: str(r.teacher_name),
    count: num(r.rating_count),
    content: avg(r.content_avg),
    course: avg(r.course_avg),
    teacher: avg(r.teacher_avg),
    flagged: Boolean(r.flagged),
  }),
  'face-checks': (r) => ({
    classId: String(r.class_id),
    classCode: String(r.class_code),
    className: String(r.class_name),
    institutionId: String(r.institution_id),
    institutionName: String(r.institution_name),
    ...region(r.region_code),
    checks: num(r.checks),
    failures: num(r.failures),
    failureRate: Math.round(Number(r.failure_rate ?? 0) * 10_000) / 10_000,
  }),
  'institution-face-checks': (r) => ({
    institutionId: String(r.institution_id),
    institutionName: String(r.institution_name),
    ...region(r.region_code),
    classes: num(r.classes),
    checks: num(r.checks),
    failures: num(r.failures),
    failureRate: Math.round(Number(r.failure_rate ?? 0) * 10_000) / 10_000,
  }),
  certificates: (r) => ({
    certificateId: String(r.id),
    number: String(r.number),
    learnerId: String(r.learner_id),
    learnerName: String(r.learner_name),
    idNumberMasked: String(r.id_number_masked),
    classId: String(r.class_id),
    categoryId: String(r.category_id),
    categoryName: String(r.category_name),
    trainingType: String(r.training_type),
    institutionId: String(r.institution_id),
    institutionName: String(r.institution_name),
    ...region(r.region_code),
    issuedAt: iso(r.issued_at),
    revoked: r.revoked_at !== null && r.revoked_at !== undefined,
    revokedAt: iso(r.revoked_at),
  }),
};
