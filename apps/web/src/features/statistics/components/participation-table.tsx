import { useState } from 'react';
import type { UnitParticipation } from '@reform-quiz/contracts';
import { Button } from '../../../components/ui/button';
import { useResultsTranslation, type ResultsKey } from '../../../i18n/results';
import { formatCount, formatRate } from './number-format';
import { defaultDirection, sortParticipation, type SortDirection, type SortKey } from './statistics-figures';

/** Rows shown before "show all": a province has hundreds of communes. */
export const TABLE_ROWS = 20;

const COLUMNS: { key: SortKey; label: ResultsKey; numeric: boolean }[] = [
  { key: 'unit', label: 'statistics.unitColumn', numeric: false },
  { key: 'entrants', label: 'statistics.entrantsColumn', numeric: true },
  { key: 'headcount', label: 'statistics.headcountColumn', numeric: true },
  { key: 'rate', label: 'statistics.rateColumn', numeric: true },
];

/**
 * Every unit with its figures, sortable by any column: the header buttons
 * sort (again to reverse), `aria-sort` and the caption say how it is sorted.
 */
export function ParticipationTable({ title, units, testId }: { title: string; units: readonly UnitParticipation[]; testId: string }) {
  const { rt, i18n } = useResultsTranslation();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'rate', direction: 'descending' });
  const [all, setAll] = useState(false);
  const sorted = sortParticipation(units, sort.key, sort.direction);
  const shown = all ? sorted : sorted.slice(0, TABLE_ROWS);
  const column = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[0];

  const sortBy = (key: SortKey) =>
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: defaultDirection(key) }));

  return (
    <>
      <p className="statistics-table__note">{rt('statistics.tableNote')}</p>
      <div className="statistics-table-scroll">
        <table className="statistics-table" data-testid={testId}>
          <caption>{rt('statistics.tableCaption', { title, column: rt(column.label), direction: rt(`statistics.${sort.direction}`) })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = c.key === sort.key;
                return (
                  <th key={c.key} scope="col" aria-sort={active ? sort.direction : undefined} className={c.numeric ? 'statistics-table__num' : undefined}>
                    <button type="button" className="statistics-table__sort" onClick={() => sortBy(c.key)} data-sort-key={c.key}>
                      <span>
                        {rt(c.label)}
                        {/* A no-break space keeps the arrow with the last word. */}
                        <span className="statistics-table__arrow" aria-hidden="true">
                          {'\u00a0'}
                          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                        </span>
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((unit) => (
              <tr key={unit.unitId}>
                <th scope="row" className="statistics-table__unit">
                  {unit.unit}
                </th>
                <td className="statistics-table__num">{formatCount(unit.entrants, i18n.language)}</td>
                <td className="statistics-table__num">{unit.headcount > 0 ? formatCount(unit.headcount, i18n.language) : rt('statistics.noHeadcount')}</td>
                <td className="statistics-table__num">{unit.headcount > 0 ? formatRate(unit.rate, i18n.language) : rt('statistics.noHeadcount')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > TABLE_ROWS && (
        <p>
          <Button variant="secondary" onClick={() => setAll((value) => !value)} aria-expanded={all}>
            {all ? rt('statistics.showFewer') : rt('statistics.showAll', { count: sorted.length })}
          </Button>
        </p>
      )}
    </>
  );
}
