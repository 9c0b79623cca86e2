import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>{t('app.footer')}</p>
      <p>
        <Link to="/verify">{t('nav.verify')}</Link>
      </p>
    </footer>
  );
}
