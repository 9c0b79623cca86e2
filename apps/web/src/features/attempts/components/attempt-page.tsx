import { Link, Navigate, useParams } from 'react-router';
import { ErrorCodes } from '@reform-quiz/contracts';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-error';
import { useAttempt } from '../api/get-attempt';
import { AttemptScreen } from './attempt-screen';
import './attempts.css';

/** /attempts/:id — the attempt screen while it runs; once finished (here or anywhere), its result. */
export function AttemptPage() {
  const { t, et } = useEntrantTranslation();
  const { id = '' } = useParams();
  const attempt = useAttempt(id);

  // Data first: a failed background refetch (offline) must not take the screen away mid-attempt.
  if (attempt.data) {
    if (attempt.data.status !== 'in_progress') return <Navigate to={`/attempts/${encodeURIComponent(id)}/result`} replace />;
    return <AttemptScreen key={attempt.data.id} attempt={attempt.data} />;
  }
  if (attempt.isError) {
    const notFound = attempt.error instanceof ApiError && attempt.error.code === ErrorCodes.ATTEMPT_NOT_FOUND;
    return (
      <div className="page page--narrow">
        <PageHeader title={et('attempt.loadFailed')} />
        <Alert tone="error" title={errorMessage(t, attempt.error)}>
          {notFound && <p>{et('attempt.notFoundHelp')}</p>}
        </Alert>
        <Link to="/me/attempts">{et('result.myAttempts')}</Link>
      </div>
    );
  }
  return <Spinner />;
}
