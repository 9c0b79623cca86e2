import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldError, FieldHint, FieldLabel, fieldDescriptionIds } from './form-field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id'> {
  id: string;
  label: ReactNode;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

export function SelectField({ id, label, options, hint, error, optional = false, className, ...select }: SelectFieldProps) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  return (
    <div className={['field', error ? 'field--invalid' : '', className].filter(Boolean).join(' ')}>
      <FieldLabel htmlFor={id} optional={optional}>
        {label}
      </FieldLabel>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
      <select {...select} id={id} className="select" aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
