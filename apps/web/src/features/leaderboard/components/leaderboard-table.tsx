import type { LeaderboardEntry } from '@reform-quiz/contracts';
import { useEntrantTranslation } from '../../../i18n/entrant';
import { formatStopwatch } from '../../../lib/format-duration';

export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(score);
}

/** The entrant's own row among the entries (entries carry no ids; all shown fields must match). */
export function isSameEntry(a: LeaderboardEntry, b: LeaderboardEntry | null | undefined): boolean {
  return !!b && a.rank === b.rank && a.name === b.name && a.unit === b.unit && a.score === b.score && a.durationMs === b.durationMs;
}

/**
 * Rank, name with unit beneath, score, time: four narrow columns that fit a
 * 360 px screen. The signed-in entrant's row is highlighted and says "Bạn".
 */
export function LeaderboardTable({ caption, entries, me }: { caption: string; entries: readonly LeaderboardEntry[]; me: LeaderboardEntry | null | undefined }) {
  const { et, i18n } = useEntrantTranslation();
  return (
    <div className="leaderboard-scroll">
      <table className="leaderboard-table" data-testid="leaderboard-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="leaderboard-table__rank">
              {et('leaderboard.rank')}
            </th>
            <th scope="col">{et('leaderboard.name')}</th>
            <th scope="col" className="leaderboard-table__num">
              {et('leaderboard.score')}
            </th>
            <th scope="col" className="leaderboard-table__num">
              {et('leaderboard.time')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => {
            const mine = isSameEntry(entry, me);
            return (
              <tr key={`${entry.rank}-${index}`} className={mine ? 'leaderboard-table__me' : undefined} aria-current={mine ? 'true' : undefined} data-me={mine || undefined}>
                <td className="leaderboard-table__rank">{entry.rank}</td>
                <td>
                  <span className="leaderboard-table__name">{entry.name}</span>
                  {mine && <strong className="leaderboard-table__you"> ({et('leaderboard.you')})</strong>}
                  {entry.unit && <span className="leaderboard-table__unit">{entry.unit}</span>}
                  {entry.prediction !== undefined && (
                    <span className="leaderboard-table__unit">
                      {entry.prediction === null || entry.predictionError === null || entry.predictionError === undefined
                        ? et('leaderboard.noPrediction')
                        : et('leaderboard.prediction', { prediction: entry.prediction, error: entry.predictionError })}
                    </span>
                  )}
                </td>
                <td className="leaderboard-table__num">{formatScore(entry.score, i18n.language)}</td>
                <td className="leaderboard-table__num">{formatStopwatch(entry.durationMs, i18n.language)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
