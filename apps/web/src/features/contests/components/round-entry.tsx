import { Link, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Round, RoundPhase } from '@reform-quiz/contracts';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { Alert } from '../../../components/ui/alert';
import { Button, ButtonLink } from '../../../components/ui/button';
import { errorMessage } from '../../../i18n/error-message';
import { ApiError } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';
import { useSession } from '../../../lib/session';
import { useRoundEligibility } from '../api/get-round-eligibility';
import { useStartAttempt } from '../api/start-attempt';
import { eligibilityView } from './eligibility-view';

/** What the entrant may do with a round now: the reason in words, and the one button that fits. */
export function RoundEntry({ round, phase }: { round: Round; phase: RoundPhase }) {
  const { t, et } = useEntrantTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const eligibility = useRoundEligibility(round.id);
  const start = useStartAttempt();

  if (eligibility.isPending) return <p className="round-entry__message muted">{et('eligibility.checking')}</p>;
  if (eligibility.isError) return <Alert tone="error" title={et('eligibility.failed')} />;

  const view = eligibilityView(t, et, round, eligibility.data, phase, session.user?.category ?? null);
  const onStart = async () => {
    try {
      const attempt = await start.mutateAsync(round.id);
      await navigate(`/attempts/${attempt.id}`);
    } catch (error) {
      // The round closed or the attempts ran out meanwhile: say so in the card's own words.
      if (error instanceof ApiError) void queryClient.invalidateQueries({ queryKey: queryKeys.eligibility.all });
    }
  };

  return (
    <div className="round-entry">
      <p className="round-entry__message">{view.message}</p>
      {view.action === 'sign_in' && (
        <div className="actions">
          <ButtonLink to="/login" state={{ from: location }}>
            {et('eligibility.login')}
          </ButtonLink>
          <ButtonLink to="/register" variant="secondary" state={{ from: location }}>
            {et('eligibility.register')}
          </ButtonLink>
        </div>
      )}
      {view.action === 'resume' && eligibility.data.openAttemptId && (
        <ButtonLink to={`/attempts/${eligibility.data.openAttemptId}`} className="round-entry__button">
          {et('round.resume')}
        </ButtonLink>
      )}
      {view.action === 'start' && (
        <Button className="round-entry__button" pending={start.isPending} onClick={() => void onStart()}>
          {et('round.start')}
        </Button>
      )}
      {view.linkAttempts && (
        <p>
          <Link to="/me/attempts">{et('eligibility.myAttempts')}</Link>
        </p>
      )}
      {start.isError && (
        <Alert tone="error" title={et('round.startFailed')}>
          <p>{errorMessage(t, start.error)}</p>
        </Alert>
      )}
    </div>
  );
}
