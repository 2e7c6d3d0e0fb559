import { describe, expect, it } from 'vitest';
import type { Registration } from '../institutions';
import { openableRegistrations } from './open-rules';

const registration = (cityCode: string, status: Registration['status'], onlineStatus: Registration['onlineStatus']) => ({ cityCode, status, onlineStatus }) as Registration;

describe('where a class may be opened (M12, M13)', () => {
  it('offers only cities where the institution is registered and its online training published', () => {
    const cities = openableRegistrations([
      registration('440100', 'registered', 'published'),
      registration('440300', 'registered', 'declared'),
      registration('440400', 'submitted', 'none'),
      registration('440600', 'cancelled', 'published'),
    ]).map((r) => r.cityCode);
    expect(cities).toEqual(['440100']);
  });
});
