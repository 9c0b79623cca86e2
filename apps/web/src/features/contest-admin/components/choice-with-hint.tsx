import type { ReactNode } from 'react';

export interface ChoiceWithHintProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox whose hint is read with it (CheckboxField links its error only). */
export function ChoiceWithHint({ id, name, label, hint, checked, disabled, onChange }: ChoiceWithHintProps) {
  return (
    <div className="field choice-with-hint">
      <div className="choice">
        <input
          id={id}
          name={name}
          type="checkbox"
          className="choice__input"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label className="choice__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint && (
        <p className="field__hint choice-with-hint__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
