import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useLogout } from '../../../lib/use-logout';
import { useSession } from '../../../lib/session';
import { useProfile } from '../api/get-profile';
import { ChangePasswordForm } from './change-password-form';
import { ProfileDetails } from './profile-details';

export function ProfilePage() {
  const { t } = useTranslation();
  const session = useSession();
  const profile = useProfile();
  const logout = useLogout();
  // The session already carries the profile: show it at once, then whatever /me says.
  const shown = profile.data ?? session.user;

  return (
    <div className="page page--narrow">
      <PageHeader title={t('profile.title')} lead={t('profile.lockedNote')} />
      {shown ? <ProfileDetails profile={shown} /> : profile.isPending ? <Spinner /> : null}
      {profile.isError && !shown && <Alert tone="error" title={errorMessage(t, profile.error)} />}

      <section className="form-section" aria-labelledby="profile-password">
        <h2 id="profile-password" className="form-section__title">
          {t('profile.changePasswordTitle')}
        </h2>
        <ChangePasswordForm />
      </section>

      <section className="form-section" aria-labelledby="profile-logout">
        <h2 id="profile-logout" className="form-section__title">
          {t('profile.logoutTitle')}
        </h2>
        <p>{t('profile.logoutText')}</p>
        <Button variant="secondary" onClick={() => void logout()}>
          {t('nav.logout')}
        </Button>
      </section>
    </div>
  );
}
