import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContestSummary } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { formatInstant } from '../../../lib/format-date';
import { serverClock } from '../../../lib/server-clock';
import { useContests } from '../api/get-contests';

export type ContestState = 'upcoming' | 'running' | 'finished';

/** Where a public contest stands, by its rounds' overall window and its status. */
export function contestState(contest: Pick<ContestSummary, 'status' | 'opensAt' | 'closesAt'>, now: number): ContestState {
  if (contest.status !== 'published') return 'finished';
  if (contest.opensAt && now < Date.parse(contest.opensAt)) return 'upcoming';
  if (contest.closesAt && now >= Date.parse(contest.closesAt)) return 'finished';
  return 'running';
}

const STATE_TONES: Record<ContestState, BadgeTone> = { running: 'open', upcoming: 'upcoming', finished: 'closed' };

const STATE_ORDER: Record<ContestState, number> = { running: 0, upcoming: 1, finished: 2 };

/** The public contests, the running ones first: what a visitor came for. */
export function ContestList() {
  const { t, i18n } = useTranslation();
  const contests = useContests();
  const now = serverClock.now();

  if (contests.isPending) return <Spinner />;
  if (contests.isError) {
    return (
      <Alert tone="error" title={t('home.contestsFailed')}>
        <p>{errorMessage(t, contests.error)}</p>
        <p>
          <Button variant="secondary" onClick={() => void contests.refetch()}>
            {t('home.contestsRetry')}
          </Button>
        </p>
      </Alert>
    );
  }

  const shown = contests.data
    .filter((contest) => contest.status === 'published' || contest.status === 'closed')
    .map((contest) => ({ contest, state: contestState(contest, now) }))
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.contest.id - a.contest.id);
  if (shown.length === 0) return <p>{t('home.contestsEmpty')}</p>;

  return (
    <ul className="contest-list">
      {shown.map(({ contest, state }) => (
        <li key={contest.id} className="contest-card">
          <h3 className="contest-card__title">
            <Link to={`/contests/${contest.id}`}>{contest.title}</Link>
          </h3>
          <p>
            <Badge tone={STATE_TONES[state]}>{t(`home.contestStates.${state}`)}</Badge>
          </p>
          {contest.opensAt && contest.closesAt && (
            <p className="contest-card__line">
              {t('home.contestDates', { opens: formatInstant(contest.opensAt, i18n.language), closes: formatInstant(contest.closesAt, i18n.language) })}
            </p>
          )}
          <p className="contest-card__line">
            {t('home.contestFor', { categories: contest.categories.map((category) => t(`categories.${category}`)).join('; ') })}
          </p>
          <p className="contest-card__line">{t('home.contestRounds', { count: contest.roundCount })}</p>
          {/* The whole card is the title link's target (see home.css); this only says where it leads. */}
          <p className="contest-card__more" aria-hidden="true">
            {t('home.contestOpen')} →
          </p>
        </li>
      ))}
    </ul>
  );
}
