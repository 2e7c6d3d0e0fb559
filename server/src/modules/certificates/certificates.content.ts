/**
 * What a certificate states (M25), as signed. Everything a reader needs is in
 * the content itself, so it verifies offline with only the platform's public key.
 * M15: it states only what happened — the ledger's seconds, the tests' scores.
 */
export const CONTENT_FORMAT = 'xunkao.certificate/1';

export interface TestResult {
  courseId: string | null;
  title: string;
  score: number;
  passMark: number;
  passed: boolean;
  at: string;
}

export interface CourseHours {
  courseId: string | null;
  title: string;
  onlineSeconds: number;
  offlineSeconds: number;
  onlineStudyHours: number;
  offlineStudyHours: number;
}

export interface CertificateContent {
  format: typeof CONTENT_FORMAT;
  number: string;
  version: number;
  /** The number of the version this one replaces, if any. */
  supersedes: string | null;
  learner: { name: string; idNumberMasked: string; employer: string | null };
  training: { categoryId: string; categoryName: string; trainingType: 'initial' | 'refresher' };
  institution: { name: string; creditCode: string };
  class: { name: string; cityCode: string; startsOn: string; endsOn: string };
  hours: {
    required: { theoryHours: number; practicalHours: number; maxOnlineHours: number };
    onlineSeconds: number;
    offlineSeconds: number;
    /** Online seconds that count, after the M19 cap for initial training. */
    countedOnlineSeconds: number;
    totalStudyHours: number;
    courses: CourseHours[];
  };
  tests: TestResult[];
  period: { firstStudyAt: string; lastStudyAt: string };
  issuedAt: string;
  keyId: string;
}

export const TRAINING_TYPE_TEXT = { initial: '初训', refresher: '复训' } as const;
