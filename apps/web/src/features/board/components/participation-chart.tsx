import { useId } from 'react';
import type { UnitParticipation } from '@reform-quiz/contracts';
import { useLiveTranslation } from '../../../i18n/live';
import { barPercents, PARTICIPATION_UNITS, topParticipation } from './participation';

/**
 * Participation by unit as horizontal bars in plain CSS: the unit's name,
 * a bar as long as its rate relative to the best, and the rate with
 * entrants/headcount in text (the bar itself is decoration).
 */
export function ParticipationChart({ units }: { units: readonly UnitParticipation[] }) {
  const { lt, i18n } = useLiveTranslation();
  const headingId = useId();
  const top = topParticipation(units);
  const widths = barPercents(top);
  // A unit of thousands with a handful of entrants is well under 1 %: show it as 0,04 %, not 0 %.
  const percent = (rate: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: rate > 0 && rate < 0.01 ? 2 : 1 }).format(rate);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="participation" aria-labelledby={headingId}>
      <h2 id={headingId}>{lt('board.participation')}</h2>
      {top.length === 0 ? (
        <p className="muted">{lt('board.participationEmpty')}</p>
      ) : (
        <>
          <p className="participation__lead">{lt('board.participationLead', { count: Math.min(PARTICIPATION_UNITS, top.length) })}</p>
          <ol className="participation__list" data-testid="participation">
            {top.map((unit, index) => (
              <li key={unit.unitId} className="participation__row">
                <span className="participation__unit">{unit.unit}</span>
                <span className="participation__track" aria-hidden="true">
                  <span className="participation__bar" style={{ width: `${widths[index]}%` }} data-width={widths[index]} />
                </span>
                <span className="participation__value">
                  {lt('board.participationValue', { rate: percent(unit.rate), entrants: number.format(unit.entrants), headcount: number.format(unit.headcount) })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
