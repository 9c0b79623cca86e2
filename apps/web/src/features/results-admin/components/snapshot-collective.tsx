import type { CollectiveResult } from '@reform-quiz/contracts';
import { useJudgingTranslation } from '../../../i18n/judging';

/** Giải tập thể: units by participation rate above the minimum, then mean score. */
export function SnapshotCollective({ units }: { units: readonly CollectiveResult[] }) {
  const { jt, i18n } = useJudgingTranslation();
  const number = (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value);
  const percent = (value: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 2 }).format(value);
  return (
    <section aria-labelledby="collective-title">
      <h2 id="collective-title">{jt('snapshot.collective.title')}</h2>
      {units.length === 0 ? (
        <p>{jt('snapshot.collective.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="collective-caption" tabIndex={0}>
          <table className="snapshot-table snapshot-table--wide">
            <caption id="collective-caption">{jt('snapshot.collective.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {jt('snapshot.collective.rank')}
                </th>
                <th scope="col">{jt('snapshot.collective.unit')}</th>
                <th scope="col" className="num">
                  {jt('snapshot.collective.entrants')}
                </th>
                <th scope="col" className="num">
                  {jt('snapshot.collective.headcount')}
                </th>
                <th scope="col" className="num">
                  {jt('snapshot.collective.rate')}
                </th>
                <th scope="col" className="num">
                  {jt('snapshot.collective.mean')}
                </th>
                <th scope="col">{jt('snapshot.collective.awarded')}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit) => (
                <tr key={unit.unitId}>
                  <td className="num">{unit.rank}</td>
                  <td>{unit.unit}</td>
                  <td className="num">{number(unit.entrants)}</td>
                  <td className="num">{number(unit.headcount)}</td>
                  <td className="num">{percent(unit.rate)}</td>
                  <td className="num">{number(unit.meanScore)}</td>
                  <td>{unit.awarded ? jt('snapshot.collective.yes') : jt('snapshot.collective.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
