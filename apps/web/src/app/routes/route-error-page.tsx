import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';

/** Shown when a page throws or its code cannot be downloaded (a dropped 3G connection). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageHeader title={t('routeError.title')} lead={t('routeError.text')} />
      <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
    </div>
  );
}
