import { describe, expect, it } from 'vitest';
import { normalizeLoginName } from './login-name';

describe('normalizeLoginName', () => {
  it('capitalises the X of an ID number and trims spaces', () => {
    expect(normalizeLoginName(' 44010619900101123x ')).toBe('44010619900101123X');
  });

  it('leaves staff user names as typed', () => {
    expect(normalizeLoginName('gz-yjj')).toBe('gz-yjj');
    expect(normalizeLoginName('Xu-admin')).toBe('Xu-admin');
  });
});
