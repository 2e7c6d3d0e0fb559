/**
 * Every threshold of the fraud-signal detectors and of enforcement as a named
 * constant (STYLE 3); docs/supervision-enforcement.md lists them with the attack each finds.
 */

/** Detectors look at whole past days (Asia/Shanghai), so a day's evidence is complete and its key stable. */
export const SIGNAL_LOOKBACK_DAYS = 3;
/** One device serving two or more learners in overlapping sessions: someone studies for others (代学). */
export const SHARED_DEVICE_MIN_LEARNERS = 2;
/** One client address: a workplace behind one NAT is common, so at least three learners at once. */
export const SHARED_IP_MIN_LEARNERS = 3;
/** Online credit per learner and day above the default daily cap (DESIGN §5.5): the cap was bypassed. */
export const IMPOSSIBLE_DAILY_SECONDS = 8 * 3600;
/** A session credited with more than its wall time plus this slack: credit not earned in real time. */
export const RATE_TOLERANCE_SECONDS = 60;
/** Odd hours: 00:00–05:00 Asia/Shanghai… */
export const ODD_HOURS_END = 5;
/** …for a long stretch: at least this much credit in those hours on one night. */
export const ODD_HOURS_MIN_SECONDS = 2 * 3600;
/** Failed face checks of one learner in one day during lessons or tests. */
export const FACE_FAILURES_MIN = 3;
/** Face-check purposes that happen while studying (enrolment and self-tests are practice). */
export const STUDY_FACE_PURPOSES = ['lesson_start', 'lesson_random', 'test'] as const;
/** Institution outliers: compare each institution with the others of its city over this many days… */
export const OUTLIER_WINDOW_DAYS = 30;
/** …when it and at least this many others have data… */
export const OUTLIER_MIN_PEERS = 3;
/** …each with at least this many test results or learner-days… */
export const OUTLIER_MIN_SAMPLE = 5;
/** …and flag |z| at or above this (z against the peers' mean and standard deviation). */
export const OUTLIER_Z = 3;
/** Standard-deviation floors, so identical peers do not make any difference infinite. */
export const OUTLIER_SD_FLOOR = { pass_rate: 0.05, seconds_per_learner_day: 600 } as const;
/** Evidence kept on a signal: at most this many ids per list (the key identifies the rest). */
export const MAX_EVIDENCE_IDS = 200;

/** N3: at least one inspection of training and assessment per institution per year. */
export const INSPECTIONS_PER_YEAR = 1;
/** N3 checklist: what an inspection of training and assessment looks at. */
export const CHECKLIST = [
  { item: 'registration', label: '登记备案与培训范围一致（N1.2）' },
  { item: 'teachers', label: '授课教师经核准（N1.3）' },
  { item: 'hours', label: '学时安排符合规定，网络学时不超上限（M19）' },
  { item: 'face_checks', label: '人脸核验与学习过程记录完整（M24）' },
  { item: 'assessment', label: '考核组织规范，无代考、泄题（N3.1）' },
  { item: 'certificates', label: '学时证明真实，无虚假出具（N3.5）' },
  { item: 'archives', label: '培训档案齐全（M26）' },
] as const;
