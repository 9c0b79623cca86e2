import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES, TOPICS, type ImportReport } from '@reform-quiz/contracts';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { shortId } from './duplicate-warning';

function Totals({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const topics = TOPICS.filter((topic) => (report.byTopic[topic] ?? 0) > 0);
  const types = QUESTION_TYPES.filter((type) => (report.byType[type] ?? 0) > 0);
  return (
    <div className="import-totals">
      <table className="table table--compact">
        <caption>{t('questionBank.import.byTopic')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questionBank.fields.topic')}</th>
            <th scope="col" className="num">
              {t('questionBank.import.questions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic}>
              <th scope="row">{t(`questionBank.topics.${topic}`)}</th>
              <td className="num">{number.format(report.byTopic[topic] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table table--compact">
        <caption>{t('questionBank.import.byType')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questionBank.fields.type')}</th>
            <th scope="col" className="num">
              {t('questionBank.import.questions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {types.map((type) => (
            <tr key={type}>
              <th scope="row">{t(`questionBank.questionTypes.${type}`)}</th>
              <td className="num">{number.format(report.byType[type] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Row, column and the API's message (written in Vietnamese for the organizer, so marked as such). */
export function ProblemsTable({ problems }: { problems: ImportReport['problems'] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-labelledby="import-problems-caption" tabIndex={0}>
      <table className="table table--compact problems-table">
        <caption id="import-problems-caption">{t('questionBank.import.problemsCaption', { count: problems.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questionBank.import.row')}</th>
            <th scope="col">{t('questionBank.import.column')}</th>
            <th scope="col">{t('questionBank.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={`${problem.row ?? 'file'}-${problem.column ?? ''}-${problem.code}-${index}`}>
              <td className="num">{problem.row ?? t('questionBank.import.wholeFile')}</td>
              <td lang="vi">{problem.column ?? '—'}</td>
              <td lang="vi">{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DuplicatesList({ duplicates }: { duplicates: ImportReport['duplicates'] }) {
  const { t } = useTranslation();
  if (duplicates.length === 0) return null;
  return (
    <section className="import-duplicates" aria-labelledby="import-duplicates-title">
      <h3 id="import-duplicates-title">{t('questionBank.import.duplicatesTitle', { count: duplicates.length })}</h3>
      <p className="muted">{t('questionBank.import.duplicatesText')}</p>
      <ul>
        {duplicates.map((duplicate, index) => (
          <li key={`${duplicate.row}-${duplicate.existingId}-${index}`}>
            {duplicate.row === null ? t('questionBank.import.wholeFile') : t('questionBank.import.duplicateRow', { row: duplicate.row })}{' '}
            <Link to={`/organizer/questions/${duplicate.existingId}`} target="_blank" rel="noopener">
              {t('questionBank.duplicates.link', { id: shortId(duplicate.existingId) })}
              {' '}
              <VisuallyHidden>{t('questionBank.import.newTab')}</VisuallyHidden>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The dry run's findings: what the file holds, what must be fixed, what looks like a duplicate. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <div className="import-report">
      <p className="import-report__summary">
        {t('questionBank.import.summary', { total: report.total, format: t(`questionBank.import.formats.${report.format}`) })}
      </p>
      {report.total > 0 && <Totals report={report} />}
      {report.problems.length > 0 ? <ProblemsTable problems={report.problems} /> : <p className="alert alert--success">{t('questionBank.import.noProblems')}</p>}
      <DuplicatesList duplicates={report.duplicates} />
    </div>
  );
}
