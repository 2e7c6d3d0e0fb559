import { describe, expect, it } from 'vitest';
import { checkIdNumber, maskIdNumber } from '../../src/modules/identity/index.js';

const today = new Date('2026-11-23T00:00:00Z');

describe('ID numbers (GB 11643, M24 real-name)', () => {
  it('accepts a valid number and derives birth date and gender', () => {
    expect(checkIdNumber('440106199001011235', today)).toEqual({
      ok: true,
      normalized: '440106199001011235',
      birthDate: '1990-01-01',
      gender: 'male',
      regionCode: '440106',
    });
  });

  it('accepts an X check character in either case', () => {
    // 11010519491231002X: the textbook example, female (sequence 002).
    expect(checkIdNumber('11010519491231002x', today)).toMatchObject({ ok: true, normalized: '11010519491231002X', gender: 'female' });
  });

  it.each([
    ['44010619900101123', 'FORMAT'],
    ['4401061990010112345', 'FORMAT'],
    ['44010619900101123A', 'FORMAT'],
    ['990106199001011235', 'REGION'],
    ['440106199002301234', 'BIRTH_DATE'],
    ['440106189912311234', 'BIRTH_DATE'],
    ['440106203001011234', 'BIRTH_DATE'],
    ['440106199001011236', 'CHECKSUM'],
  ])('rejects %s as %s', (id, problem) => {
    const res = checkIdNumber(id, today);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.problem).toBe(problem);
      expect(res.message).toMatch(/身份证/);
    }
  });

  it('rejects a province prefix that does not exist', () => {
    expect(checkIdNumber('000106199001011235', today)).toMatchObject({ ok: false, problem: 'REGION' });
  });

  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber('440106199001011235')).toBe('4401**********1235');
  });
});
