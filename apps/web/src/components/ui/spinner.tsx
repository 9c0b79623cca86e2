import { useTranslation } from 'react-i18next';

export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="spinner" role="status">
      <span className="spinner__icon" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}
