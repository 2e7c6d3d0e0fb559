import { describe, expect, it } from 'vitest';
import { readinessState } from './readiness';

const base = { checklist: null, checklistCompletedAt: null, readinessConfirmedAt: null, sealedAt: null };
const checklist = { network: true, server: true, monitoring: true, computers: true, recorder: false, devices: [], notes: '' };

describe('readiness state (N2.4)', () => {
  it('moves from checklist to confirmation to sealing', () => {
    expect(readinessState(base)).toBe('none');
    expect(readinessState({ ...base, checklist })).toBe('incomplete');
    expect(readinessState({ ...base, checklist, checklistCompletedAt: 'x' })).toBe('completed');
    expect(readinessState({ ...base, checklist, checklistCompletedAt: 'x', readinessConfirmedAt: 'y' })).toBe('confirmed');
    expect(readinessState({ ...base, checklist, checklistCompletedAt: 'x', readinessConfirmedAt: 'y', sealedAt: 'z' })).toBe('sealed');
  });
});
