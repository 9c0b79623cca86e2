import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useLiveTranslation } from '../../../i18n/live';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';
import { useCreateLiveSession } from '../api/create-live-session';
import { useLiveRoundContest } from '../api/get-live-round';
import { latestUnfinished, useLiveSessions } from '../api/get-live-sessions';
import { HostConsole } from './host-console';
import './live.css';

/** Before a game is chosen: resume the round's unfinished game, or open a new room. */
function HostStart({ roundId, contestId, onChosen }: { roundId: number; contestId: number | null; onChosen: (sessionId: string) => void }) {
  const { t, lt } = useLiveTranslation();
  const sessions = useLiveSessions(roundId);
  const contest = useLiveRoundContest(contestId);
  const create = useCreateLiveSession();
  const round = contest.data?.rounds.find((r) => r.id === roundId);
  const unfinished = sessions.data ? latestUnfinished(sessions.data) : null;
  const lead = contest.data && round ? `${contest.data.title} — ${round.title}` : undefined;

  const start = async () => {
    try {
      const state = await create.mutateAsync(roundId);
      onChosen(state.id);
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <div className="page live-host" data-testid="phase" data-phase="start">
      {contestId !== null && (
        <p className="breadcrumb">
          <Link to={`/organizer/contests/${contestId}`}>{lt('host.back')}</Link>
        </p>
      )}
      <PageHeader title={lt('host.title')} lead={lead} />
      {sessions.isPending ? (
        <Spinner />
      ) : sessions.isError ? (
        <Alert tone="error" title={lt('host.loadFailed')}>
          <p>{errorMessage(t, sessions.error)}</p>
        </Alert>
      ) : unfinished ? (
        <section className="panel" aria-labelledby="host-resume">
          <h2 id="host-resume">{lt('host.resumeTitle')}</h2>
          <p>
            {unfinished.phase === 'lobby'
              ? lt('host.resumeLobby', { code: unfinished.code, players: unfinished.players })
              : lt('host.resumeText', {
                  code: unfinished.code,
                  phase: lt(`phases.${unfinished.phase}`),
                  number: unfinished.index + 1,
                  total: unfinished.questionCount,
                  players: unfinished.players,
                })}
          </p>
          <div className="actions">
            <Button onClick={() => onChosen(unfinished.id)} autoFocus>
              {lt('host.resume', { code: unfinished.code })}
            </Button>
            <Button variant="secondary" pending={create.isPending} onClick={() => void start()}>
              {lt('host.createAnother')}
            </Button>
          </div>
        </section>
      ) : (
        <section className="panel" aria-labelledby="host-start">
          <h2 id="host-start">{lt('host.startTitle')}</h2>
          <p>{lt('host.startLead')}</p>
          <Button pending={create.isPending} onClick={() => void start()} autoFocus>
            {lt('host.create')}
          </Button>
        </section>
      )}
      {create.isError && <Alert tone="error" title={errorMessage(t, create.error)} />}
    </div>
  );
}

/**
 * /organizer/live/:roundId(?contest=&session=) — the host's console. The
 * game's id goes into the URL as soon as it is chosen, so a reload (or a
 * second laptop) finds the same game in the same state.
 */
export function HostConsolePage() {
  const roundId = Number(useParams().roundId);
  const [params, setParams] = useUrlSearchParams();
  const sessionId = params.get('session');
  const contestParam = Number(params.get('contest'));
  const contestId = Number.isInteger(contestParam) && contestParam > 0 ? contestParam : null;

  const choose = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('session', id);
    setParams(next);
  };
  const newGame = () => {
    const next = new URLSearchParams(params);
    next.delete('session');
    setParams(next);
  };

  if (sessionId) return <HostConsole key={sessionId} sessionId={sessionId} onNewGame={newGame} />;
  return <HostStart roundId={roundId} contestId={contestId} onChosen={choose} />;
}
