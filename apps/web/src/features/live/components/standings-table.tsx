import type { LiveStanding } from '@reform-quiz/contracts';
import { useLiveTranslation } from '../../../i18n/live';

export function formatPoints(points: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(points);
}

/** Rank, name with unit beneath, score: the standings after a question, or the podium's list. */
export function StandingsTable({ standings, caption, className }: { standings: readonly LiveStanding[]; caption: string; className?: string }) {
  const { lt, i18n } = useLiveTranslation();
  if (standings.length === 0) return <p className="muted">{lt('standings.empty')}</p>;
  return (
    <table className={['standings', className].filter(Boolean).join(' ')} data-testid="standings">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="standings__rank">
            {lt('standings.rank')}
          </th>
          <th scope="col">{lt('standings.name')}</th>
          <th scope="col" className="standings__score">
            {lt('standings.score')}
          </th>
        </tr>
      </thead>
      <tbody>
        {standings.map((row, index) => (
          <tr key={`${row.rank}-${row.name}-${index}`}>
            <td className="standings__rank">{row.rank}</td>
            <td>
              <span className="standings__name">{row.name}</span>
              {row.unit && <span className="standings__unit">{row.unit}</span>}
            </td>
            <td className="standings__score">{formatPoints(row.score, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
