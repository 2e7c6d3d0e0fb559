import { describe, expect, it } from 'vitest';
import { classCodeProblem, normalizeClassCode } from './class-code';

describe('class code input', () => {
  it('upper-cases and drops spaces and dashes typed or pasted with the code', () => {
    expect(normalizeClassCode(' ab3d 7kmn ')).toBe('AB3D7KMN');
    expect(normalizeClassCode('AB3D-7KMN')).toBe('AB3D7KMN');
    expect(normalizeClassCode('ab\t3d\n7kmn')).toBe('AB3D7KMN');
  });

  it('keeps at most 8 characters', () => {
    expect(normalizeClassCode('AB3D7KMNXYZ')).toBe('AB3D7KMN');
  });

  it('asks for the rest of a short code', () => {
    expect(classCodeProblem('AB3D')).toBe('INCOMPLETE');
    expect(classCodeProblem('')).toBe('INCOMPLETE');
  });

  it('flags characters the codes never use (0, O, 1, I, L)', () => {
    expect(classCodeProblem('AB3D7KM0')).toBe('LOOKALIKE');
    expect(classCodeProblem('AB3D7KMO')).toBe('LOOKALIKE');
    expect(classCodeProblem('AB3D7KM1')).toBe('LOOKALIKE');
    expect(classCodeProblem('AB3D7KMI')).toBe('LOOKALIKE');
    expect(classCodeProblem('AB3D7KML')).toBe('LOOKALIKE');
  });

  it('accepts a complete code from the alphabet', () => {
    expect(classCodeProblem('AB3D7KMN')).toBeNull();
    expect(classCodeProblem('23456789')).toBeNull();
  });
});
