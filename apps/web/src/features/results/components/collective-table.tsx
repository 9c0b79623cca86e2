import { useId } from 'react';
import type { CollectiveResult } from '@reform-quiz/contracts';
import { useResultsTranslation } from '../../../i18n/results';
import { formatScore } from './result-table';

/** A rate of thousands with a handful of entrants is well under 1 %: show 0,04 %, not 0 %. */
export function formatRate(rate: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: rate > 0 && rate < 0.01 ? 2 : 1 }).format(rate);
}

/** Giải tập thể: units by participation rate, then mean score; the awarded ones say so in words. */
export function CollectiveTable({ units }: { units: readonly CollectiveResult[] }) {
  const { rt, i18n } = useResultsTranslation();
  const headingId = useId();
  const number = new Intl.NumberFormat(i18n.language);
  const sorted = [...units].sort((a, b) => a.rank - b.rank || a.unit.localeCompare(b.unit, 'vi'));
  return (
    <section className="results-block" aria-labelledby={headingId} data-testid="results-collective">
      <h2 id={headingId}>{rt('results.collectiveTitle')}</h2>
      <p>{rt('results.collectiveLead')}</p>
      {sorted.length === 0 ? (
        <p>{rt('results.collectiveEmpty')}</p>
      ) : (
        <div className="results-scroll">
          <table className="results-table">
            <caption>{rt('results.collectiveCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="results-table__rank">
                  {rt('results.rank')}
                </th>
                <th scope="col">{rt('results.unit')}</th>
                <th scope="col" className="results-table__num">
                  {rt('results.rate')}
                </th>
                <th scope="col" className="results-table__num">
                  {rt('results.meanScore')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((unit) => (
                <tr key={unit.unitId} className={unit.awarded ? 'results-table__winner' : undefined}>
                  <td className="results-table__rank">{unit.rank}</td>
                  <td>
                    <span className="results-table__name">{unit.unit}</span>
                    {unit.awarded && (
                      <span className="results-table__prize">
                        <span className="prize-badge prize-badge--collective">{rt('results.awarded')}</span>
                      </span>
                    )}
                  </td>
                  <td className="results-table__num">
                    {formatRate(unit.rate, i18n.language)}
                    <span className="results-table__sub">
                      {rt('results.entrantsOf', { entrants: number.format(unit.entrants), headcount: number.format(unit.headcount) })}
                    </span>
                  </td>
                  <td className="results-table__num">{formatScore(unit.meanScore, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
