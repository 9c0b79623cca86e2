import { useTranslation } from 'react-i18next';
import { DIFFICULTIES, TOPICS, type QuestionCounts } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useQuestionCounts } from '../api/get-question-counts';

/** topic → difficulty → count, with zeros for the cells the API leaves out, and the totals. */
export function countMatrix(counts: QuestionCounts) {
  const cell = (topic: string, difficulty: string) =>
    counts.cells.filter((c) => c.topic === topic && c.difficulty === difficulty).reduce((sum, c) => sum + c.count, 0);
  const rows = TOPICS.map((topic) => {
    const byDifficulty = DIFFICULTIES.map((difficulty) => cell(topic, difficulty));
    return { topic, byDifficulty, total: byDifficulty.reduce((a, b) => a + b, 0) };
  });
  const columnTotals = DIFFICULTIES.map((_, index) => rows.reduce((sum, row) => sum + row.byDifficulty[index], 0));
  return { rows, columnTotals, total: columnTotals.reduce((a, b) => a + b, 0) };
}

function CountsTable({ counts }: { counts: QuestionCounts }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const matrix = countMatrix(counts);
  // An empty cell is a blueprint that cannot be filled: it stands out.
  const cellClass = (value: number, total = false) => ['num', value === 0 ? 'num--zero' : '', total ? 'num--total' : ''].filter(Boolean).join(' ');

  return (
    <div className="table-scroll" role="region" aria-labelledby="counts-caption" tabIndex={0}>
      <table className="table table--compact counts-grid">
        <caption id="counts-caption">
          {t('questionBank.counts.caption')}
          <span className="table__caption-note">{t('questionBank.counts.note')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('questionBank.fields.topic')}</th>
            {DIFFICULTIES.map((difficulty) => (
              <th scope="col" key={difficulty} className="num">
                {t(`questionBank.difficulties.${difficulty}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('questionBank.counts.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.topic}>
              <th scope="row">{t(`questionBank.topics.${row.topic}`)}</th>
              {row.byDifficulty.map((value, index) => (
                <td key={DIFFICULTIES[index]} className={cellClass(value)}>
                  {number.format(value)}
                </td>
              ))}
              <td className={cellClass(row.total, true)}>{number.format(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('questionBank.counts.total')}</th>
            {matrix.columnTotals.map((value, index) => (
              <td key={DIFFICULTIES[index]} className={cellClass(value, true)}>
                {number.format(value)}
              </td>
            ))}
            <td className={cellClass(matrix.total, true)}>{number.format(matrix.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Approved questions per topic × difficulty: what round blueprints draw from. */
export function CountsGrid({ bankId }: { bankId: number }) {
  const { t } = useTranslation();
  const counts = useQuestionCounts({ bankId, status: 'approved' });
  return (
    <section className="counts" aria-labelledby="counts-title">
      <h2 id="counts-title">{t('questionBank.counts.title')}</h2>
      {counts.isPending && <Spinner />}
      {counts.isError && <Alert tone="error" title={errorMessage(t, counts.error)} />}
      {counts.data && <CountsTable counts={counts.data} />}
    </section>
  );
}
