import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageHeader title={t('notFound.title')} lead={t('notFound.text')} />
      <ButtonLink to="/">{t('notFound.home')}</ButtonLink>
    </div>
  );
}
