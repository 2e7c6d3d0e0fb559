import { describe, expect, it } from 'vitest';
import { cameraProblemOf, cameraUnavailable } from './camera-problem';

const named = (name: string) => Object.assign(new Error(name), { name });

describe('camera problems', () => {
  it('asks for https before anything else', () => {
    expect(cameraUnavailable({ isSecureContext: false, hasGetUserMedia: false })).toBe('insecure');
    expect(cameraUnavailable({ isSecureContext: false, hasGetUserMedia: true })).toBe('insecure');
  });

  it('names a browser without camera access', () => {
    expect(cameraUnavailable({ isSecureContext: true, hasGetUserMedia: false })).toBe('unsupported');
    expect(cameraUnavailable({ isSecureContext: true, hasGetUserMedia: true })).toBeNull();
  });

  it('treats a refused permission as denied, in current and older browsers', () => {
    expect(cameraProblemOf(named('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(named('PermissionDeniedError'))).toBe('denied');
    expect(cameraProblemOf(named('SecurityError'))).toBe('denied');
  });

  it('treats a missing front camera as no camera', () => {
    expect(cameraProblemOf(named('NotFoundError'))).toBe('no-camera');
    expect(cameraProblemOf(named('DevicesNotFoundError'))).toBe('no-camera');
    expect(cameraProblemOf(named('OverconstrainedError'))).toBe('no-camera');
  });

  it('treats a camera held by another app as busy', () => {
    expect(cameraProblemOf(named('NotReadableError'))).toBe('busy');
    expect(cameraProblemOf(named('TrackStartError'))).toBe('busy');
  });

  it('falls back to unknown for anything else', () => {
    expect(cameraProblemOf(named('TypeError'))).toBe('unknown');
    expect(cameraProblemOf('boom')).toBe('unknown');
    expect(cameraProblemOf(null)).toBe('unknown');
  });
});
