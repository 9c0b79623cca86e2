import { Link } from 'react-router';
import { CATEGORIES, type ContestSummary } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { StatusMessage } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { formatDay } from '../../../lib/format-date';
import { useFlashNotice } from '../../../lib/use-flash-notice';
import { vietnamDay } from '../../../lib/vietnam-time';
import { useContests } from '../api/get-contests';
import { useCanManageContests } from '../hooks/use-contest-permissions';
import { ContestStatusBadge } from './contest-badges';
import './contest-admin.css';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

function ContestCard({ contest }: { contest: ContestSummary }) {
  const { t, ct, i18n } = useContestAdminTranslation();
  const day = (iso: string) => formatDay(vietnamDay(Date.parse(iso)), i18n.language);
  return (
    <li className="contest-card">
      <h2 className="contest-card__title">
        <Link to={`/organizer/contests/${contest.id}`}>{contest.title}</Link>
      </h2>
      <p className="badges">
        <ContestStatusBadge status={contest.status} />
        <span className="contest-badge contest-badge--neutral">{ct('list.rounds', { count: contest.roundCount })}</span>
      </p>
      <dl className="facts facts--compact">
        <div className="facts__row">
          <dt>{ct('list.when')}</dt>
          <dd>{contest.opensAt && contest.closesAt ? ct('list.window', { from: day(contest.opensAt), to: day(contest.closesAt) }) : ct('list.noRounds')}</dd>
        </div>
        <div className="facts__row">
          <dt>{ct('list.who')}</dt>
          <dd>
            {CATEGORIES.filter((category) => contest.categories.includes(category))
              .map((category) => t(`categories.${category}`))
              .join('; ') || '—'}
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** /organizer/contests — every contest, drafts and archived ones included. */
export function ContestListPage() {
  const { t, ct } = useContestAdminTranslation();
  const canManage = useCanManageContests();
  const contests = useContests();
  const [notice] = useFlashNotice();

  return (
    <div className="page page--wide">
      <PageHeader title={ct('list.title')} lead={canManage ? ct('list.lead') : ct('list.leadJudge')} />
      <StatusMessage notice={notice} />
      {canManage && (
        <p>
          <ButtonLink to="/organizer/contests/new">{ct('list.create')}</ButtonLink>
        </p>
      )}
      {contests.isPending && <Spinner />}
      {contests.isError && <Alert tone="error" title={errorMessage(t, contests.error)} />}
      {contests.data &&
        (contests.data.length === 0 ? (
          <p>{canManage ? ct('list.emptyCreate') : ct('list.empty')}</p>
        ) : (
          <>
            <p className="result-count">{ct('list.total', { total: contests.data.length })}</p>
            <ul className="contest-list">
              {contests.data.map((contest) => (
                <ContestCard key={contest.id} contest={contest} />
              ))}
            </ul>
          </>
        ))}
    </div>
  );
}
