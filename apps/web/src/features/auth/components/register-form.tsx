import { useEffect, useRef, useState, type ComponentType } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, GENDERS, type UnitOption } from '@reform-quiz/contracts';
import { MIN_ENTRANT_AGE, PASSWORD_MIN_LENGTH, vietnamDate } from '@reform-quiz/domain';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxField } from '../../../components/ui/checkbox-field';
import { ErrorSummary } from '../../../components/ui/error-summary';
import type { PickerProps } from '../../../components/ui/picker-props';
import { RadioGroup } from '../../../components/ui/radio-group';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, fieldProblemMessage } from '../../../i18n/error-message';
import { applyServerErrors, errorSummaryItems, fieldMessage, type SummaryField } from '../../../lib/form-errors';
import { useRegister } from '../api/register';
import { emptyRegisterForm, registerRules, toRegisterRequest, type RegisterFormValues } from './register-validation';

/** Ids of the controls, in form order (the error summary links to them). */
const FIELD_IDS = {
  fullName: 'register-full-name',
  phone: 'register-phone',
  email: 'register-email',
  nationalId: 'register-national-id',
  dateOfBirth: 'register-date-of-birth',
  gender: 'register-gender',
  unit: 'register-unit',
  category: 'register-category',
  'address.district': 'register-district',
  'address.commune': 'register-commune',
  'address.detail': 'register-address-detail',
  password: 'register-password',
  passwordConfirm: 'register-password-confirm',
  consent: 'register-consent',
} as const satisfies Partial<Record<Path<RegisterFormValues>, string>>;

type FieldName = keyof typeof FIELD_IDS;
const FIELD_NAMES = Object.keys(FIELD_IDS) as FieldName[];

export interface RegisterFormProps {
  /** The unit picker, supplied by the app (features do not import each other). */
  UnitPicker: ComponentType<PickerProps<UnitOption>>;
  onRegistered: () => void;
}

export function RegisterForm({ UnitPicker, onRegistered }: RegisterFormProps) {
  const { t } = useTranslation();
  const registration = useRegister();
  const [showSummary, setShowSummary] = useState(false);
  // Bumped on every failed submit so that the focus effect runs again.
  const [, setFailedSubmits] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);

  const {
    register: field,
    control,
    handleSubmit,
    setError,
    trigger,
    getFieldState,
    formState: { errors, isSubmitted },
  } = useForm<RegisterFormValues>({
    mode: 'onTouched',
    defaultValues: emptyRegisterForm,
    // The error summary takes focus instead; it links to each field.
    shouldFocusError: false,
  });

  // After a failed submit, focus the summary (or the alert) as soon as it has rendered.
  useEffect(() => {
    if (!focusPending.current) return;
    const target = (formError ? alertRef : summaryRef).current;
    if (target) {
      target.focus();
      focusPending.current = false;
    }
  });

  /** Re-checks a field that depends on another one, once the user has been there. */
  const recheck = (name: 'nationalId' | 'passwordConfirm') => {
    if (isSubmitted || getFieldState(name).isTouched) void trigger(name);
  };

  const labels: Record<FieldName, string> = {
    fullName: t('register.fullName'),
    phone: t('register.phone'),
    email: t('register.email'),
    nationalId: t('register.nationalId'),
    dateOfBirth: t('register.dateOfBirth'),
    gender: t('register.gender'),
    unit: t('register.unit'),
    category: t('register.category'),
    'address.district': t('register.district'),
    'address.commune': t('register.commune'),
    'address.detail': t('register.addressDetail'),
    password: t('register.password'),
    passwordConfirm: t('register.passwordConfirm'),
    consent: t('register.consentLabel'),
  };
  const summaryFields: SummaryField<RegisterFormValues>[] = FIELD_NAMES.map((name) => ({ name, id: FIELD_IDS[name], label: labels[name] }));
  const summaryItems = showSummary ? errorSummaryItems(t, errors, summaryFields) : [];
  const message = (name: FieldName) => fieldMessage(t, errors, name);

  const onValid = async (values: RegisterFormValues) => {
    setFormError(null);
    try {
      await registration.mutateAsync(toRegisterRequest(values));
      onRegistered();
    } catch (error) {
      const placed = applyServerErrors(error, setError, {
        fields: FIELD_NAMES,
        fieldPaths: { unitId: 'unit' },
        codeFields: { PHONE_TAKEN: 'phone', EMAIL_TAKEN: 'email', NATIONAL_ID_TAKEN: 'nationalId' },
      });
      setShowSummary(placed);
      if (!placed) setFormError(errorMessage(t, error));
      focusPending.current = true;
      setFailedSubmits((count) => count + 1);
    }
  };

  const onInvalid = () => {
    setFormError(null);
    setShowSummary(true);
    focusPending.current = true;
    setFailedSubmits((count) => count + 1);
  };

  const today = vietnamDate(new Date());

  return (
    <form className="form" noValidate onSubmit={handleSubmit(onValid, onInvalid)}>
      <ErrorSummary ref={summaryRef} items={summaryItems} />
      {formError && <Alert ref={alertRef} tone="error" title={formError} />}

      <section className="form-section" aria-labelledby="register-personal">
        <h2 id="register-personal" className="form-section__title">
          {t('register.sectionPersonal')}
        </h2>
        <TextField
          id={FIELD_IDS.fullName}
          label={labels.fullName}
          hint={t('register.fullNameHint')}
          autoComplete="name"
          error={message('fullName')}
          {...field('fullName', { validate: registerRules.fullName })}
        />
        <TextField
          id={FIELD_IDS.phone}
          type="tel"
          inputMode="tel"
          label={labels.phone}
          hint={t('register.phoneHint')}
          autoComplete="tel-national"
          error={message('phone')}
          {...field('phone', { validate: registerRules.phone })}
        />
        <TextField
          id={FIELD_IDS.email}
          type="email"
          label={labels.email}
          hint={t('register.emailHint')}
          autoComplete="email"
          optional
          error={message('email')}
          {...field('email', { validate: registerRules.email })}
        />
        <TextField
          id={FIELD_IDS.dateOfBirth}
          type="date"
          max={today}
          min="1900-01-01"
          label={labels.dateOfBirth}
          hint={t('register.dateOfBirthHint', { minAge: MIN_ENTRANT_AGE })}
          autoComplete="bday"
          error={message('dateOfBirth')}
          {...field('dateOfBirth', { validate: registerRules.dateOfBirth, onChange: () => recheck('nationalId') })}
        />
        <TextField
          id={FIELD_IDS.nationalId}
          inputMode="numeric"
          label={labels.nationalId}
          hint={t('register.nationalIdHint')}
          autoComplete="off"
          optional
          error={message('nationalId')}
          {...field('nationalId', { validate: registerRules.nationalId })}
        />
        <RadioGroup
          id={FIELD_IDS.gender}
          legend={labels.gender}
          inline
          options={GENDERS.map((gender) => ({ value: gender, label: t(`genders.${gender}`) }))}
          error={message('gender')}
          inputProps={field('gender', { validate: registerRules.gender })}
        />
      </section>

      <section className="form-section" aria-labelledby="register-unit-section">
        <h2 id="register-unit-section" className="form-section__title">
          {t('register.sectionUnit')}
        </h2>
        <Controller
          control={control}
          name="unit"
          rules={{ validate: registerRules.unit }}
          render={({ field: unit, fieldState }) => (
            <UnitPicker
              id={FIELD_IDS.unit}
              name="unitId"
              label={labels.unit}
              hint={t('register.unitHint')}
              value={unit.value}
              onChange={unit.onChange}
              onBlur={unit.onBlur}
              inputRef={unit.ref}
              error={fieldState.error?.message ? fieldProblemMessage(t, fieldState.error.message) : undefined}
            />
          )}
        />
        <RadioGroup
          id={FIELD_IDS.category}
          legend={labels.category}
          options={CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))}
          error={message('category')}
          inputProps={field('category', { validate: registerRules.category })}
        />
      </section>

      <section className="form-section" aria-labelledby="register-address">
        <h2 id="register-address" className="form-section__title">
          {t('register.sectionAddress')}
        </h2>
        <p className="form-section__hint">{t('register.addressHint')}</p>
        <TextField
          id={FIELD_IDS['address.district']}
          label={labels['address.district']}
          autoComplete="address-level2"
          optional
          error={message('address.district')}
          {...field('address.district', { validate: registerRules.addressArea })}
        />
        <TextField
          id={FIELD_IDS['address.commune']}
          label={labels['address.commune']}
          autoComplete="address-level3"
          optional
          error={message('address.commune')}
          {...field('address.commune', { validate: registerRules.addressArea })}
        />
        <TextField
          id={FIELD_IDS['address.detail']}
          label={labels['address.detail']}
          autoComplete="street-address"
          optional
          error={message('address.detail')}
          {...field('address.detail', { validate: registerRules.addressDetail })}
        />
      </section>

      <section className="form-section" aria-labelledby="register-account">
        <h2 id="register-account" className="form-section__title">
          {t('register.sectionAccount')}
        </h2>
        <TextField
          id={FIELD_IDS.password}
          type="password"
          label={labels.password}
          hint={t('register.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          error={message('password')}
          {...field('password', { validate: registerRules.password, onChange: () => recheck('passwordConfirm') })}
        />
        <TextField
          id={FIELD_IDS.passwordConfirm}
          type="password"
          label={labels.passwordConfirm}
          autoComplete="new-password"
          error={message('passwordConfirm')}
          {...field('passwordConfirm', { validate: registerRules.passwordConfirm })}
        />
      </section>

      <section className="form-section" aria-labelledby="register-consent">
        <h2 id="register-consent" className="form-section__title">
          {t('register.sectionConsent')}
        </h2>
        <p className="form-section__hint">{t('home.howPrivacy')}</p>
        <CheckboxField
          id={FIELD_IDS.consent}
          label={t('register.consent')}
          error={message('consent')}
          {...field('consent', { validate: registerRules.consent })}
        />
      </section>

      <Button type="submit" pending={registration.isPending}>
        {registration.isPending ? t('register.submitting') : t('register.submit')}
      </Button>
    </form>
  );
}
