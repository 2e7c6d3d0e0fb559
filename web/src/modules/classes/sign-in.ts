import { isApiError } from '../../api/client';
import type { Enrolment, SignIn, SignInMethod } from './types';

/** One learner's line on the sign-in list: how they sign, and the image once they have. */
export interface SignInRow {
  learnerId: string;
  name: string;
  idNumberMasked: string;
  method: SignInMethod;
  image: string | null;
}

/** Who may sign in to a classroom session: learners still in the class (the server refuses others). */
export function signInRowsOf(enrolments: readonly Enrolment[]): SignInRow[] {
  return enrolments
    .filter((e) => e.status === 'active' || e.status === 'completed')
    .map((e) => ({ learnerId: e.learnerId, name: e.name, idNumberMasked: e.idNumberMasked, method: 'signature' as const, image: null }));
}

/** N1.3: only learners who really signed (a face frame or a signature) are on the list sent; the rest were absent. */
export function signInsToSend(rows: readonly SignInRow[]): SignIn[] {
  return rows.flatMap((row) => (row.image ? [{ learnerId: row.learnerId, method: row.method, image: row.image }] : []));
}

export function absentNames(rows: readonly SignInRow[]): string[] {
  return rows.filter((row) => !row.image).map((row) => row.name);
}

/** CLASSROOM_SIGN_IN_FAILED names the learner whose face did not match: by name, with the face service's reason. */
export function signInFailureOf(error: unknown, rows: readonly SignInRow[]): { learnerId: string; name: string; reason: string } | null {
  if (!isApiError(error, 'CLASSROOM_SIGN_IN_FAILED')) return null;
  const learnerId = typeof error.details?.learnerId === 'string' ? error.details.learnerId : '';
  const reason = typeof error.details?.reason === 'string' && error.details.reason ? error.details.reason : error.message;
  const name = rows.find((row) => row.learnerId === learnerId)?.name ?? '';
  return { learnerId, name, reason };
}
