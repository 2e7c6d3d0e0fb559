import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classCode, initialPassword, planProblem } from '../../src/modules/classes/classes.policy.js';

/** M19 on a class plan: low-voltage electrician, initial — 88 theory, 60 practical, at most 70 online. */
const required = { theoryHours: 88, practicalHours: 60, maxOnlineHours: 70 };
const plan = { onlineTheoryHours: 70, offlineTheoryHours: 18, practicalHours: 60, onlinePracticalHours: 0 };

describe('class plans (M19)', () => {
  it('accepts a plan at the 80 % online limit', () => {
    expect(planProblem(plan, required)).toBeNull();
  });

  it('refuses online theory above 80 % of the theory hours', () => {
    expect(planProblem({ ...plan, onlineTheoryHours: 71, offlineTheoryHours: 17 }, required)).toBe('CLASS_ONLINE_CAP_EXCEEDED');
  });

  it('refuses any online practical training', () => {
    expect(planProblem({ ...plan, onlinePracticalHours: 1 }, required)).toBe('CLASS_PRACTICAL_ONLINE_FORBIDDEN');
  });

  it('refuses plans that do not cover the theory or the practical hours', () => {
    expect(planProblem({ ...plan, offlineTheoryHours: 17 }, required)).toBe('CLASS_THEORY_NOT_COVERED');
    expect(planProblem({ ...plan, practicalHours: 59 }, required)).toBe('CLASS_PRACTICAL_NOT_COVERED');
  });

  it('never accepts a plan whose online hours exceed the cap, for any numbers', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.nat(200), fc.nat(200), fc.nat(3), (theory, online, offline, practical, onlinePractical) => {
        const req = { theoryHours: theory, practicalHours: 0, maxOnlineHours: Math.floor(theory * 0.8) };
        const ok = planProblem({ onlineTheoryHours: online, offlineTheoryHours: offline, practicalHours: practical, onlinePracticalHours: onlinePractical }, req) === null;
        if (ok) {
          expect(online).toBeLessThanOrEqual(req.maxOnlineHours);
          expect(onlinePractical).toBe(0);
          expect(online + offline).toBeGreaterThanOrEqual(theory);
        }
      }),
    );
  });

  it('makes codes without look-alike characters and strong initial passwords', () => {
    let n = 0;
    const random = (max: number) => n++ % max;
    expect(classCode(random)).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(initialPassword(random)).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{10}$/);
  });
});
