import { describe, expect, it } from 'vitest';
import { applicationPayload, canCancel, canChangeScope, canDeclareOnline, reportedCities, scopeDiff, teachingCities } from './registration-rules';
import type { Registration } from './types';

const reg = (over: Partial<Registration> = {}): Registration => ({
  id: 'r1',
  cityCode: '440100',
  status: 'registered',
  onlineStatus: 'none',
  categories: ['a'],
  classrooms: [{ name: '第一教室', address: '天河北路100号', seats: 60 }],
  offlineReport: '穗应急培备〔2024〕12号',
  submittedAt: '2026-01-01T00:00:00.000Z',
  registeredAt: '2026-01-02T00:00:00.000Z',
  onlinePublishedAt: null,
  decisionReason: null,
  ...over,
});

describe('what an institution may ask of a city (N1.2, M12)', () => {
  it('declares online training only once registered, and again after a refusal', () => {
    expect(canDeclareOnline(reg())).toBe(true);
    expect(canDeclareOnline(reg({ onlineStatus: 'rejected' }))).toBe(true);
    expect(canDeclareOnline(reg({ onlineStatus: 'declared' }))).toBe(false);
    expect(canDeclareOnline(reg({ onlineStatus: 'published' }))).toBe(false);
    expect(canDeclareOnline(reg({ status: 'submitted' }))).toBe(false);
  });

  it('changes scope or cancels only a registered city', () => {
    expect(canChangeScope(reg())).toBe(true);
    expect(canCancel(reg({ status: 'cancelled' }))).toBe(false);
    expect(canChangeScope(reg({ status: 'rejected' }))).toBe(false);
  });

  it('never reports twice to the same city, and reports teachers only where it is active', () => {
    const regs = [reg(), reg({ id: 'r2', cityCode: '440300', status: 'rejected' }), reg({ id: 'r3', cityCode: '440600', status: 'submitted' })];
    expect(reportedCities(regs)).toEqual(['440100', '440300', '440600']);
    expect(teachingCities(regs)).toEqual(['440100', '440600']);
  });
});

describe('reading an application for the bureau', () => {
  it('shows what a scope change adds and removes', () => {
    expect(scopeDiff(['a', 'b'], ['b', 'c'])).toEqual({ added: ['c'], removed: ['a'] });
  });

  it('reads categories and a reason from the payload, ignoring anything malformed', () => {
    expect(applicationPayload({ categories: ['a', 3], reason: '停办' })).toEqual({ categories: ['a'], reason: '停办' });
    expect(applicationPayload({})).toEqual({ categories: null, reason: null });
  });
});
