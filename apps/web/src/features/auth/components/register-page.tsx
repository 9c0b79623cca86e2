import type { ComponentType } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { UnitOption } from '@reform-quiz/contracts';
import { PageHeader } from '../../../components/ui/page-header';
import type { PickerProps } from '../../../components/ui/picker-props';
import { returnPath } from '../../../lib/return-path';
import { useSession } from '../../../lib/session';
import { RegisterForm } from './register-form';

export function RegisterPage({ UnitPicker }: { UnitPicker: ComponentType<PickerProps<UnitOption>> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  // Sent here from a contest's "Đăng ký dự thi": go back there once registered.
  const target = returnPath(location.state);

  if (session.status === 'authenticated') return <Navigate to={target} replace />;

  return (
    <div className="page page--narrow">
      <PageHeader title={t('register.title')} lead={t('register.lead')} />
      <RegisterForm UnitPicker={UnitPicker} onRegistered={() => void navigate(target, { replace: true })} />
      <p className="page__aside">
        {t('register.haveAccount')} <Link to="/login" state={location.state}>
          {t('register.loginLink')}
        </Link>
      </p>
    </div>
  );
}
