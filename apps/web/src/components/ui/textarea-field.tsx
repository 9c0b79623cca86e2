import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldError, FieldHint, FieldLabel, fieldDescriptionIds } from './form-field';
import './textarea-field.css';

export interface TextareaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Marks the label "(optional)"; fields are required otherwise. */
  optional?: boolean;
}

export function TextareaField({ id, label, hint, error, optional = false, className, rows = 4, ...textarea }: TextareaFieldProps) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  return (
    <div className={['field', error ? 'field--invalid' : '', className].filter(Boolean).join(' ')}>
      <FieldLabel htmlFor={id} optional={optional}>
        {label}
      </FieldLabel>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
      <textarea
        {...textarea}
        id={id}
        rows={rows}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-required={optional ? undefined : true}
        aria-describedby={describedBy}
      />
    </div>
  );
}
