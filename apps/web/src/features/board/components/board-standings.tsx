import { useMemo, useRef } from 'react';
import type { LeaderboardEntry } from '@reform-quiz/contracts';
import { useLiveTranslation } from '../../../i18n/live';
import { useFlip } from '../hooks/use-flip';
import { entryKeys, rankChanges, type RankChange } from './flip';

export function formatBoardScore(score: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(score);
}

function Change({ change }: { change: RankChange | undefined }) {
  const { lt } = useLiveTranslation();
  if (change === undefined) return null;
  if (change === 'new') {
    return (
      <span className="board-change board-change--new">
        <span aria-hidden="true">★</span> {lt('board.new')}
      </span>
    );
  }
  const up = change > 0;
  return (
    <span className={`board-change board-change--${up ? 'up' : 'down'}`}>
      <span aria-hidden="true">{up ? '▲' : '▼'}</span>
      <span aria-hidden="true">{Math.abs(change)}</span>
      <span className="visually-hidden">{lt(up ? 'board.up' : 'board.down', { count: Math.abs(change) })}</span>
    </span>
  );
}

/**
 * The top of the board as a table whose rows glide to their new places
 * when the ranking changes (FLIP, transforms only), each with its move in
 * words and arrows: "▲ 2" / "lên 2 bậc".
 */
export function BoardStandings({ entries, caption, previous }: { entries: readonly LeaderboardEntry[]; caption: string; previous: ReadonlyMap<string, number> | null }) {
  const { lt, i18n } = useLiveTranslation();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const keys = useMemo(() => entryKeys(entries), [entries]);
  const changes = useMemo(() => rankChanges(previous, entries.map((entry, index) => ({ key: keys[index], rank: entry.rank }))), [previous, entries, keys]);
  useFlip(bodyRef, keys.join('\n'));

  return (
    <table className="board-table" data-testid="board-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="board-table__rank">
            {lt('board.rank')}
          </th>
          <th scope="col">{lt('board.name')}</th>
          <th scope="col" className="board-table__score">
            {lt('board.score')}
          </th>
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {entries.map((entry, index) => (
          <tr key={keys[index]} data-flip-key={keys[index]} className={entry.rank <= 3 ? `board-table__row board-table__row--top${entry.rank}` : 'board-table__row'}>
            <td className="board-table__rank">{entry.rank}</td>
            <td>
              <span className="board-table__name">{entry.name}</span>
              {entry.unit && <span className="board-table__unit">{entry.unit}</span>}
            </td>
            <td className="board-table__score">
              <span className="board-table__points">{formatBoardScore(entry.score, i18n.language)}</span>
              <Change change={changes.get(keys[index])} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
