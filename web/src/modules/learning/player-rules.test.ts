import { describe, expect, it } from 'vitest';
import { allowedSeek, creditStatusText, endedText, formatStudyTime, hasConfirmedTime, voidedText } from './player-rules';

describe('the lesson player rules', () => {
  it('lets the learner seek back but not past the furthest point reached', () => {
    expect(allowedSeek(30, 120)).toBe(30);
    expect(allowedSeek(600, 120)).toBe(121);
  });

  it('says credited time the way learners read it', () => {
    expect(formatStudyTime(40)).toBe('40秒');
    expect(formatStudyTime(750)).toBe('12分30秒');
    expect(formatStudyTime(3900)).toBe('1小时05分');
  });

  it("explains the server's verdicts in plain words", () => {
    expect(creditStatusText('hidden')).toBe('页面不在前台，暂停计时');
    expect(creditStatusText('something-new')).toBe('正在计时');
    expect(voidedText('challenge_missed')).toContain('60 秒');
    expect(endedText('superseded')).toContain('其他设备');
    expect(endedText(undefined)).toBe('本次学习已结束。');
  });
});

describe('which courses the learner may rate (M22)', () => {
  it('needs confirmed time in at least one lesson of the course', () => {
    expect(hasConfirmedTime({ lessons: [] })).toBe(false);
    expect(hasConfirmedTime({ lessons: [{ confirmedSeconds: 0 }, { confirmedSeconds: 0 }] })).toBe(false);
    expect(hasConfirmedTime({ lessons: [{ confirmedSeconds: 0 }, { confirmedSeconds: 31 }] })).toBe(true);
  });
});
