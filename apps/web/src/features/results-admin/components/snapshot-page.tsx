import { Link } from 'react-router';
import type { Contest, ResultSnapshot } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { NoticeAnchor, useNoticeFocus } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { formatInstant } from '../../../lib/format-date';
import { useFlashNotice } from '../../../lib/use-flash-notice';
import { useSnapshot } from '../api/get-snapshot';
import { useSnapshotContest } from '../api/get-snapshot-contest';
import { useResultPermissions } from '../hooks/use-result-permissions';
import { DownloadButton } from './download-button';
import { SnapshotChanges } from './snapshot-changes';
import { SnapshotCollective } from './snapshot-collective';
import { SnapshotDecision } from './snapshot-decision';
import { SnapshotRanking } from './snapshot-ranking';
import { SnapshotStatusBadge } from './snapshot-status-badge';
import { resultsHref, snapshotActions, type ResultsArea } from './snapshot-view';
import './results-admin.css';

function SnapshotFacts({ snapshot, contest }: { snapshot: ResultSnapshot; contest: Contest | undefined }) {
  const { jt, i18n } = useJudgingTranslation();
  const round = snapshot.roundId === null ? null : contest?.rounds.find((r) => r.id === snapshot.roundId);
  const rows = [
    {
      label: jt('snapshot.scope'),
      value: snapshot.roundId === null ? jt('snapshot.scopeContest') : jt('snapshot.scopeRound', { title: round?.title ?? `#${snapshot.roundId}` }),
    },
    { label: jt('snapshot.status'), value: <SnapshotStatusBadge status={snapshot.status} /> },
    { label: jt('snapshot.createdAt'), value: formatInstant(snapshot.createdAt, i18n.language) },
    ...(snapshot.publishedAt ? [{ label: jt('snapshot.publishedAt'), value: formatInstant(snapshot.publishedAt, i18n.language) }] : []),
    { label: jt('snapshot.hash'), value: <span className="hash" data-testid="snapshot-hash">{snapshot.hash}</span> },
    {
      label: jt('snapshot.approvals'),
      value: (
        <>
          {jt('snapshot.approvalsCount', { count: snapshot.approvals.length, required: snapshot.approvalsRequired })}
          {snapshot.approvals.length === 0 ? (
            <>
              <br />
              <span className="muted">{jt('snapshot.noApprovals')}</span>
            </>
          ) : (
            <ul className="approval-list">
              {snapshot.approvals.map((approval) => (
                <li key={approval.judge.id}>{jt('snapshot.approvedBy', { name: approval.judge.fullName, time: formatInstant(approval.at, i18n.language) })}</li>
              ))}
            </ul>
          )}
        </>
      ),
    },
  ];
  return (
    <dl className="snapshot-facts">
      {rows.map((row) => (
        <div className="snapshot-facts__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * /judging/contests/:id/results/:snapshotId (and under /organizer) — one
 * frozen ranking: its hash, approvals and changes, the ranking and prizes;
 * approve (jury) or publish (committee); the workbooks and certificates.
 */
export function SnapshotPage({ contestId, snapshotId, area }: { contestId: number; snapshotId: string; area: ResultsArea }) {
  const { t, jt } = useJudgingTranslation();
  const permissions = useResultPermissions();
  const snapshot = useSnapshot(snapshotId);
  const contest = useSnapshotContest(contestId);
  const [notice, setNotice] = useFlashNotice();
  const { anchor: noticeRef, show: showNotice } = useNoticeFocus(setNotice);
  const s = snapshot.data;
  const actions = s ? snapshotActions(s, permissions) : null;

  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={resultsHref(area, contestId)}>{jt('snapshot.back')}</Link>
      </p>
      <PageHeader title={s?.title ?? jt('results.list.title')} lead={contest.data?.title} />
      <NoticeAnchor anchor={noticeRef} notice={notice} />
      {snapshot.isPending && <Spinner />}
      {snapshot.isError && <Alert tone="error" title={errorMessage(t, snapshot.error)} />}
      {s && actions && (
        <div data-testid="snapshot-detail">
          <section aria-labelledby="facts-title">
            <h2 id="facts-title" className="visually-hidden">
              {jt('snapshot.facts')}
            </h2>
            <SnapshotFacts snapshot={s} contest={contest.data} />
          </section>
          <SnapshotDecision snapshot={s} onNotice={showNotice} />
          <section aria-labelledby="snapshot-exports-title">
            <h2 id="snapshot-exports-title">{jt('results.exports.title')}</h2>
            <div className="actions">
              <DownloadButton file={{ kind: 'results', snapshotId: s.id }} label={jt('results.exports.results')} onNotice={showNotice} />
              <DownloadButton file={{ kind: 'winners', snapshotId: s.id }} label={jt('results.exports.winners')} onNotice={showNotice} />
              {actions.canDownloadCertificates && (
                <DownloadButton file={{ kind: 'certificates', snapshotId: s.id }} label={jt('results.exports.certificates')} onNotice={showNotice} />
              )}
            </div>
            {permissions.isManager && !actions.canDownloadCertificates && <p className="muted">{jt('results.exports.certificatesHint')}</p>}
          </section>
          <SnapshotChanges diff={s.diff} />
          <SnapshotRanking blocks={s.blocks} />
          {s.collective && <SnapshotCollective units={s.collective} />}
        </div>
      )}
    </div>
  );
}
