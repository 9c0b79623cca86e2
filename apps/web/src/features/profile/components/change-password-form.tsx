import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '@reform-quiz/domain';
import { Button } from '../../../components/ui/button';
import { StatusMessage, type Notice } from '../../../components/ui/status-message';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage } from '../../../i18n/error-message';
import { applyServerErrors, fieldMessage } from '../../../lib/form-errors';
import { useChangePassword } from '../api/change-password';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  newPasswordConfirm: string;
}

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', newPasswordConfirm: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const mutation = useChangePassword();
  const [notice, setNotice] = useState<Notice | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ChangePasswordValues>({ mode: 'onTouched', defaultValues: EMPTY });

  const onValid = async ({ currentPassword, newPassword }: ChangePasswordValues) => {
    setNotice(null);
    try {
      await mutation.mutateAsync({ currentPassword, newPassword });
      reset(EMPTY);
      setNotice({ tone: 'success', text: t('profile.passwordChanged') });
    } catch (error) {
      const placed = applyServerErrors(error, setError, {
        fields: ['currentPassword', 'newPassword'],
        codeFields: { WRONG_PASSWORD: 'currentPassword' },
      });
      if (!placed) setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit(onValid)}>
      <StatusMessage notice={notice} />
      <TextField
        id="profile-current-password"
        type="password"
        label={t('profile.currentPassword')}
        autoComplete="current-password"
        error={fieldMessage(t, errors, 'currentPassword')}
        {...register('currentPassword', { validate: (value) => (value ? true : 'REQUIRED') })}
      />
      <TextField
        id="profile-new-password"
        type="password"
        label={t('profile.newPassword')}
        hint={t('register.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        error={fieldMessage(t, errors, 'newPassword')}
        {...register('newPassword', {
          validate: (value) => (value ? (passwordProblem(value, () => false) ?? true) : 'REQUIRED'),
        })}
      />
      <TextField
        id="profile-new-password-confirm"
        type="password"
        label={t('profile.newPasswordConfirm')}
        autoComplete="new-password"
        error={fieldMessage(t, errors, 'newPasswordConfirm')}
        {...register('newPasswordConfirm', {
          validate: (value, form) => (!value ? 'REQUIRED' : value === form.newPassword ? true : 'PASSWORD_MISMATCH'),
        })}
      />
      <Button type="submit" pending={mutation.isPending}>
        {t('profile.changePasswordSubmit')}
      </Button>
    </form>
  );
}
