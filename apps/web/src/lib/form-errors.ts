import { get, type FieldErrors, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { fieldProblemMessage } from '../i18n/error-message';
import { ApiError } from './api-error';

export interface ServerErrorMapping<T extends FieldValues> {
  /** Form fields by the API's dotted field path, e.g. `{ unitId: 'unit' }`; unmapped paths are used as-is when listed in `fields`. */
  fieldPaths?: Partial<Record<string, Path<T>>>;
  /** Fields an error code belongs to, e.g. `{ PHONE_TAKEN: 'phone' }`. */
  codeFields?: Partial<Record<string, Path<T>>>;
  /** Every field of the form, to tell a known field from one the form does not show. */
  fields: readonly Path<T>[];
}

/**
 * Puts the API's field problems on the form fields they belong to; the
 * messages are error codes, translated when shown. Returns whether anything was
 * placed (otherwise the caller shows the error as a whole).
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, mapping: ServerErrorMapping<T>): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = new Set<string>(mapping.fields);
  let placed = false;
  for (const detail of error.details) {
    const path = mapping.fieldPaths?.[detail.field] ?? (known.has(detail.field) ? (detail.field as Path<T>) : undefined);
    if (!path) continue;
    setError(path, { type: 'server', message: detail.code });
    placed = true;
  }
  const codeField = mapping.codeFields?.[error.code];
  if (codeField) {
    setError(codeField, { type: 'server', message: error.code });
    placed = true;
  }
  return placed;
}

function messageAt<T extends FieldValues>(errors: FieldErrors<T>, name: Path<T>): unknown {
  return (get(errors, name) as { message?: unknown } | undefined)?.message;
}

export interface SummaryField<T extends FieldValues> {
  name: Path<T>;
  /** The id of the control to focus. */
  id: string;
  label: string;
}

/** The form's current problems, in the order of its fields, for the error summary. */
export function errorSummaryItems<T extends FieldValues>(t: TFunction, errors: FieldErrors<T>, fields: readonly SummaryField<T>[]) {
  return fields.flatMap((field) => {
    const message = messageAt(errors, field.name);
    return typeof message === 'string' ? [{ fieldId: field.id, label: field.label, message: fieldProblemMessage(t, message) }] : [];
  });
}

/** Translated message of one field, or undefined. */
export function fieldMessage<T extends FieldValues>(t: TFunction, errors: FieldErrors<T>, name: Path<T>): string | undefined {
  const message = messageAt(errors, name);
  return typeof message === 'string' ? fieldProblemMessage(t, message) : undefined;
}
