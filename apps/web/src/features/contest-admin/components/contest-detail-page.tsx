import { useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { CATEGORIES, type Contest, type FieldError } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { NoticeAnchor, useNoticeFocus } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { formatInstant } from '../../../lib/format-date';
import { useSession } from '../../../lib/session';
import { useFlashNotice } from '../../../lib/use-flash-notice';
import { useContest } from '../api/get-contest';
import { useCanManageContests } from '../hooks/use-contest-permissions';
import { ContestStatusBadge } from './contest-badges';
import { ContestStatusActions } from './contest-status-actions';
import { PublishProblemsPanel } from './publish-problems-panel';
import { RoundList } from './round-list';
import './contest-admin.css';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

function ContestFacts({ contest }: { contest: Contest }) {
  const { t, ct, i18n } = useContestAdminTranslation();
  const opens = contest.rounds.map((round) => round.opensAt).sort()[0];
  const closes = contest.rounds
    .map((round) => round.closesAt)
    .sort()
    .at(-1);
  const none = <span className="muted">{ct('detail.noPrizes')}</span>;
  const rows: { label: string; value: ReactNode }[] = [
    ...(contest.publishedAt ? [{ label: ct('detail.publishedAt'), value: formatInstant(contest.publishedAt, i18n.language) }] : []),
    {
      label: ct('detail.window'),
      value: opens && closes ? `${formatInstant(opens, i18n.language)} – ${formatInstant(closes, i18n.language)}` : ct('list.noRounds'),
    },
    {
      label: ct('detail.categories'),
      value:
        contest.categories.length > 0
          ? CATEGORIES.filter((c) => contest.categories.includes(c))
              .map((c) => t(`categories.${c}`))
              .join('; ')
          : none,
    },
    { label: ct('detail.chain'), value: contest.tieBreaks.map((link) => ct(`tieBreaks.${link}`)).join(' → ') || none },
    {
      label: ct('detail.prizes'),
      value: contest.prizeTiers.length > 0 ? contest.prizeTiers.map((tier) => `${ct(`prizeKinds.${tier.kind}`)}: ${tier.count}`).join('; ') : none,
    },
    { label: ct('detail.shortenNames'), value: contest.shortenNames ? ct('detail.shortenYes') : ct('detail.shortenNo') },
    { label: ct('detail.approvalsRequired'), value: ct('detail.approvalsRequiredValue', { count: contest.approvalsRequired ?? 1 }) },
    { label: ct('detail.onePrizePerPerson'), value: contest.onePrizePerPerson ? ct('detail.onePrizeYes') : ct('detail.onePrizeNo') },
    {
      label: ct('detail.collective'),
      value:
        (contest.collectivePrizeCount ?? 3) > 0
          ? ct('detail.collectiveValue', {
              count: contest.collectivePrizeCount ?? 3,
              rate: new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 2 }).format(contest.collectiveMinRate ?? 0),
            })
          : ct('detail.collectiveNone'),
    },
  ];
  return (
    <dl className="facts">
      {rows.map((row) => (
        <div className="facts__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** /organizer/contests/:id — the committee's view of one contest: status, publishing, rounds, configuration. */
export function ContestDetailPage() {
  const { t, ct } = useContestAdminTranslation();
  const id = Number(useParams().id);
  const canManage = useCanManageContests();
  const isJudge = useSession().user?.role === 'judge';
  const contest = useContest(id);
  const [notice, setNotice] = useFlashNotice();
  // The server's reasons hold for the contest as it was refused; once it changes (a round fixed or deleted), the live check takes over.
  const [refusal, setRefusal] = useState<{ details: FieldError[]; at: number } | null>(null);
  const refused = refusal && refusal.at === contest.dataUpdatedAt ? refusal.details : null;
  const { anchor: noticeRef, show: showNotice } = useNoticeFocus(setNotice);
  const panelHeadingRef = useRef<HTMLHeadingElement>(null);

  const showRefused = (details: FieldError[] | null) => {
    setRefusal(details ? { details, at: contest.dataUpdatedAt } : null);
    if (!details) return;
    setNotice({ tone: 'error', text: ct('actions.refused') });
    requestAnimationFrame(() => panelHeadingRef.current?.focus());
  };

  const c = contest.data;
  const canAddRound = canManage && c !== undefined && (c.status === 'draft' || c.status === 'published');
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to="/organizer/contests">{ct('detail.back')}</Link>
      </p>
      <PageHeader title={c?.title ?? ct('list.title')} />
      <NoticeAnchor anchor={noticeRef} notice={notice} />
      {contest.isPending && <Spinner />}
      {contest.isError && <Alert tone="error" title={errorMessage(t, contest.error)} />}
      {c && (
        <>
          <p className="badges">
            <ContestStatusBadge status={c.status} />
          </p>
          {canManage && <ContestStatusActions contest={c} onNotice={showNotice} onRefused={showRefused} />}
          {canManage && <PublishProblemsPanel contest={c} refused={refused} headingRef={panelHeadingRef} />}

          <section aria-labelledby="rounds-title">
            <h2 id="rounds-title">{ct('rounds.title')}</h2>
            {canAddRound && (
              <p>
                <ButtonLink to={`/organizer/contests/${c.id}/rounds/new`} variant="secondary">
                  {ct('rounds.add')}
                </ButtonLink>
              </p>
            )}
            {canManage && c.status === 'closed' && <p className="muted">{ct('rounds.closedNoAdd')}</p>}
            <RoundList contest={c} canManage={canManage} isJudge={isJudge} onNotice={showNotice} />
          </section>

          {c.status !== 'draft' && (
            <section aria-labelledby="results-title">
              <h2 id="results-title">{ct('detail.results')}</h2>
              <p>{ct('detail.resultsLead')}</p>
              <p>
                <ButtonLink to={`/organizer/contests/${c.id}/results`} variant="secondary">
                  {ct('detail.resultsLink')}
                </ButtonLink>
              </p>
            </section>
          )}

          <section aria-labelledby="summary-title">
            <h2 id="summary-title">{ct('detail.summary')}</h2>
            {canManage && c.status !== 'archived' && (
              <p>
                <ButtonLink to={`/organizer/contests/${c.id}/edit`} variant="secondary">
                  {ct('detail.edit')}
                </ButtonLink>
              </p>
            )}
            <ContestFacts contest={c} />
            <p>
              <Link to={`/contests/${c.id}`}>{ct('detail.publicPage')}</Link>
              {c.status === 'draft' && <span className="muted"> — {ct('detail.publicDraftNote')}</span>}
            </p>
            {c.description && (
              <>
                <h3>{ct('detail.description')}</h3>
                <p className="preserve-lines">{c.description}</p>
              </>
            )}
            <h3>{ct('detail.rules')}</h3>
            {c.rules ? <p className="preserve-lines rules-text">{c.rules}</p> : <p className="muted">{ct('detail.noRules')}</p>}
          </section>
        </>
      )}
    </div>
  );
}
