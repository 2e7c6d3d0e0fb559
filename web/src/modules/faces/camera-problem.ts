/**
 * Why the camera did not open, in the few cases a learner can act on. Pure, so
 * the mapping from browser error names is tested without a browser.
 */
export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'no-camera' | 'busy' | 'unknown';

/** Browsers offer the camera only to https pages (and localhost); some in-app browsers not at all. */
export function cameraUnavailable(env: { isSecureContext: boolean; hasGetUserMedia: boolean }): CameraProblem | null {
  if (!env.isSecureContext) return 'insecure';
  if (!env.hasGetUserMedia) return 'unsupported';
  return null;
}

/** The problem behind a `getUserMedia` rejection (names per the Media Capture spec, plus older Chrome ones). */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'no-camera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'unknown';
  }
}
