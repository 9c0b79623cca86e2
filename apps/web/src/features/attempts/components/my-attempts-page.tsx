import { Link } from 'react-router';
import type { AttemptStatus, AttemptSummary } from '@reform-quiz/contracts';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { Alert } from '../../../components/ui/alert';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { formatInstant } from '../../../lib/format-date';
import { useMyAttempts } from '../api/get-my-attempts';
import './attempts.css';

const STATUS_TONES: Record<AttemptStatus, BadgeTone> = { in_progress: 'open', submitted: 'neutral', expired: 'warning' };

function AttemptItem({ attempt }: { attempt: AttemptSummary }) {
  const { et, i18n } = useEntrantTranslation();
  const titleId = `attempt-${attempt.id}`;
  return (
    <li className="history-item">
      <h2 id={titleId} className="history-item__title">
        {et('myAttempts.attempt', { round: attempt.roundTitle, number: attempt.number })}
      </h2>
      <p className="history-item__contest">{attempt.contestTitle}</p>
      <p className="history-item__badges">
        <Badge tone={STATUS_TONES[attempt.status]}>{et(`statuses.${attempt.status}`)}</Badge>
        {attempt.practice && <Badge tone="practice">{et('myAttempts.practice')}</Badge>}
        {attempt.counted && (
          <Badge tone="success">
            <span aria-hidden="true">★ </span>
            {et('myAttempts.counted')}
          </Badge>
        )}
      </p>
      {attempt.result && (
        <p className="history-item__score">{et('myAttempts.score', { score: attempt.result.score, max: attempt.result.maxScore })}</p>
      )}
      <p className="history-item__date">{et('myAttempts.startedAt', { at: formatInstant(attempt.startedAt, i18n.language) })}</p>
      <p className="history-item__links">
        {attempt.status === 'in_progress' ? (
          <ButtonLink to={`/attempts/${attempt.id}`}>{et('myAttempts.resume')}</ButtonLink>
        ) : (
          <Link to={`/attempts/${attempt.id}/result`}>{et('myAttempts.result')}</Link>
        )}
        {!attempt.practice && <Link to={`/rounds/${attempt.roundId}/leaderboard?contest=${attempt.contestId}`}>{et('myAttempts.leaderboard')}</Link>}
      </p>
    </li>
  );
}

/** /me/attempts — the entrant's history: what counts, what was practice, what is still open. */
export function MyAttemptsPage() {
  const { t, et } = useEntrantTranslation();
  const attempts = useMyAttempts();
  return (
    <div className="page page--narrow">
      <PageHeader title={et('myAttempts.title')} lead={et('myAttempts.lead')} />
      <p>
        <Link to="/me/certificates">{et('myAttempts.certificates')}</Link>
      </p>
      {attempts.isPending ? (
        <Spinner />
      ) : attempts.isError ? (
        <Alert tone="error" title={et('myAttempts.loadFailed')}>
          <p>{errorMessage(t, attempts.error)}</p>
        </Alert>
      ) : attempts.data.length === 0 ? (
        <>
          <p>{et('myAttempts.empty')}</p>
          <ButtonLink to="/">{et('myAttempts.emptyAction')}</ButtonLink>
        </>
      ) : (
        <ul className="history-list">
          {[...attempts.data]
            .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
            .map((attempt) => (
              <AttemptItem key={attempt.id} attempt={attempt} />
            ))}
        </ul>
      )}
    </div>
  );
}
