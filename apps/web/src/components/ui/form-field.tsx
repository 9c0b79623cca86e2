import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Ids of the hint and error texts of a field, for aria-describedby. */
export function fieldDescriptionIds(id: string, hint: unknown, error: unknown) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { hintId, errorId, describedBy };
}

export function FieldLabel({ htmlFor, id, children, optional }: { htmlFor?: string; id?: string; children: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className="field__label" htmlFor={htmlFor} id={id}>
      {children}
      {optional && <span className="field__optional"> ({t('common.optional')})</span>}
    </label>
  );
}

export function FieldHint({ id, children }: { id?: string; children: ReactNode }) {
  if (!children || !id) return null;
  return (
    <p className="field__hint" id={id}>
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  if (!children || !id) return null;
  return (
    <p className="field__error" id={id}>
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}
