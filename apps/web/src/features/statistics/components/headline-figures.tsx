import type { Statistics } from '@reform-quiz/contracts';
import { useResultsTranslation } from '../../../i18n/results';
import { formatCount, formatRate } from './number-format';

/** The three figures the weekly announcement leads with. */
export function HeadlineFigures({ statistics }: { statistics: Statistics }) {
  const { rt, i18n } = useResultsTranslation();
  const figures = [
    { label: rt('statistics.attempts'), value: formatCount(statistics.attempts, i18n.language), id: 'attempts' },
    { label: rt('statistics.entrants'), value: formatCount(statistics.entrants, i18n.language), id: 'entrants' },
    { label: rt('statistics.perfectShare'), value: formatRate(statistics.perfectShare, i18n.language), id: 'perfect-share' },
  ];
  return (
    <section aria-labelledby="statistics-headline">
      <h2 id="statistics-headline" className="visually-hidden">
        {rt('statistics.headline')}
      </h2>
      <dl className="statistics-figures" data-testid="statistics-figures">
        {figures.map((figure) => (
          <div key={figure.id} className="statistics-figures__item" data-testid={`figure-${figure.id}`}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
