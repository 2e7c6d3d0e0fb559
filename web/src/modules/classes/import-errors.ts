import { isApiError } from '../../api/client';

/** One refused cell of an imported learner list, as the server reports it. */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

/** IMPORT_HAS_ERRORS lists every refused row (`details.errors`); nothing was imported. Null for any other failure. */
export function importRowErrors(error: unknown): ImportRowError[] | null {
  if (!isApiError(error, 'IMPORT_HAS_ERRORS')) return null;
  const raw = error.details?.errors;
  if (!Array.isArray(raw)) return [];
  return raw.map((e: Record<string, unknown>) => ({
    row: typeof e.row === 'number' ? e.row : 0,
    column: typeof e.column === 'string' ? e.column : '',
    message: typeof e.message === 'string' ? e.message : '',
  }));
}
