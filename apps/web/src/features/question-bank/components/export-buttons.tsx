import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import type { Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useExportQuestions } from '../api/export-questions';
import { filterQuery, type QuestionFilters } from '../hooks/use-question-filters';

/** Downloads what the list shows (every page of it) as Excel or GIFT. */
export function ExportButtons({ filters, onNotice }: { filters: QuestionFilters; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const exportQuestions = useExportQuestions();
  const pendingFormat = exportQuestions.isPending ? exportQuestions.variables.format : null;

  const run = async (format: ExportFormat) => {
    try {
      await exportQuestions.mutateAsync({ ...filterQuery(filters), format });
      onNotice({ tone: 'success', text: t('questionBank.export.done', { format: t(`questionBank.export.formats.${format}`) }) });
    } catch (error) {
      onNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };

  return (
    <div className="export" role="group" aria-labelledby="export-title" aria-describedby="export-hint">
      <p id="export-title" className="export__title">
        {t('questionBank.export.title')}
      </p>
      <p id="export-hint" className="muted">
        {t('questionBank.export.hint')}
      </p>
      <div className="actions">
        {EXPORT_FORMATS.map((format) => (
          <Button key={format} variant="secondary" pending={pendingFormat === format} disabled={exportQuestions.isPending} onClick={() => void run(format)}>
            {t(`questionBank.export.formats.${format}`)}
          </Button>
        ))}
      </div>
    </div>
  );
}
