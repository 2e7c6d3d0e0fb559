import { CommonErrors } from '../../platform/http/errors.js';

/** Keyset pagination over (created_at, id), newest first: stable while rows are added. */
export const encodeCursor = (at: Date, id: string): string => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

export function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime())) throw CommonErrors.VALIDATION_FAILED({ field: 'cursor' });
  return { at: date, id };
}
