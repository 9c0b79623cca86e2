import { useState, type ComponentType, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, ROLES, USER_STATUSES, type Category, type Role, type UnitOption, type UserStatus } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import type { PickerProps } from '../../../components/ui/picker-props';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';

export interface UserFilterValues {
  q: string;
  role: Role | '';
  status: UserStatus | '';
  category: Category | '';
  unit: UnitOption | null;
}

export const noUserFilters: UserFilterValues = { q: '', role: '', status: '', category: '', unit: null };

export interface UserFiltersProps {
  value: UserFilterValues;
  onChange: (value: UserFilterValues) => void;
  UnitPicker: ComponentType<PickerProps<UnitOption>>;
}

export function UserFilters({ value, onChange, UnitPicker }: UserFiltersProps) {
  const { t } = useTranslation();
  // The search box applies on submit; selects apply at once.
  const [q, setQ] = useState(value.q);
  const all = { value: '', label: t('common.all') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: q.trim() });
  };

  return (
    <form className="filters" role="search" aria-label={t('adminUsers.filters')} onSubmit={submit}>
      <div className="filters__search">
        <TextField
          id="users-q"
          name="q"
          type="search"
          label={t('adminUsers.search')}
          optional
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
        <Button type="submit">{t('adminUsers.searchSubmit')}</Button>
      </div>
      <div className="filters__grid">
        <SelectField
          id="users-role"
          name="role"
          label={t('adminUsers.role')}
          optional
          value={value.role}
          options={[all, ...ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
          onChange={(event) => onChange({ ...value, role: event.target.value as Role | '' })}
        />
        <SelectField
          id="users-status"
          name="status"
          label={t('adminUsers.status')}
          optional
          value={value.status}
          options={[all, ...USER_STATUSES.map((status) => ({ value: status, label: t(`userStatuses.${status}`) }))]}
          onChange={(event) => onChange({ ...value, status: event.target.value as UserStatus | '' })}
        />
        <SelectField
          id="users-category"
          name="category"
          label={t('adminUsers.category')}
          optional
          value={value.category}
          options={[all, ...CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))]}
          onChange={(event) => onChange({ ...value, category: event.target.value as Category | '' })}
        />
        <UnitPicker
          id="users-unit"
          name="unitId"
          label={t('adminUsers.unit')}
          optional
          value={value.unit}
          onChange={(unit) => onChange({ ...value, unit })}
        />
      </div>
      <Button
        variant="quiet"
        onClick={() => {
          setQ('');
          onChange(noUserFilters);
        }}
      >
        {t('adminUsers.clearFilters')}
      </Button>
    </form>
  );
}
