import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { Round } from '@reform-quiz/contracts';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { Badge } from '../../../components/ui/badge';
import { CONTEST_MANAGER_ROLES } from '../../../lib/contest-roles';
import { formatInstant } from '../../../lib/format-date';
import { splitCountdown } from '../../../lib/format-duration';
import { hasRole } from '../../../lib/question-roles';
import { queryKeys } from '../../../lib/query-keys';
import { useSession } from '../../../lib/session';
import { phaseAt } from './eligibility-view';
import { RoundEntry } from './round-entry';

/** "2 ngày 03:04:05" to the opening, by the server clock. */
function OpenCountdown({ opensAt, now }: { opensAt: string; now: number }) {
  const { et } = useEntrantTranslation();
  const { days, clock } = splitCountdown(Date.parse(opensAt) - now);
  return (
    <p className="round-card__countdown">
      <span>{et('round.opensIn')} </span>
      {/* A timer is not read out on every tick; the text is there when the reader goes to it. */}
      <span role="timer" className="round-card__countdown-value" data-testid="open-countdown">
        {days > 0 ? et('round.opensInDays', { days, clock }) : clock}
      </span>
    </p>
  );
}

/** One round of the contest page: where it stands, its format, and what the entrant may do now. */
export function RoundCard({ round, now }: { round: Round; now: number }) {
  const { et, i18n } = useEntrantTranslation();
  const queryClient = useQueryClient();
  const phase = phaseAt(round, now);
  const headingId = `round-${round.id}-title`;
  const live = round.mode === 'live';
  const hosts = hasRole(useSession().user?.role, CONTEST_MANAGER_ROLES);

  // The round opens or closes while the page is up: ask again what the entrant may do.
  const previousPhase = useRef(phase);
  useEffect(() => {
    if (previousPhase.current === phase) return;
    previousPhase.current = phase;
    void queryClient.invalidateQueries({ queryKey: queryKeys.eligibility.all });
    void queryClient.invalidateQueries({ queryKey: queryKeys.contests.detail(round.contestId) });
  }, [phase, queryClient, round.contestId]);

  return (
    <section className={['round-card', round.practice ? 'round-card--practice' : ''].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <h3 id={headingId} className="round-card__title">
        {round.title}
      </h3>
      <p className="round-card__badges">
        <Badge tone={phase}>{et(`phases.${phase}`)}</Badge>
        {round.practice && <Badge tone="practice">{et('round.practice')}</Badge>}
        {live && <Badge tone="live">{et('round.live')}</Badge>}
      </p>
      {round.practice && <p className="round-card__note">{et('round.practiceNote')}</p>}
      <p className="round-card__window">
        {et('round.window', { opens: formatInstant(round.opensAt, i18n.language), closes: formatInstant(round.closesAt, i18n.language) })}
      </p>
      {phase === 'upcoming' && <OpenCountdown opensAt={round.opensAt} now={now} />}
      <ul className="round-card__format">
        <li>
          {live
            ? et('round.formatLive', { questions: round.questionCount })
            : et('round.format', { questions: round.questionCount, minutes: Math.round(round.timeLimitSeconds / 60) })}
        </li>
        {!live && (
          <li>
            {round.practice || round.attemptsAllowed === null
              ? et('round.attemptsUnlimited')
              : et('round.attemptsAllowed', { count: round.attemptsAllowed })}
          </li>
        )}
        {round.prediction && !round.practice && <li>{et('round.prediction')}</li>}
      </ul>
      <RoundEntry round={round} phase={phase} />
      {live && phase !== 'closed' && (
        <p className="round-card__live">
          {hosts ? <Link to={`/organizer/live/${round.id}?contest=${round.contestId}`}>{et('round.liveConsole')}</Link> : <Link to="/play">{et('round.livePlay')}</Link>}
        </p>
      )}
      {!round.practice && (
        <p className="round-card__leaderboard">
          <Link to={`/rounds/${round.id}/leaderboard?contest=${round.contestId}`}>{et('round.leaderboard')}</Link>
          {/* Official results exist only after the close (and the jury's approval): the page says which. */}
          {phase === 'closed' && (
            <>
              {' · '}
              <Link to={`/rounds/${round.id}/results?contest=${round.contestId}`}>{et('round.results')}</Link>
            </>
          )}
        </p>
      )}
    </section>
  );
}
