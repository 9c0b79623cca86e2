import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { QuestionBank } from '@reform-quiz/contracts';
import { normalizeText } from '@reform-quiz/domain';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { applyServerErrors, fieldMessage } from '../../../lib/form-errors';
import { useCreateQuestionBank } from '../api/create-question-bank';

// The same limits as the API's CreateBankDto.
const NAME_MIN = 2;
const NAME_MAX = 200;
const DESCRIPTION_MAX = 2000;

interface BankFormValues {
  name: string;
  description: string;
}

function nameProblem(value: string): true | string {
  const name = normalizeText(value);
  if (!name) return 'REQUIRED';
  if ([...name].length < NAME_MIN) return 'TOO_SHORT';
  return [...name].length > NAME_MAX ? 'TOO_LONG' : true;
}

function CreateBankForm({ onCreated, onCancel, onError }: { onCreated: (bank: QuestionBank) => void; onCancel: () => void; onError: (error: unknown) => void }) {
  const { t } = useTranslation();
  const createBank = useCreateQuestionBank();
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    formState: { errors },
  } = useForm<BankFormValues>({ mode: 'onTouched', defaultValues: { name: '', description: '' } });

  // The form opened on a click: start typing at once.
  useEffect(() => setFocus('name'), [setFocus]);

  const submit = async (values: BankFormValues) => {
    try {
      const description = values.description.trim();
      onCreated(await createBank.mutateAsync({ name: normalizeText(values.name), description: description || null }));
    } catch (error) {
      const placed = applyServerErrors(error, setError, { fields: ['name', 'description'], codeFields: { QUESTION_BANK_NAME_TAKEN: 'name' } });
      if (!placed) onError(error);
    }
  };

  return (
    <form className="bank-form" noValidate onSubmit={handleSubmit(submit)} aria-labelledby="bank-form-title">
      <h2 id="bank-form-title" className="bank-form__title">
        {t('questionBank.banks.createTitle')}
      </h2>
      <TextField
        id="bank-name"
        label={t('questionBank.banks.name')}
        autoComplete="off"
        error={fieldMessage(t, errors, 'name')}
        {...register('name', { validate: nameProblem })}
      />
      <TextField
        id="bank-description"
        label={t('questionBank.banks.description')}
        optional
        autoComplete="off"
        error={fieldMessage(t, errors, 'description')}
        {...register('description', { validate: (v) => (v.trim().length > DESCRIPTION_MAX ? 'TOO_LONG' : true) })}
      />
      <div className="actions">
        <Button type="submit" pending={createBank.isPending}>
          {t('questionBank.banks.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

export interface BankPickerProps {
  banks: readonly QuestionBank[];
  value: QuestionBank | null;
  onChange: (bank: QuestionBank) => void;
  /** Organizers and admins may add banks; judges only pick. */
  canCreate: boolean;
  onCreated: (bank: QuestionBank) => void;
  onError: (error: unknown) => void;
}

/** Which bank the page shows, with a small form to add one. */
export function BankPicker({ banks, value, onChange, canCreate, onCreated, onError }: BankPickerProps) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);

  return (
    <div className="bank-picker">
      {banks.length > 0 && (
        <SelectField
          ref={selectRef}
          id="question-bank-select"
          name="bank"
          label={t('questionBank.banks.label')}
          hint={value?.description ?? undefined}
          value={value ? String(value.id) : ''}
          options={banks.map((bank) => ({ value: String(bank.id), label: t('questionBank.banks.option', { name: bank.name, count: bank.questionCount }) }))}
          onChange={(event) => {
            const bank = banks.find((b) => String(b.id) === event.target.value);
            if (bank) onChange(bank);
          }}
        />
      )}
      {canCreate && (
        <>
          {!creating && (
            <Button ref={toggleRef} variant="secondary" onClick={() => setCreating(true)}>
              {t('questionBank.banks.createTitle')}
            </Button>
          )}
          {creating && (
            <CreateBankForm
              onCreated={(bank) => {
                setCreating(false);
                onCreated(bank);
                // The new bank is now selected in the list: that is where the user continues.
                requestAnimationFrame(() => (selectRef.current ?? toggleRef.current)?.focus());
              }}
              onCancel={() => {
                setCreating(false);
                requestAnimationFrame(() => toggleRef.current?.focus());
              }}
              onError={onError}
            />
          )}
        </>
      )}
    </div>
  );
}
