import { Link, useParams } from 'react-router';
import { CATEGORIES, type Category } from '@reform-quiz/contracts';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { formatStopwatch } from '../../../lib/format-duration';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';
import { LIVE_BOARD_LIMIT } from '../../../lib/leaderboard-feed';
import { useLeaderboard, useLeaderboardPush, type LeaderboardScope } from '../api/get-leaderboard';
import { useLeaderboardContest } from '../api/get-leaderboard-contest';
import { BlockSwitch, type Block } from './block-switch';
import { formatScore, isSameEntry, LeaderboardTable } from './leaderboard-table';
import './leaderboard.css';

/** How many places the page shows: as many as a pushed board carries. */
const LIMIT = LIVE_BOARD_LIMIT;

function isCategory(value: string | null): value is Category {
  return value !== null && (CATEGORIES as readonly string[]).includes(value);
}

function formatTime(at: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(at));
}

/**
 * /rounds/:id/leaderboard (with ?contest= for its titles) and
 * /contests/:id/leaderboard — public, no login; kept current over the live
 * socket, polled every 15 seconds while in view when the socket cannot
 * connect. The block (?category=) is in the URL so a shared link shows it.
 */
export function LeaderboardPage({ scope }: { scope: LeaderboardScope }) {
  const { t, et, i18n } = useEntrantTranslation();
  const { id } = useParams();
  const boardId = Number(id);
  const [params, setParams] = useUrlSearchParams();
  const categoryParam = params.get('category');
  const category = isCategory(categoryParam) ? categoryParam : undefined;
  const contestParam = Number(params.get('contest'));
  const contestId = scope === 'contest' ? boardId : Number.isInteger(contestParam) && contestParam > 0 ? contestParam : null;
  const contest = useLeaderboardContest(contestId);
  const round = scope === 'round' ? (contest.data?.rounds.find((r) => r.id === boardId) ?? null) : null;
  const live = useLeaderboardPush(scope, boardId, { category, limit: LIMIT });
  const board = useLeaderboard(scope, boardId, { category, limit: LIMIT }, { live });

  const blocks = contest.data?.categories ?? CATEGORIES;
  const block: Block = category ?? 'all';
  const chooseBlock = (next: Block) => {
    const nextParams = new URLSearchParams(params);
    if (next === 'all') nextParams.delete('category');
    else nextParams.set('category', next);
    setParams(nextParams, { replace: true });
  };

  const lead =
    scope === 'round' && contest.data && round
      ? et('leaderboard.roundOf', { contest: contest.data.title, round: round.title })
      : scope === 'contest' && contest.data
        ? et('leaderboard.contestLead', { contest: contest.data.title })
        : undefined;
  const data = board.data;
  const blockName = block === 'all' ? et('leaderboard.all') : et(`blocks.${block}`);
  const practice = round?.practice === true;
  const me = data?.me;
  const meListed = !!me && !!data?.entries.some((entry) => isSameEntry(entry, me));
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });

  return (
    <div className="page leaderboard-page">
      <PageHeader title={et('leaderboard.title')} lead={lead} />
      {blocks.length > 1 && !practice && <BlockSwitch blocks={blocks} value={block} onChange={chooseBlock} />}
      {!practice && (
        <p className="leaderboard-page__screen">
          <Link to={`/board/${scope}/${boardId}${category ? `?category=${category}` : ''}`}>{et('leaderboard.projector')}</Link>
        </p>
      )}

      {practice ? (
        <Alert tone="info" title={et('leaderboard.practice')} />
      ) : board.isPending ? (
        <Spinner />
      ) : !data ? (
        <Alert tone="error" title={et('leaderboard.loadFailed')}>
          <p>{errorMessage(t, board.error)}</p>
        </Alert>
      ) : (
        <>
          {data.visibility === 'hidden' && <Alert tone="info" title={et('leaderboard.hidden')} />}
          {data.visibility === 'frozen' && <Alert tone="info" title={et('leaderboard.frozen', { at: formatTime(data.asOf, i18n.language) })} />}
          {data.provisional && data.visibility !== 'hidden' && <p className="note leaderboard-page__note">{et('leaderboard.provisional')}</p>}

          {me && !meListed && (
            <section className="leaderboard-me" aria-labelledby="leaderboard-me">
              <h2 id="leaderboard-me">{et('leaderboard.yourPlace')}</h2>
              <p>
                {et('leaderboard.yourPlaceValue', {
                  rank: me.rank,
                  score: formatScore(me.score, i18n.language),
                  time: formatStopwatch(me.durationMs, i18n.language),
                })}
              </p>
            </section>
          )}
          {me === null && data.visibility !== 'hidden' && <p className="muted">{et('leaderboard.notRanked')}</p>}

          {data.visibility !== 'hidden' &&
            (data.entries.length > 0 ? (
              <LeaderboardTable caption={et('leaderboard.caption', { block: blockName })} entries={data.entries} me={me} />
            ) : (
              <p>{et('leaderboard.empty')}</p>
            ))}

          <section aria-labelledby="leaderboard-totals">
            <h2 id="leaderboard-totals">{et('leaderboard.totals')}</h2>
            <dl className="leaderboard-totals" data-testid="leaderboard-totals">
              <div>
                <dt>{et('leaderboard.entrants')}</dt>
                <dd>{data.totals.entrants}</dd>
              </div>
              <div>
                <dt>{et('leaderboard.attempts')}</dt>
                <dd>{data.totals.attempts}</dd>
              </div>
              <div>
                <dt>{et('leaderboard.perfectShare')}</dt>
                <dd>{percent.format(data.totals.perfectShare)}</dd>
              </div>
            </dl>
          </section>
          <p className="muted">{et(live ? 'leaderboard.asOfLive' : 'leaderboard.asOf', { at: formatTime(data.asOf, i18n.language) })}</p>
        </>
      )}

      <ul className="leaderboard-links">
        {/* A closed board is final only once the jury approves it: the official results page has that. */}
        {data && !data.provisional && !practice && (
          <li>
            <Link to={scope === 'round' ? `/rounds/${boardId}/results${contestId !== null ? `?contest=${contestId}` : ''}` : `/contests/${boardId}/results`}>
              {et('leaderboard.results')}
            </Link>
          </li>
        )}
        {contestId !== null && (
          <li>
            <Link to={`/contests/${contestId}/statistics${scope === 'round' ? `?round=${boardId}` : ''}`}>{et('leaderboard.statistics')}</Link>
          </li>
        )}
        {contestId !== null && (
          <li>
            <Link to={`/contests/${contestId}`}>{et('leaderboard.backToContest')}</Link>
          </li>
        )}
      </ul>
    </div>
  );
}
