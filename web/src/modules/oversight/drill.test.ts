import { describe, expect, it } from 'vitest';
import { canDrillTo, regionPrefix } from './drill';

describe('drill-down scope (M29)', () => {
  it('takes a region prefix as the server does', () => {
    expect([regionPrefix('440000'), regionPrefix('440100'), regionPrefix('440106'), regionPrefix('441900')]).toEqual(['44', '4401', '440106', '4419']);
  });

  it('lets a regulator open its own region and below, never above or beside', () => {
    expect(canDrillTo('440100', '440106')).toBe(true);
    expect(canDrillTo('440100', '440100')).toBe(true);
    expect(canDrillTo('440100', '440000')).toBe(false);
    expect(canDrillTo('440106', '440100')).toBe(false);
    expect(canDrillTo('440300', '440106')).toBe(false);
    expect(canDrillTo('440000', '440306')).toBe(true);
  });
});
