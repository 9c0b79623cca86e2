import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageHeader title={t('forbidden.title')} lead={t('forbidden.text')} />
      <ButtonLink to="/" variant="secondary">
        {t('notFound.home')}
      </ButtonLink>
    </div>
  );
}
