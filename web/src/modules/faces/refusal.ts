import { isApiError } from '../../api/client';

/** The face service's own words for why a frame was refused (`details.reason`), or null when it names none. */
export function faceRefusalReason(error: unknown): string | null {
  if (!isApiError(error)) return null;
  const reason = error.details?.reason;
  return typeof reason === 'string' && reason ? reason : null;
}
