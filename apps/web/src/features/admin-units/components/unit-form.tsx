import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type CreateUnitRequest, type Unit, type UnitKind } from '@reform-quiz/contracts';
import { normalizeText } from '@reform-quiz/domain';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { applyServerErrors, fieldMessage } from '../../../lib/form-errors';
import type { UnitNode } from '../hooks/use-unit-tree';

interface UnitFormValues {
  code: string;
  name: string;
  kind: UnitKind | '';
  parentId: string;
  headcount: string;
}

const FIELDS = ['code', 'name', 'kind', 'parentId', 'headcount'] as const;
// The same rules as the API's CreateUnitDto.
const CODE_PATTERN = /^[A-Za-z0-9._-]+$/;
const CODE_MAX = 32;
const NAME_MIN = 2;
const NAME_MAX = 200;
const HEADCOUNT_MAX = 10_000_000;

function codeProblem(value: string): true | string {
  const code = value.trim();
  if (!code) return 'REQUIRED';
  if (code.length > CODE_MAX) return 'TOO_LONG';
  return CODE_PATTERN.test(code) ? true : 'INVALID_VALUE';
}

function nameProblem(value: string): true | string {
  const name = normalizeText(value);
  if (!name) return 'REQUIRED';
  if (name.length < NAME_MIN) return 'TOO_SHORT';
  return name.length > NAME_MAX ? 'TOO_LONG' : true;
}

function headcountProblem(value: string): true | string {
  if (value.trim() === '') return 'REQUIRED';
  const n = Number(value);
  if (!Number.isInteger(n)) return 'INVALID_VALUE';
  return n >= 0 && n <= HEADCOUNT_MAX ? true : 'OUT_OF_RANGE';
}

function toValues(unit: Unit | null): UnitFormValues {
  return unit
    ? { code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId === null ? '' : String(unit.parentId), headcount: String(unit.headcount) }
    : { code: '', name: '', kind: '', parentId: '', headcount: '0' };
}

export interface UnitFormProps {
  /** The unit being edited, or null to create one. */
  unit: Unit | null;
  /** Every unit in tree order, for the parent list. */
  units: readonly UnitNode[];
  /** Ids that cannot be the parent (the unit and its sub-units). */
  excludedParents: ReadonlySet<number>;
  pending: boolean;
  onSubmit: (body: CreateUnitRequest) => Promise<void>;
  /** Errors that belong to no field. */
  onError: (error: unknown) => void;
  onCancel: () => void;
}

export function UnitForm({ unit, units, excludedParents, pending, onSubmit, onError, onCancel }: UnitFormProps) {
  const { t } = useTranslation();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<UnitFormValues>({ mode: 'onTouched', defaultValues: toValues(unit) });

  useEffect(() => {
    // Editing starts from a button far down the tree: bring the form to the user.
    if (unit) setFocus('code');
  }, [unit, setFocus]);

  const submit = async (values: UnitFormValues) => {
    try {
      await onSubmit({
        code: values.code.trim(),
        name: normalizeText(values.name),
        kind: values.kind as UnitKind,
        parentId: values.parentId ? Number(values.parentId) : null,
        headcount: Number(values.headcount),
      });
    } catch (error) {
      const placed = applyServerErrors(error, setError, {
        fields: FIELDS,
        codeFields: { UNIT_CODE_TAKEN: 'code', UNIT_PARENT_INVALID: 'parentId' },
      });
      if (!placed) onError(error);
    }
  };

  const parentOptions = [
    { value: '', label: t('adminUnits.noParent') },
    ...units
      .filter((node) => !excludedParents.has(node.unit.id))
      // Non-breaking spaces keep the indentation visible inside <option>.
      .map((node) => ({ value: String(node.unit.id), label: `${'\u00a0\u00a0'.repeat(node.depth)}${node.unit.name}` })),
  ];

  return (
    <form className="form" noValidate onSubmit={handleSubmit(submit)}>
      <TextField
        id="unit-code"
        label={t('adminUnits.code')}
        autoComplete="off"
        error={fieldMessage(t, errors, 'code')}
        {...register('code', { validate: codeProblem })}
      />
      <TextField
        id="unit-name"
        label={t('adminUnits.name')}
        autoComplete="off"
        error={fieldMessage(t, errors, 'name')}
        {...register('name', { validate: nameProblem })}
      />
      <SelectField
        id="unit-kind"
        label={t('adminUnits.kind')}
        options={[{ value: '', label: '—' }, ...UNIT_KINDS.map((kind) => ({ value: kind, label: t(`unitKinds.${kind}`) }))]}
        error={fieldMessage(t, errors, 'kind')}
        {...register('kind', { validate: (v) => (v ? true : 'REQUIRED') })}
      />
      <SelectField
        id="unit-parent"
        label={t('adminUnits.parent')}
        optional
        options={parentOptions}
        error={fieldMessage(t, errors, 'parentId')}
        {...register('parentId')}
      />
      <TextField
        id="unit-headcount"
        type="number"
        inputMode="numeric"
        min={0}
        max={HEADCOUNT_MAX}
        step={1}
        label={t('adminUnits.headcount')}
        hint={`${t('adminUnits.headcountHint')} ${t('adminUnits.illustrative')}`}
        error={fieldMessage(t, errors, 'headcount')}
        {...register('headcount', { validate: headcountProblem })}
      />
      <div className="actions">
        <Button type="submit" pending={pending}>
          {unit ? t('adminUnits.update') : t('adminUnits.create')}
        </Button>
        {unit && (
          <Button variant="secondary" onClick={onCancel}>
            {t('adminUnits.cancelEdit')}
          </Button>
        )}
      </div>
    </form>
  );
}
