import { useState } from 'react';
import { useCombobox } from 'downshift';
import { useTranslation } from 'react-i18next';
import type { UnitOption } from '@reform-quiz/contracts';
import { normalizeText } from '@reform-quiz/domain';
import { FieldError, FieldHint, FieldLabel, fieldDescriptionIds } from '../../../components/ui/form-field';
import type { PickerProps } from '../../../components/ui/picker-props';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useUnitSearch } from '../api/search-units';

const SEARCH_DELAY_MS = 300;
const RESULT_LIMIT = 20;

function unitToString(unit: UnitOption | null): string {
  return unit ? unit.name : '';
}

export interface UnitComboboxProps extends PickerProps<UnitOption> {
  /** Debounce of the search; tests shorten it. */
  searchDelayMs?: number;
}

/**
 * Picks a unit by typing part of its name (accents optional: the API folds
 * them). Options show the unit's parent, since several communes share a name.
 */
export function UnitCombobox({ id, name, label, value, onChange, onBlur, hint, error, optional = false, inputRef, searchDelayMs = SEARCH_DELAY_MS }: UnitComboboxProps) {
  const { t } = useTranslation();
  const [inputValue, setInputValue] = useState(unitToString(value));
  const [isOpen, setIsOpen] = useState(false);
  const typed = normalizeText(inputValue);
  const q = useDebouncedValue(typed, searchDelayMs);
  // While a unit is picked, its name is in the box: search the whole list again when reopened.
  const query = { q: value && q === value.name ? undefined : q || undefined, limit: RESULT_LIMIT };
  // Ask only once typing pauses; on 3G every request counts. The last results stay meanwhile.
  const search = useUnitSearch(query, { enabled: isOpen && q === typed });
  const items = search.data ?? [];

  const combobox = useCombobox<UnitOption>({
    items,
    inputId: id,
    labelId: `${id}-label`,
    menuId: `${id}-listbox`,
    itemToString: unitToString,
    itemToKey: (unit) => unit?.id ?? null,
    selectedItem: value,
    inputValue,
    isOpen,
    onIsOpenChange: ({ isOpen: open }) => setIsOpen(Boolean(open)),
    onInputValueChange: ({ inputValue: next, type }) => {
      setInputValue(next);
      // Typing over a picked unit un-picks it, so the form never holds a unit the box does not show.
      if (type === useCombobox.stateChangeTypes.InputChange && value && next !== value.name) onChange(null);
    },
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem ?? null),
  });

  const { hintId, errorId, describedBy } = fieldDescriptionIds(id, hint, error);
  const statusId = `${id}-status`;
  const showList = isOpen && items.length > 0;

  let status = '';
  if (isOpen) {
    if (search.isError) status = t('units.searchFailed');
    else if (search.isFetching && items.length === 0) status = t('units.loading');
    else if (search.isSuccess && items.length === 0) status = t('units.noResults');
    else if (search.isSuccess) status = t('units.resultCount', { total: items.length });
  }

  return (
    <div className={['field', 'combobox', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <FieldLabel optional={optional} {...combobox.getLabelProps()}>
        {label}
      </FieldLabel>
      <FieldHint id={hintId}>{hint}</FieldHint>
      <FieldError id={errorId}>{error}</FieldError>
      <input
        className="input"
        {...combobox.getInputProps({
          name,
          ref: inputRef,
          onBlur,
          'aria-invalid': error ? true : undefined,
          'aria-required': optional ? undefined : true,
          'aria-describedby': [describedBy, status ? statusId : undefined].filter(Boolean).join(' ') || undefined,
        })}
      />
      {value?.parentName && <p className="field__hint combobox__picked">{t('units.partOf', { parent: value.parentName })}</p>}
      <ul className="combobox__list" hidden={!showList} {...combobox.getMenuProps()}>
        {showList &&
          items.map((unit, index) => (
            <li
              key={unit.id}
              className={[
                'combobox__option',
                combobox.highlightedIndex === index ? 'combobox__option--active' : '',
                value?.id === unit.id ? 'combobox__option--selected' : '',
              ]
                .filter(Boolean)
                .join(' ')}
              {...combobox.getItemProps({ item: unit, index })}
            >
              <span className="combobox__name">{unit.name}</span>
              {unit.parentName && <span className="combobox__parent">{unit.parentName}</span>}
            </li>
          ))}
      </ul>
      <p id={statusId} className="combobox__status" role="status">
        {status}
      </p>
    </div>
  );
}
