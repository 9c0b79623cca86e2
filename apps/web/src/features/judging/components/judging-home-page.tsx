import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { formatInstant } from '../../../lib/format-date';
import { useJudgingContests } from '../api/get-judging-contests';
import './judging.css';

/** /judging — the contests the jury works on: running and finished ones, newest first as the API lists them. */
export function JudgingHomePage() {
  const { t, jt, i18n } = useJudgingTranslation();
  const contests = useJudgingContests();
  const shown = (contests.data ?? []).filter((contest) => contest.status === 'published' || contest.status === 'closed');

  return (
    <div className="page page--wide">
      <PageHeader title={jt('home.title')} lead={jt('home.lead')} />
      {contests.isPending && <Spinner />}
      {contests.isError && <Alert tone="error" title={errorMessage(t, contests.error)} />}
      {contests.data && shown.length === 0 && <p>{jt('home.empty')}</p>}
      {shown.length > 0 && (
        <ul className="judging-list">
          {shown.map((contest) => (
            <li key={contest.id} className="judging-card">
              <h2 className="judging-card__title">
                <Link to={`/judging/contests/${contest.id}`}>{contest.title}</Link>
              </h2>
              <p className="badges">
                <Badge tone={contest.status === 'published' ? 'open' : 'closed'}>{jt(`home.statuses.${contest.status}`)}</Badge>
              </p>
              <p className="judging-card__meta">
                {jt('home.rounds', { count: contest.roundCount })}
                {contest.opensAt && contest.closesAt && (
                  <>
                    <br />
                    {jt('contest.window', { opens: formatInstant(contest.opensAt, i18n.language), closes: formatInstant(contest.closesAt, i18n.language) })}
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
