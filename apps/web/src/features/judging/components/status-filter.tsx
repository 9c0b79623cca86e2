import { SelectField } from '../../../components/ui/select-field';

export interface StatusFilterProps<S extends string> {
  id: string;
  label: string;
  value: S | null;
  statuses: readonly S[];
  labelOf: (status: S) => string;
  allLabel: string;
  onChange: (status: S | null) => void;
}

/** A status to narrow a list by, or all of them. */
export function StatusFilter<S extends string>({ id, label, value, statuses, labelOf, allLabel, onChange }: StatusFilterProps<S>) {
  return (
    <SelectField
      id={id}
      label={label}
      value={value ?? ''}
      options={[...statuses.map((status) => ({ value: status, label: labelOf(status) })), { value: '', label: allLabel }]}
      onChange={(event) => onChange(event.target.value === '' ? null : (event.target.value as S))}
    />
  );
}
