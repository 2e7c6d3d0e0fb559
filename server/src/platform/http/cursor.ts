import { CommonErrors } from './errors.js';

/** Keyset pagination (DESIGN §8): the last row's time and id, opaque to the client. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (!id || Number.isNaN(date.getTime())) throw CommonErrors.VALIDATION_FAILED({ field: 'cursor' });
  return { at: date, id };
}

/** One page from `limit + 1` rows: the extra row only says that another page follows. */
export function pageOf<T, U>(rows: T[], limit: number, cursorOf: (last: T) => string, toItem: (row: T) => U): { items: U[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items: items.map(toItem), nextCursor: rows.length > limit && last ? cursorOf(last) : null };
}
