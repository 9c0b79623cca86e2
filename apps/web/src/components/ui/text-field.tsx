import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldError, FieldHint, FieldLabel, fieldDescriptionIds } from './form-field';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Marks the label "(optional)"; fields are required otherwise. */
  optional?: boolean;
}

export function TextField({ id, label, hint, error, optional = false, className, type = 'text', ...input }: TextFieldProps) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  return (
    <div className={['field', error ? 'field--invalid' : '', className].filter(Boolean).join(' ')}>
      <FieldLabel htmlFor={id} optional={optional}>
        {label}
      </FieldLabel>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
      <input
        {...input}
        id={id}
        type={type}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-required={optional ? undefined : true}
        aria-describedby={describedBy}
      />
    </div>
  );
}
