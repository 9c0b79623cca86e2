import { useId } from 'react';
import type { DailyAttempts } from '@reform-quiz/contracts';
import { useResultsTranslation } from '../../../i18n/results';
import { formatCount, formatLongDay, formatShortDay } from './number-format';
import { busiestDay, fillDays } from './statistics-figures';

/** The drawing's own units: each day is 10 wide, the busiest day 100 tall; CSS stretches it to the screen. */
const SLOT = 10;
const HEIGHT = 100;

/**
 * Attempts per day as SVG columns, the quiet days included. The picture is
 * one image with a summary for screen readers; the same figures are in a
 * table beneath, folded on a phone.
 */
export function AttemptsPerDayChart({ days }: { days: readonly DailyAttempts[] }) {
  const { rt, i18n } = useResultsTranslation();
  const titleId = useId();
  const filled = fillDays(days);
  const busiest = busiestDay(filled);
  if (filled.length === 0 || !busiest) return <p className="muted">{rt('statistics.perDayEmpty')}</p>;

  const language = i18n.language;
  const max = busiest.attempts;
  const first = filled[0].date;
  const last = filled[filled.length - 1].date;
  const width = filled.length * SLOT;
  return (
    <>
      <p>{rt('statistics.perDayLead', { max: formatCount(max, language), date: formatLongDay(busiest.date, language) })}</p>
      {/* A column is at most 3rem wide: a few days do not make slabs across the screen. */}
      <figure className="statistics-days" style={{ maxWidth: `${Math.max(filled.length * 3, 12)}rem` }}>
        <div className="statistics-days__plot">
          <span className="statistics-days__max" aria-hidden="true">
            {formatCount(max, language)}
          </span>
          <svg
            className="statistics-days__svg"
            viewBox={`0 0 ${width} ${HEIGHT}`}
            preserveAspectRatio="none"
            role="img"
            aria-labelledby={titleId}
            data-testid="attempts-per-day-chart"
            focusable="false"
          >
            <title id={titleId}>
              {rt('statistics.perDayChart', { from: formatLongDay(first, language), to: formatLongDay(last, language) })}
            </title>
            <line className="statistics-days__grid" x1={0} x2={width} y1={0.5} y2={0.5} vectorEffect="non-scaling-stroke" />
            {filled.map((day, index) => {
              const height = (day.attempts / max) * HEIGHT;
              return (
                <rect
                  key={day.date}
                  className="statistics-days__bar"
                  x={index * SLOT + 1.5}
                  y={HEIGHT - height}
                  width={SLOT - 3}
                  height={height}
                  data-date={day.date}
                  data-attempts={day.attempts}
                />
              );
            })}
            <line className="statistics-days__axis" x1={0} x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} vectorEffect="non-scaling-stroke" />
          </svg>
        </div>
        <div className="statistics-days__axis-labels" aria-hidden="true">
          <span>{formatShortDay(first, language)}</span>
          {filled.length > 1 && <span>{formatShortDay(last, language)}</span>}
        </div>
      </figure>
      <details className="statistics-details">
        <summary>{rt('statistics.showTable')}</summary>
        <div className="statistics-table-scroll">
          <table className="statistics-table" data-testid="attempts-per-day-table">
            <caption>{rt('statistics.perDayCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{rt('statistics.day')}</th>
                <th scope="col" className="statistics-table__num">
                  {rt('statistics.dayAttempts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {filled.map((day) => (
                <tr key={day.date}>
                  <th scope="row" className="statistics-table__unit">
                    {formatLongDay(day.date, language)}
                  </th>
                  <td className="statistics-table__num">{formatCount(day.attempts, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
