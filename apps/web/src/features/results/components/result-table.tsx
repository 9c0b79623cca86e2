import type { ResultEntry } from '@reform-quiz/contracts';
import { useResultsTranslation } from '../../../i18n/results';
import { formatStopwatch } from '../../../lib/format-duration';
import { PrizeBadge } from './prize-badge';

export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(score);
}

/**
 * Rank, name with unit (and prize) beneath, score, time: four narrow columns
 * that fit a 360 px screen. Nothing personal beyond name and unit (rule 8).
 */
export function ResultTable({ caption, entries, testId }: { caption: string; entries: readonly ResultEntry[]; testId?: string }) {
  const { rt, i18n } = useResultsTranslation();
  return (
    <div className="results-scroll">
      <table className="results-table results-table__caption-hidden" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="results-table__rank">
              {rt('results.rank')}
            </th>
            <th scope="col">{rt('results.name')}</th>
            <th scope="col" className="results-table__num">
              {rt('results.score')}
            </th>
            <th scope="col" className="results-table__num">
              {rt('results.time')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={`${entry.rank}-${index}`} className={entry.prize ? 'results-table__winner' : undefined}>
              <td className="results-table__rank">{entry.rank}</td>
              <td>
                <span className="results-table__name">{entry.name}</span>
                {entry.unit && <span className="results-table__sub">{entry.unit}</span>}
                {entry.prediction !== undefined && (
                  <span className="results-table__sub">
                    {entry.prediction === null || entry.predictionError === null || entry.predictionError === undefined
                      ? rt('results.noPrediction')
                      : rt('results.prediction', { prediction: entry.prediction, error: entry.predictionError })}
                  </span>
                )}
                {entry.prize && (
                  <span className="results-table__prize">
                    <PrizeBadge prize={entry.prize} />
                  </span>
                )}
              </td>
              <td className="results-table__num">{formatScore(entry.score, i18n.language)}</td>
              <td className="results-table__num">{formatStopwatch(entry.durationMs, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
