import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';

/** Short, stable label for a question id in links ("#3f2a9c1e"). */
export function shortId(id: string): string {
  return `#${id.replace(/-/g, '').slice(0, 8)}`;
}

/** Other current questions with the same normalised stem: likely the same question twice. */
export function DuplicateWarning({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <Alert tone="info" title={t('questionBank.duplicates.title', { count: ids.length })}>
      <p>{t('questionBank.duplicates.text')}</p>
      <ul className="inline-list">
        {ids.map((id) => (
          <li key={id}>
            <Link to={`/organizer/questions/${id}`}>{t('questionBank.duplicates.link', { id: shortId(id) })}</Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
