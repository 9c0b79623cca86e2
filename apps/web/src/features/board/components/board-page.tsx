import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { BOARD_TOP, CATEGORIES, type Category, type LeaderboardEntry, type LeaderboardSnapshot } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { QrCode } from '../../../components/ui/qr-code';
import { Spinner } from '../../../components/ui/spinner';
import { useLiveTranslation } from '../../../i18n/live';
import { formatInstant } from '../../../lib/format-date';
import { useLeaderboardFeed } from '../../../lib/use-leaderboard-feed';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';
import { BoardStandings } from './board-standings';
import { entryKeys } from './flip';
import { ParticipationChart } from './participation-chart';
import './board.css';

export type BoardScope = 'round' | 'contest';

function isCategory(value: string | null): value is Category {
  return value !== null && (CATEGORIES as readonly string[]).includes(value);
}

function ranksOf(entries: readonly LeaderboardEntry[]): Map<string, number> {
  const keys = entryKeys(entries);
  return new Map(entries.map((entry, index) => [keys[index], entry.rank]));
}

function BoardTotals({ snapshot }: { snapshot: LeaderboardSnapshot }) {
  const { lt, i18n } = useLiveTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="board-totals">
      <h2 id="board-totals">{lt('board.totals')}</h2>
      <dl className="board-totals" data-testid="board-totals">
        <div>
          <dt>{lt('board.entrants')}</dt>
          <dd>{number.format(snapshot.totals.entrants)}</dd>
        </div>
        <div>
          <dt>{lt('board.attempts')}</dt>
          <dd>{number.format(snapshot.totals.attempts)}</dd>
        </div>
        <div>
          <dt>{lt('board.perfectShare')}</dt>
          <dd>{percent.format(snapshot.totals.perfectShare)}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * /board/round/:id and /board/contest/:id (?category= for one block) —
 * public, no login: a self-paced round's or a contest's board for a
 * projector or a phone. Pushed over `/live`; rows glide when ranks change.
 */
export function BoardPage({ scope }: { scope: BoardScope }) {
  const { lt, i18n } = useLiveTranslation();
  const id = Number(useParams().id);
  const [params] = useUrlSearchParams();
  const categoryParam = params.get('category');
  const category = isCategory(categoryParam) ? categoryParam : undefined;
  const valid = Number.isInteger(id) && id > 0;
  const [size, setSize] = useState<10 | typeof BOARD_TOP>(10);
  const [ranks, setRanks] = useState<{ previous: Map<string, number> | null; current: Map<string, number> | null }>({ previous: null, current: null });
  const onSnapshot = useCallback((snapshot: LeaderboardSnapshot) => setRanks((last) => ({ previous: last.current, current: ranksOf(snapshot.entries) })), []);
  const feed = useLeaderboardFeed(valid ? { ...(scope === 'round' ? { roundId: id } : { contestId: id }), ...(category ? { category } : {}) } : null, { anonymous: true, onSnapshot });
  const snapshot = feed.snapshot;
  const contestId = snapshot?.contestId ?? (scope === 'contest' ? id : null);
  const contestUrl = contestId !== null ? `${window.location.origin}/contests/${contestId}` : null;

  return (
    <main className="board" data-testid="board" data-live={feed.live || undefined}>
      <header className="board__bar">
        <PageHeader title={snapshot?.title ?? lt('board.title')} lead={lt('board.title')} />
        {contestUrl && (
          <div className="board__join">
            <QrCode className="board__qr" value={contestUrl} label={lt('board.joinQr')} />
            <p className="board__url">
              <span className="board__join-title">{lt('board.joinTitle')}</span>
              <a href={contestUrl}>{contestUrl.replace(/^https?:\/\//, '')}</a>
            </p>
          </div>
        )}
        <p className="board__status" role="status">
          {feed.live ? (
            <span className="board__live">
              <span className="board__dot" aria-hidden="true" /> {lt('board.live')}
            </span>
          ) : feed.status === 'reconnecting' ? (
            <span className="board__offline">{lt('common.reconnecting')}</span>
          ) : null}
        </p>
      </header>

      {!snapshot ? (
        feed.error && feed.error !== 'TIMEOUT' ? (
          <Alert tone="error" title={lt('board.loadFailed')} />
        ) : (
          <Spinner label={lt('board.loading')} />
        )
      ) : (
        <>
          {snapshot.visibility === 'hidden' && <Alert tone="info" title={lt('board.hidden')} />}
          {snapshot.visibility === 'frozen' && <Alert tone="info" title={lt('board.frozen', { at: formatInstant(snapshot.asOf, i18n.language) })} />}
          {snapshot.provisional && snapshot.visibility !== 'hidden' && <p className="note board__note">{lt('board.provisional')}</p>}
          <div className="board__grid">
            <section className="board__standings" aria-labelledby="board-top">
              <div className="board__standings-head">
                <h2 id="board-top">{lt('board.top', { count: size })}</h2>
                <button type="button" className="button button--secondary board__toggle" aria-pressed={size === BOARD_TOP} onClick={() => setSize(size === 10 ? BOARD_TOP : 10)}>
                  {lt('board.showMore')}
                </button>
              </div>
              {snapshot.entries.length === 0 ? (
                <p>{lt('board.empty')}</p>
              ) : (
                <BoardStandings entries={snapshot.entries.slice(0, size)} caption={lt('board.caption', { count: size })} previous={ranks.previous} />
              )}
              <p className="muted board__asof">{lt('board.asOf', { at: formatInstant(snapshot.asOf, i18n.language) })}</p>
            </section>
            <div className="board__side">
              <BoardTotals snapshot={snapshot} />
              <ParticipationChart units={snapshot.participation} />
            </div>
          </div>
        </>
      )}
    </main>
  );
}
