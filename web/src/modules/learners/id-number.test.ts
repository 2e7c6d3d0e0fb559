import { describe, expect, it } from 'vitest';
import { idCheckChar, idNumberProblem, normalizeIdNumber } from './id-number';

const TODAY = new Date('2026-11-23T00:00:00Z');

describe('ID number check (GB 11643)', () => {
  it('accepts a valid number, including one ending in X', () => {
    expect(idNumberProblem('440106199001011235', TODAY)).toBeNull();
    expect(idNumberProblem('44010619850315002X', TODAY)).toBeNull();
  });

  it('accepts a lower-case x and spaces typed while copying from the card', () => {
    expect(idNumberProblem('440106 19850315 002x', TODAY)).toBeNull();
    expect(normalizeIdNumber(' 44010619850315002x ')).toBe('44010619850315002X');
  });

  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(idCheckChar('44010619900101123')).toBe('5');
    expect(idCheckChar('44010619850315002')).toBe('X');
  });

  it('names a wrong last character as CHECKSUM', () => {
    expect(idNumberProblem('440106199001011234', TODAY)).toBe('CHECKSUM');
    expect(idNumberProblem('440106198503150021', TODAY)).toBe('CHECKSUM');
  });

  it('names a wrong length or stray letter as FORMAT', () => {
    expect(idNumberProblem('44010619900101123', TODAY)).toBe('FORMAT');
    expect(idNumberProblem('4401061990010112356', TODAY)).toBe('FORMAT');
    expect(idNumberProblem('4401061990010112X5', TODAY)).toBe('FORMAT');
    expect(idNumberProblem('', TODAY)).toBe('FORMAT');
  });

  it('names an unknown province as REGION', () => {
    expect(idNumberProblem('990106199001011235', TODAY)).toBe('REGION');
    expect(idNumberProblem('440000199001011235', TODAY)).toBe('REGION');
  });

  it('names an impossible or future birth date as BIRTH_DATE', () => {
    expect(idNumberProblem('440106199002301235', TODAY)).toBe('BIRTH_DATE');
    expect(idNumberProblem('440106189901011235', TODAY)).toBe('BIRTH_DATE');
    expect(idNumberProblem('440106202701011235', TODAY)).toBe('BIRTH_DATE');
  });
});
