import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { absentNames, signInFailureOf, signInRowsOf, signInsToSend, type SignInRow } from './sign-in';
import type { Enrolment } from './types';

const enrolment = (learnerId: string, name: string, status: Enrolment['status'] = 'active'): Enrolment => ({
  id: `e-${learnerId}`,
  learnerId,
  name,
  idNumberMasked: '4401**********1235',
  employerName: null,
  joinedVia: 'code',
  status,
  joinedAt: '2026-11-01T00:00:00Z',
});

describe('classroom sign-in list (N1.3)', () => {
  it('lists only learners still in the class, signing by hand unless changed', () => {
    const rows = signInRowsOf([enrolment('a', '张三'), enrolment('b', '李四', 'withdrawn'), enrolment('c', '王五', 'completed')]);
    expect(rows.map((r) => [r.name, r.method, r.image])).toEqual([
      ['张三', 'signature', null],
      ['王五', 'signature', null],
    ]);
  });

  it('sends only the learners who signed; the others are absent and credited nothing', () => {
    const rows: SignInRow[] = [
      { learnerId: 'a', name: '张三', idNumberMasked: '', method: 'signature', image: 'iVBOR' },
      { learnerId: 'b', name: '李四', idNumberMasked: '', method: 'face', image: null },
      { learnerId: 'c', name: '王五', idNumberMasked: '', method: 'face', image: '/9j/4' },
    ];
    expect(signInsToSend(rows)).toEqual([
      { learnerId: 'a', method: 'signature', image: 'iVBOR' },
      { learnerId: 'c', method: 'face', image: '/9j/4' },
    ]);
    expect(absentNames(rows)).toEqual(['李四']);
  });

  it('names the learner whose face check failed (CLASSROOM_SIGN_IN_FAILED)', () => {
    const rows = signInRowsOf([enrolment('a', '张三')]);
    const error = new ApiError(422, 'CLASSROOM_SIGN_IN_FAILED', '有学员的签到人脸核验未通过', { learnerId: 'a', decision: 'MISMATCH', reason: '与本人人脸不一致' });
    expect(signInFailureOf(error, rows)).toEqual({ learnerId: 'a', name: '张三', reason: '与本人人脸不一致' });
    expect(signInFailureOf(new ApiError(400, 'CLASSROOM_PERIOD_INVALID', 'x'), rows)).toBeNull();
  });
});
