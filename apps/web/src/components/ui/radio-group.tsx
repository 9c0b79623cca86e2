import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldError, FieldHint, fieldDescriptionIds } from './form-field';
import type { SelectOption } from './select-field';

export interface RadioGroupProps {
  /** The first radio gets this id (error summaries link to it); the others get `${id}-${value}`. */
  id: string;
  legend: ReactNode;
  options: readonly SelectOption[];
  /** Props spread on every radio: name, onChange, onBlur, ref (react-hook-form's `register`). */
  inputProps: Omit<ComponentPropsWithRef<'input'>, 'id' | 'type' | 'value' | 'checked'>;
  /** The chosen value, for a controlled group; leave out with `register`. */
  value?: string;
  hint?: ReactNode;
  error?: string;
  inline?: boolean;
}

export function RadioGroup({ id, legend, options, inputProps, value, hint, error, inline = false }: RadioGroupProps) {
  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  return (
    // radiogroup (rather than the implicit group) is the role that may carry aria-invalid.
    <fieldset
      role="radiogroup"
      className={['field', 'fieldset', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
    >
      <legend className="field__label">{legend}</legend>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
      <div className={inline ? 'choices choices--inline' : 'choices'}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="choice" key={option.value}>
              <input
                {...inputProps}
                id={optionId}
                type="radio"
                value={option.value}
                checked={value === undefined ? undefined : value === option.value}
                className="choice__input"
              />
              <label className="choice__label" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
