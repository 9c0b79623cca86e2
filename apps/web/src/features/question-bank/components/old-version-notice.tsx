import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Question } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { useQuestionVersions } from '../api/get-question-versions';

/** An old version can only be read: point to the one that can be edited. */
export function OldVersionNotice({ question }: { question: Question }) {
  const { t } = useTranslation();
  const versions = useQuestionVersions(question.id);
  const latest = versions.data?.find((version) => version.isLatest);
  return (
    <Alert tone="info" title={t('questionBank.detail.oldVersion', { version: question.version })}>
      {latest && latest.id !== question.id && (
        <p>
          <Link to={`/organizer/questions/${latest.id}`}>{t('questionBank.detail.latestLink', { version: latest.version })}</Link>
        </p>
      )}
    </Alert>
  );
}
