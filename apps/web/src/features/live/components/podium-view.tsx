import { useId } from 'react';
import type { LiveStanding } from '@reform-quiz/contracts';
import { useLiveTranslation } from '../../../i18n/live';
import { formatPoints, StandingsTable } from './standings-table';

/** The game's end: the first three large (the order of the prizes), then the top ten as a table. */
export function PodiumView({ podium, headingLevel = 2 }: { podium: readonly LiveStanding[]; headingLevel?: 2 | 3 }) {
  const { lt, i18n } = useLiveTranslation();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const top = podium.filter((row) => row.rank <= 3).slice(0, 3);
  return (
    <section className="podium" aria-labelledby={headingId} data-testid="podium">
      <Heading id={headingId} className="podium__title">
        {lt('podium.title')}
      </Heading>
      {podium.length === 0 ? (
        <p>{lt('podium.empty')}</p>
      ) : (
        <>
          <ol className="podium__top">
            {top.map((row, index) => (
              <li key={`${row.rank}-${row.name}-${index}`} className={`podium__place podium__place--${row.rank}`}>
                <span className="podium__rank">{lt('podium.place', { rank: row.rank })}</span>
                <span className="podium__name">{row.name}</span>
                {row.unit && <span className="podium__unit">{row.unit}</span>}
                <span className="podium__score">{lt('common.points', { points: formatPoints(row.score, i18n.language) })}</span>
              </li>
            ))}
          </ol>
          <StandingsTable className="podium__table" standings={podium.slice(0, 10)} caption={lt('podium.top')} />
        </>
      )}
    </section>
  );
}
