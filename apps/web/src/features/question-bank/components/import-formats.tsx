import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';

const FORMATS = ['xlsx', 'csv', 'gift', 'aiken'] as const;

/** The template, and what each accepted format must look like. */
export function ImportFormats({ onDownloadTemplate, downloading }: { onDownloadTemplate: () => void; downloading: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="import-formats" aria-labelledby="import-formats-title">
      <h3 id="import-formats-title">{t('questionBank.import.formatsTitle')}</h3>
      <p>{t('questionBank.import.templateText')}</p>
      <p>
        <Button variant="secondary" pending={downloading} onClick={onDownloadTemplate}>
          {t('questionBank.import.template')}
        </Button>
      </p>
      <dl className="import-formats__list">
        {FORMATS.map((format) => (
          <div key={format}>
            <dt>{t(`questionBank.import.formats.${format}`)}</dt>
            <dd>{t(`questionBank.import.formatHelp.${format}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
