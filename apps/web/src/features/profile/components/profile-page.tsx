import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { errorMessage } from '../../../i18n/error-message';
import { useLogout } from '../../../lib/use-logout';
import { useSession } from '../../../lib/session';
import { useProfile } from '../api/get-profile';
import { ChangePasswordForm } from './change-password-form';
import { ProfileDetails } from './profile-details';

export function ProfilePage() {
  const { t, et } = useEntrantTranslation();
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

      {session.user?.role === 'participant' && (
        <section className="form-section" aria-labelledby="profile-links">
          <h2 id="profile-links" className="form-section__title">
            {et('profile.linksTitle')}
          </h2>
          <ul>
            <li>
              <Link to="/me/attempts">{et('profile.myAttempts')}</Link>
            </li>
            <li>
              <Link to="/me/certificates">{et('profile.certificates')}</Link>
            </li>
          </ul>
        </section>
      )}

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
