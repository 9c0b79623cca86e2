import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { formatInstant } from '../../../lib/format-date';
import { useQuestionVersions } from '../api/get-question-versions';
import { StatusBadge } from './question-badges';

/** Every version, newest first; the one on screen is marked as the current page. */
export function VersionHistory({ questionId }: { questionId: string }) {
  const { t, i18n } = useTranslation();
  const versions = useQuestionVersions(questionId);
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t('questionBank.versions.title')}</h2>
      {versions.isPending && <Spinner />}
      {versions.isError && <Alert tone="error" title={errorMessage(t, versions.error)} />}
      {versions.data && (
        <ol className="versions" reversed>
          {versions.data.map((version) => {
            const current = version.id === questionId;
            return (
              <li key={version.id} className="versions__item">
                <Link to={`/organizer/questions/${version.id}`} aria-current={current ? 'page' : undefined}>
                  {t('questionBank.versions.version', { version: version.version })}
                </Link>
                {current && <span className="muted"> ({t('questionBank.versions.shown')})</span>} <StatusBadge status={version.status} />
                <span className="muted">
                  {' '}
                  · {formatInstant(version.updatedAt, i18n.language)}
                  {version.author && ` · ${version.author.fullName}`}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
