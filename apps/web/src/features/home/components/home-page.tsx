import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { useSession } from '../../../lib/session';
import { ContestList } from './contest-list';
import './home.css';

const AREAS = ['institutional', 'procedures', 'organization', 'civil_service', 'public_finance', 'e_government'] as const;

export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.status === 'authenticated' ? session.user : null;

  return (
    <div className="page">
      <PageHeader title={t('home.title')} />

      {/* What a visitor came for comes first: the contests, then who may enter and how. */}
      <section aria-labelledby="home-contests">
        <h2 id="home-contests" className="home__first-heading">
          {t('home.contestsTitle')}
        </h2>
        <ContestList />
      </section>

      {user ? (
        <section className="panel" aria-labelledby="home-welcome">
          <h2 id="home-welcome">{t('home.welcome', { name: user.fullName })}</h2>
          <p>{t('home.welcomeText')}</p>
          <div className="actions">
            {user.role === 'participant' && <ButtonLink to="/me/attempts">{t('home.ctaMyAttempts')}</ButtonLink>}
            <ButtonLink to="/profile" variant={user.role === 'participant' ? 'secondary' : 'primary'}>
              {t('home.ctaProfile')}
            </ButtonLink>
            {user.role === 'admin' && (
              <>
                <ButtonLink to="/admin/users" variant="secondary">
                  {t('home.ctaAdminUsers')}
                </ButtonLink>
                <ButtonLink to="/admin/units" variant="secondary">
                  {t('home.ctaAdminUnits')}
                </ButtonLink>
              </>
            )}
          </div>
        </section>
      ) : (
        session.status === 'anonymous' && (
          <div className="actions">
            <ButtonLink to="/register">{t('home.ctaRegister')}</ButtonLink>
            <ButtonLink to="/login" variant="secondary">
              {t('home.ctaLogin')}
            </ButtonLink>
          </div>
        )
      )}

      <section aria-labelledby="home-intro">
        <h2 id="home-intro">{t('home.introTitle')}</h2>
        <p>{t('home.lead')}</p>
      </section>

      <section aria-labelledby="home-who">
        <h2 id="home-who">{t('home.whoTitle')}</h2>
        <ul>
          <li>{t('home.whoCivilServants')}</li>
          <li>{t('home.whoCitizens')}</li>
        </ul>
      </section>

      <section aria-labelledby="home-areas">
        <h2 id="home-areas">{t('home.areasTitle')}</h2>
        <ol>
          {AREAS.map((area) => (
            <li key={area}>{t(`home.areas.${area}`)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="home-how">
        <h2 id="home-how">{t('home.howTitle')}</h2>
        <ol>
          <li>{t('home.howRegister')}</li>
          <li>{t('home.howRules')}</li>
        </ol>
        <p className="muted">{t('home.howPrivacy')}</p>
      </section>
    </div>
  );
}
