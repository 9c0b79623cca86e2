import { Link, NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CONTEST_VIEWER_ROLES } from '../../lib/contest-roles';
import { QUESTION_READER_ROLES, hasRole } from '../../lib/question-roles';
import { useSession } from '../../lib/session';
import { useLogout } from '../../lib/use-logout';
import { LanguageSwitch } from './language-switch';

export function SiteHeader() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const user = session.status === 'authenticated' ? session.user : null;

  const links = [
    { to: '/', label: t('nav.home'), end: true },
    ...(user
      ? [
          ...(user.role === 'participant' ? [{ to: '/me/attempts', label: t('nav.myAttempts'), end: false }] : []),
          { to: '/profile', label: t('nav.profile'), end: false },
          ...(hasRole(user.role, QUESTION_READER_ROLES) ? [{ to: '/organizer/questions', label: t('nav.questionBank'), end: false }] : []),
          ...(hasRole(user.role, CONTEST_VIEWER_ROLES) ? [{ to: '/organizer/contests', label: t('nav.contestAdmin'), end: false }] : []),
          ...(user.role === 'judge' ? [{ to: '/judging', label: t('nav.judging'), end: false }] : []),
          ...(user.role === 'admin'
            ? [
                { to: '/admin/users', label: t('nav.adminUsers'), end: false },
                { to: '/admin/units', label: t('nav.adminUnits'), end: false },
              ]
            : []),
        ]
      : session.status === 'anonymous'
        ? [
            { to: '/register', label: t('nav.register'), end: false },
            { to: '/login', label: t('nav.login'), end: false },
          ]
        : []),
  ];

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <div className="site-header__tools">
          <LanguageSwitch />
          {user && (
            <button type="button" className="header-button" onClick={() => void logout()}>
              {t('nav.logout')}
            </button>
          )}
        </div>
        <nav className="site-nav" aria-label={t('app.mainNav')}>
          <ul className="site-nav__list">
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end} className="site-nav__link">
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
