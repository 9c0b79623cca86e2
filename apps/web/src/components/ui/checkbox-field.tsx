import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldError, fieldDescriptionIds } from './form-field';

export interface CheckboxFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'type'> {
  id: string;
  label: ReactNode;
  error?: string;
}

export function CheckboxField({ id, label, error, ...input }: CheckboxFieldProps) {
  const { errorId, describedBy } = fieldDescriptionIds(id, undefined, error);
  return (
    <div className={['field', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <FieldError id={errorId}>{error}</FieldError>
      <div className="choice">
        <input
          {...input}
          id={id}
          type="checkbox"
          className="choice__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <label className="choice__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}
