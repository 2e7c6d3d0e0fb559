import type { FormInstance } from 'antd';
import { isApiError } from '../api/client';
import { uiTexts } from './texts';

export type FieldPath = (string | number)[];
export interface FieldError {
  name: FieldPath;
  errors: string[];
}

/**
 * Puts a server refusal beside the field it is about: by error code (with the
 * server's more specific `details.reason` when it gives one), or by the paths
 * of a schema validation failure. Null when no field is concerned, so the
 * caller shows the message globally instead.
 */
export function fieldErrorsFrom(error: unknown, byCode: Record<string, FieldPath>): FieldError[] | null {
  if (!isApiError(error)) return null;
  const details = error.details ?? {};
  const field = byCode[error.code];
  if (field) {
    const reason = typeof details.reason === 'string' ? details.reason : error.message;
    return [{ name: field, errors: [reason] }];
  }
  if (error.code !== 'VALIDATION_FAILED') return null;
  if (typeof details.field === 'string') {
    const reason = typeof details.reason === 'string' ? details.reason : uiTexts.fieldInvalid;
    return [{ name: details.field.split('.'), errors: [reason] }];
  }
  if (!Array.isArray(details.errors)) return null;
  const fields = (details.errors as { path?: unknown }[])
    .map((e) => (typeof e.path === 'string' ? e.path.split('/').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : []))
    .filter((path) => path.length > 0)
    .map((name) => ({ name, errors: [uiTexts.fieldInvalid] }));
  return fields.length > 0 ? fields : null;
}

/**
 * Shows a server refusal on `form` and scrolls to the first field concerned.
 * False when no field is concerned: the caller then shows the message itself.
 * (Server paths are dynamic, so the form's typed field names cannot be checked here.)
 */
export function applyFieldErrors(form: FormInstance, error: unknown, byCode: Record<string, FieldPath>): boolean {
  const fields = fieldErrorsFrom(error, byCode);
  if (!fields) return false;
  form.setFields(fields);
  form.scrollToField(fields[0]!.name, { block: 'center' });
  return true;
}
