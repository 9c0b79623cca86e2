import { useTranslation } from 'react-i18next';
import type { QuestionStatus } from '@reform-quiz/contracts';

/** Status in words (colour only repeats what the text says). */
export function StatusBadge({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--${status}`}>{t(`questionBank.questionStatuses.${status}`)}</span>;
}

export function DuplicateBadge() {
  const { t } = useTranslation();
  return <span className="status-badge status-badge--warning">{t('questionBank.duplicates.badge')}</span>;
}
