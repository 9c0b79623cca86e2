import type { UnitParticipation } from '@reform-quiz/contracts';
import { useResultsTranslation } from '../../../i18n/results';
import { formatCount, formatRate } from './number-format';
import { barPercents, CHART_UNITS, topByRate } from './statistics-figures';

/**
 * Participation rate as horizontal bars in plain CSS: each unit's name, a bar
 * as long as its rate relative to the best, and the rate with entrants over
 * headcount in text — the bar is decoration, the words carry the figures.
 */
export function ParticipationBars({ units, testId }: { units: readonly UnitParticipation[]; testId: string }) {
  const { rt, i18n } = useResultsTranslation();
  const top = topByRate(units);
  const widths = barPercents(top.map((unit) => unit.rate));
  if (top.length === 0) return <p className="muted">{rt('statistics.chartEmpty')}</p>;
  return (
    <>
      <p className="statistics-chart__lead">{rt('statistics.chartLead', { count: Math.min(CHART_UNITS, top.length) })}</p>
      <ol className="statistics-bars" data-testid={testId}>
        {top.map((unit, index) => (
          <li key={unit.unitId} className="statistics-bars__row">
            <span className="statistics-bars__unit">{unit.unit}</span>
            <span className="statistics-bars__track" aria-hidden="true">
              <span className="statistics-bars__bar" style={{ width: `${widths[index]}%` }} data-width={widths[index]} />
            </span>
            <span className="statistics-bars__value">
              {rt('statistics.chartValue', {
                rate: formatRate(unit.rate, i18n.language),
                entrants: formatCount(unit.entrants, i18n.language),
                headcount: formatCount(unit.headcount, i18n.language),
              })}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
