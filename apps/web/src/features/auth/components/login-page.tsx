import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorCodes } from '@reform-quiz/contracts';
import { isValidPhone, normalizePhone } from '@reform-quiz/domain';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { TextField } from '../../../components/ui/text-field';
import { errorMessage, waitDuration } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-error';
import { fieldMessage } from '../../../lib/form-errors';
import { returnPath } from '../../../lib/return-path';
import { useSession } from '../../../lib/session';
import { useLogin } from '../api/login';

interface LoginFormValues {
  login: string;
  password: string;
}

const required = (value: string) => (value.trim() ? true : 'REQUIRED');

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const loginMutation = useLogin();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const target = returnPath(location.state);

  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<LoginFormValues>({ mode: 'onTouched', defaultValues: { login: '', password: '' } });

  useEffect(() => {
    if (submitError) alertRef.current?.focus();
  }, [submitError]);

  if (session.status === 'authenticated' && !loginMutation.isSuccess) return <Navigate to={target} replace />;

  const onValid = async (values: LoginFormValues) => {
    setSubmitError(null);
    const login = isValidPhone(values.login) ? normalizePhone(values.login) : values.login.trim();
    try {
      await loginMutation.mutateAsync({ login, password: values.password });
      await navigate(target, { replace: true });
    } catch (error) {
      setSubmitError(error);
    }
  };

  const retryAfter =
    submitError instanceof ApiError && submitError.code === ErrorCodes.TOO_MANY_ATTEMPTS && submitError.retryAfterSeconds !== null
      ? submitError.retryAfterSeconds
      : null;

  const endNotice =
    session.endReason === 'expired' ? t('login.sessionExpired') : session.endReason === 'revoked' ? t('login.sessionRevoked') : null;

  return (
    <div className="page page--narrow">
      <PageHeader title={t('login.title')} lead={t('login.lead')} />
      {endNotice && !submitError && <Alert tone="info" title={endNotice} />}
      <form className="form" noValidate onSubmit={handleSubmit(onValid)}>
        {submitError !== null && (
          <Alert ref={alertRef} tone="error" title={errorMessage(t, submitError)}>
            {retryAfter !== null && <p>{t('login.retryAfter', { wait: waitDuration(t, retryAfter) })}</p>}
          </Alert>
        )}
        <TextField
          id="login-login"
          label={t('login.login')}
          autoComplete="username"
          error={fieldMessage(t, errors, 'login')}
          {...register('login', { validate: required })}
        />
        <TextField
          id="login-password"
          type="password"
          label={t('login.password')}
          autoComplete="current-password"
          error={fieldMessage(t, errors, 'password')}
          {...register('password', { validate: required })}
        />
        <Button type="submit" pending={loginMutation.isPending}>
          {loginMutation.isPending ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
      <p className="page__aside">{t('login.forgotPassword')}</p>
      <p className="page__aside">
        {t('login.noAccount')}{' '}
        <Link to="/register" state={location.state}>
          {t('login.registerLink')}
        </Link>
      </p>
    </div>
  );
}
