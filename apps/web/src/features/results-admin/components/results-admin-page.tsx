import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Contest } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { SelectField } from '../../../components/ui/select-field';
import { Spinner } from '../../../components/ui/spinner';
import { NoticeAnchor, useNoticeFocus, type Notice } from '../../../components/ui/status-message';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { errorMessage } from '../../../i18n/error-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { formatInstant } from '../../../lib/format-date';
import { useFlashNotice } from '../../../lib/use-flash-notice';
import { useCreateSnapshot } from '../api/create-snapshot';
import { useSnapshotContest } from '../api/get-snapshot-contest';
import { useSnapshots } from '../api/get-snapshots';
import { useResultPermissions } from '../hooks/use-result-permissions';
import { DownloadButton } from './download-button';
import { SnapshotStatusBadge } from './snapshot-status-badge';
import { contestHref, resultsHref, shortHash, type ResultsArea } from './snapshot-view';
import './results-admin.css';

/** Freeze the whole contest (value "") or one ranked round. */
function CreateSnapshotForm({ contest, area }: { contest: Contest; area: ResultsArea }) {
  const { t, jt } = useJudgingTranslation();
  const navigate = useNavigate();
  const create = useCreateSnapshot();
  const rounds = contest.rounds.filter((round) => !round.practice);
  const firstClosed = rounds.find((round) => round.phase === 'closed');
  const [scope, setScope] = useState(firstClosed ? String(firstClosed.id) : '');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const snapshot = await create.mutateAsync({ contestId: contest.id, ...(scope !== '' && { roundId: Number(scope) }) });
      const notice: Notice = { tone: 'success', text: jt('results.create.created', { title: snapshot.title }) };
      void navigate(resultsHref(area, contest.id, snapshot.id), { state: { notice } });
    } catch (caught) {
      setError(errorMessage(t, caught));
    }
  };

  return (
    <section aria-labelledby="create-snapshot-title">
      <h2 id="create-snapshot-title">{jt('results.create.title')}</h2>
      <p className="muted" id="create-snapshot-hint">
        {jt('results.create.hint')}
      </p>
      {error && <Alert tone="error" title={error} />}
      <form className="create-snapshot" noValidate onSubmit={(event) => void submit(event)} aria-describedby="create-snapshot-hint">
        <SelectField
          id="snapshot-scope"
          label={jt('results.create.scope')}
          value={scope}
          options={[
            ...rounds.map((round) => ({
              value: String(round.id),
              label: jt(round.phase === 'closed' ? 'results.create.round' : 'results.create.roundOpen', { title: round.title }),
            })),
            { value: '', label: jt('results.create.wholeContest') },
          ]}
          onChange={(event) => setScope(event.target.value)}
        />
        <div className="actions">
          <Button type="submit" pending={create.isPending}>
            {jt('results.create.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/**
 * /judging/contests/:id/results and /organizer/contests/:id/results — a
 * contest's result snapshots, newest first: freeze a new one, open one to
 * approve or publish it, download participation.
 */
export function ResultsAdminPage({ contestId, area }: { contestId: number; area: ResultsArea }) {
  const { t, jt, i18n } = useJudgingTranslation();
  const permissions = useResultPermissions();
  const contest = useSnapshotContest(contestId);
  const snapshots = useSnapshots(contestId);
  const [notice, setNotice] = useFlashNotice();
  const { anchor: noticeRef, show: showNotice } = useNoticeFocus(setNotice);
  const c = contest.data;

  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link to={contestHref(area, contestId)}>{jt('results.back')}</Link>
      </p>
      <PageHeader title={jt('results.title', { contest: c?.title ?? '…' })} lead={jt('results.lead')} />
      <NoticeAnchor anchor={noticeRef} notice={notice} />
      {contest.isPending && <Spinner />}
      {contest.isError && <Alert tone="error" title={errorMessage(t, contest.error)} />}
      {c && permissions.canCreate && <CreateSnapshotForm contest={c} area={area} />}

      <section aria-labelledby="snapshots-title">
        <h2 id="snapshots-title">{jt('results.list.title')}</h2>
        {snapshots.isPending && <Spinner />}
        {snapshots.isError && <Alert tone="error" title={errorMessage(t, snapshots.error)} />}
        {snapshots.data && (
          <p className="result-count">{snapshots.data.length === 0 ? jt('results.list.empty') : jt('results.list.count', { count: snapshots.data.length })}</p>
        )}
        {snapshots.data && snapshots.data.length > 0 && (
          <ul className="snapshot-list" data-testid="snapshot-list">
            {snapshots.data.map((snapshot) => {
              const time = formatInstant(snapshot.createdAt, i18n.language);
              return (
                <li key={snapshot.id} className="snapshot-card">
                  <h3 className="snapshot-card__title">
                    <Link to={resultsHref(area, contestId, snapshot.id)}>
                      {snapshot.title} <VisuallyHidden>— {time}</VisuallyHidden>
                    </Link>
                  </h3>
                  <p className="badges">
                    <SnapshotStatusBadge status={snapshot.status} />
                  </p>
                  <p className="snapshot-card__meta">
                    {jt('results.list.createdAt', { time })}
                    <br />
                    {jt('results.list.approvals', { count: snapshot.approvals.length, required: snapshot.approvalsRequired })}
                    <br />
                    {jt('results.list.hash')}: <span className="hash">{shortHash(snapshot.hash)}</span>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="contest-exports-title">
        <h2 id="contest-exports-title">{jt('results.exports.title')}</h2>
        <div className="actions">
          <DownloadButton file={{ kind: 'participation', contestId }} label={jt('results.exports.participation')} onNotice={showNotice} />
        </div>
      </section>
    </div>
  );
}
