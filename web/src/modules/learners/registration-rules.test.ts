import { describe, expect, it } from 'vitest';
import { creditCodeMessage, employerNameMessage, idNumberMessage, jobCategoryMessage, normalizeCreditCode, personNameMessage } from './registration-rules';
import { idNumberProblemTexts, registerTexts } from './texts';

describe('registration form feedback', () => {
  it('says which part of an ID number is wrong, in plain words', () => {
    expect(idNumberMessage('', new Date('2026-11-23'))).toBe(registerTexts.idNumberRequired);
    expect(idNumberMessage('440106199001011234', new Date('2026-11-23'))).toBe(idNumberProblemTexts.CHECKSUM);
    expect(idNumberMessage('440106199001011235', new Date('2026-11-23'))).toBeNull();
  });

  it('accepts a credit code typed in lower case or with spaces', () => {
    expect(normalizeCreditCode(' 91440101 ma5aq7k11d ')).toBe('91440101MA5AQ7K11D');
    expect(creditCodeMessage('91440101 ma5aq7k11d')).toBeNull();
  });

  it('refuses a credit code of the wrong length or with letters GB 32100 never uses', () => {
    expect(creditCodeMessage('')).toBe(registerTexts.employerCreditCodeRequired);
    expect(creditCodeMessage('9144010MA5AQ7K11D')).toBe(registerTexts.employerCreditCodeFormat);
    expect(creditCodeMessage('91440101MA5AQ7K1OD')).toBe(registerTexts.employerCreditCodeFormat);
  });

  it('asks for a name of at least two characters', () => {
    expect(personNameMessage(' ')).toBe(registerTexts.nameRequired);
    expect(personNameMessage('张')).toBe(registerTexts.nameTooShort);
    expect(personNameMessage('张三')).toBeNull();
    expect(personNameMessage('阿依古丽·买买提')).toBeNull();
  });

  it('asks for the employer and the job', () => {
    expect(employerNameMessage('')).toBe(registerTexts.employerNameRequired);
    expect(employerNameMessage('某')).toBe(registerTexts.employerNameTooShort);
    expect(employerNameMessage('广州某某电力工程有限公司')).toBeNull();
    expect(jobCategoryMessage('  ')).toBe(registerTexts.jobCategoryRequired);
    expect(jobCategoryMessage('电工')).toBeNull();
  });
});
