import { studyHours } from '../learning/index.js';
import { CONTENT_FORMAT, type CertificateContent, type CourseHours, type TestResult } from './certificates.content.js';
import { completionOf } from './certificates.policy.js';
import type * as repo from './certificates.repository.js';

type ClassFacts = NonNullable<Awaited<ReturnType<typeof repo.classForCertificate>>>;
type LearnerFacts = NonNullable<Awaited<ReturnType<typeof repo.learnerForCertificate>>>;
type LedgerRow = Awaited<ReturnType<typeof repo.ledgerOf>>[number];

export interface Facts {
  cls: ClassFacts;
  learner: LearnerFacts;
  ledger: LedgerRow[];
  courses: { id: string; title: string }[];
  tests: TestResult[];
  /** Tests of the class the learner has not taken yet. */
  testsOutstanding: number;
}

const OFFLINE_WITHOUT_COURSE = '面授及实际操作';

/** Where the learner stands in the class, from the ledger and tests (M19, M25). */
export function completionFrom(facts: Facts) {
  const online = facts.ledger.filter((r) => r.kind !== 'offline').reduce((s, r) => s + r.seconds, 0);
  const offline = facts.ledger.filter((r) => r.kind === 'offline').reduce((s, r) => s + r.seconds, 0);
  const required = { theoryHours: facts.cls.required_theory_hours, practicalHours: facts.cls.required_practical_hours, maxOnlineHours: facts.cls.max_online_hours };
  return { required, online, offline, ...completionOf(required, { online, offline }, facts.tests, facts.testsOutstanding) };
}

/** Hours by course: the class's courses in plan order, then any other ledger lines (classroom hours without a course). */
export function courseLines(facts: Facts): CourseHours[] {
  const byCourse = new Map<string | null, CourseHours>();
  const line = (courseId: string | null, title: string) => {
    let h = byCourse.get(courseId);
    if (!h) {
      h = { courseId, title, onlineSeconds: 0, offlineSeconds: 0, onlineStudyHours: 0, offlineStudyHours: 0 };
      byCourse.set(courseId, h);
    }
    return h;
  };
  for (const c of facts.courses) line(c.id, c.title);
  for (const r of facts.ledger) {
    const h = line(r.course_id, r.title ?? OFFLINE_WITHOUT_COURSE);
    if (r.kind === 'offline') h.offlineSeconds += r.seconds;
    else h.onlineSeconds += r.seconds;
  }
  return [...byCourse.values()].map((h) => ({ ...h, onlineStudyHours: studyHours(h.onlineSeconds), offlineStudyHours: studyHours(h.offlineSeconds) }));
}

/** The certificate's content, from the facts as they stand at issue time. */
export function composeContent(facts: Facts, id: { number: string; version: number; supersedes: string | null; issuedAt: Date; keyId: string }): CertificateContent {
  const done = completionFrom(facts);
  const courses = courseLines(facts);
  const times = facts.ledger.flatMap((r) => [r.first_at.getTime(), r.last_at.getTime()]);
  return {
    format: CONTENT_FORMAT,
    number: id.number,
    version: id.version,
    supersedes: id.supersedes,
    learner: { name: facts.learner.name, idNumberMasked: facts.learner.id_number_masked, employer: facts.learner.employer_name },
    training: { categoryId: facts.cls.category_id, categoryName: facts.cls.category_name ?? facts.cls.category_id, trainingType: facts.cls.training_type },
    institution: { name: facts.cls.institution_name, creditCode: facts.cls.credit_code },
    class: { name: facts.cls.name, cityCode: facts.cls.city_code, startsOn: facts.cls.starts_on, endsOn: facts.cls.ends_on },
    hours: {
      required: done.required,
      onlineSeconds: done.online,
      offlineSeconds: done.offline,
      countedOnlineSeconds: done.countedOnlineSeconds,
      totalStudyHours: done.totalStudyHours,
      courses,
    },
    tests: facts.tests,
    period: { firstStudyAt: new Date(Math.min(...times)).toISOString(), lastStudyAt: new Date(Math.max(...times)).toISOString() },
    issuedAt: id.issuedAt.toISOString(),
    keyId: id.keyId,
  };
}
