import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { LivePhase, LiveSessionState } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { StatusMessage, type Notice } from '../../../components/ui/status-message';
import { errorMessage } from '../../../i18n/error-message';
import { useLiveTranslation } from '../../../i18n/live';
import { useServerNow } from '../../../lib/use-server-now';
import { effectivePhase, newestState } from '../api/live-game';
import { useLiveSession } from '../api/get-live-session';
import { useRunLiveCommand } from '../api/run-live-command';
import { useHostShortcuts } from '../hooks/use-host-shortcuts';
import { useLiveGame } from '../hooks/use-live-game';
import { hostSteps, type HostStep } from './host-actions';
import { JoinPanel } from './join-panel';
import { LiveCountdown } from './live-countdown';
import { PhaseAnnouncer } from './phase-announcer';
import { PodiumView } from './podium-view';
import { QuestionBoard } from './question-board';
import { ReconnectBanner } from './reconnect-banner';
import { RevealView } from './reveal-view';
import { StandingsTable } from './standings-table';

/** What the host sees of the game below the controls: the question, the reveal with standings, or the podium. */
function HostStage({ state, phase, onNewGame }: { state: LiveSessionState; phase: LivePhase; onNewGame: () => void }) {
  const { lt } = useLiveTranslation();
  if ((phase === 'question' || phase === 'closed') && state.question) {
    return (
      <section className="live-host__stage" aria-labelledby="host-question">
        <h2 id="host-question">{lt('common.questionOf', { number: state.question.index + 1, total: state.question.total })}</h2>
        <QuestionBoard question={state.question} />
      </section>
    );
  }
  if (phase === 'reveal' && state.question && state.reveal) {
    return (
      <div className="live-host__stage live-host__reveal">
        <RevealView question={state.question} reveal={state.reveal} />
        <section aria-labelledby="host-standings">
          <h2 id="host-standings">{lt('standings.title')}</h2>
          <StandingsTable standings={state.reveal.standings} caption={lt('standings.caption', { number: state.reveal.index + 1 })} />
        </section>
      </div>
    );
  }
  if (phase === 'podium' || phase === 'ended') {
    return (
      <div className="live-host__stage">
        <PodiumView podium={state.podium ?? []} />
        <p>{lt('host.finished')}</p>
        <div className="actions">
          <Link className="button button--secondary" to={`/rounds/${state.roundId}/leaderboard?contest=${state.contestId}`}>
            {lt('host.leaderboard')}
          </Link>
          <Button variant="secondary" onClick={onNewGame}>
            {lt('host.newGame')}
          </Button>
        </div>
      </div>
    );
  }
  return null;
}

const PHASE_HINTS = { lobby: 'host.lobbyHint', question: 'host.questionHint', closed: 'host.closedHint' } as const;

/**
 * The console of one game. Its state comes from the REST answers of the
 * host's own steps and from the socket (player count, a question closing by
 * itself), whichever is newer by the server's clock. One primary button per
 * phase keeps the focus, so Space/Enter or the clicker moves the game on.
 */
export function HostConsole({ sessionId, onNewGame }: { sessionId: string; onNewGame: () => void }) {
  const { t, lt } = useLiveTranslation();
  const query = useLiveSession(sessionId);
  const game = useLiveGame(query.data?.code ?? null, { anonymous: true });
  const state = newestState(query.data, game.state);
  const now = useServerNow({ sync: true });
  const phase = state ? effectivePhase(state, now) : null;
  const command = useRunLiveCommand(sessionId);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirming, setConfirming] = useState<HostStep | null>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const hintId = useId();
  const steps = state && phase ? hostSteps(state, phase) : { primary: null, secondary: null };

  const execute = async (step: HostStep) => {
    setConfirming(null);
    try {
      await command.mutateAsync(step.command);
      // The phase change itself is the news (and the live region says it).
      setNotice(null);
    } catch (error) {
      setNotice({ tone: 'error', text: errorMessage(t, error) });
    }
  };
  const run = (step: HostStep) => {
    if (command.isPending) return;
    if (step.confirm) setConfirming(step);
    else void execute(step);
  };

  // The primary button has the focus at every step (after the layout's own focus move on arrival).
  const focusKey = `${phase}:${state?.index}`;
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      if (!document.querySelector('dialog[open]')) primaryRef.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focusKey]);

  useHostShortcuts(steps.primary && !command.isPending && !confirming ? () => steps.primary && run(steps.primary) : null);

  if (!state || !phase) {
    return (
      <div className="page live-host" data-testid="phase" data-phase="loading">
        <PageHeader title={lt('host.title')} />
        {query.isError ? (
          <Alert tone="error" title={lt('host.loadFailed')}>
            <p>{errorMessage(t, query.error)}</p>
            <p>
              <Button variant="secondary" onClick={onNewGame}>
                {lt('host.newGame')}
              </Button>
            </p>
          </Alert>
        ) : (
          <Spinner />
        )}
      </div>
    );
  }

  const question = state.question;
  const left = state.questionCount - (state.index + 1);
  const hint = phase in PHASE_HINTS ? lt(PHASE_HINTS[phase as keyof typeof PHASE_HINTS]) : null;

  return (
    <div className="page live-host" data-testid="phase" data-phase={phase}>
      <p className="breadcrumb">
        <Link to={`/organizer/contests/${state.contestId}`}>{lt('host.back')}</Link>
      </p>
      <PageHeader title={lt('host.title')} lead={state.title} />
      <ReconnectBanner status={game.status} />
      <PhaseAnnouncer state={state} phase={phase} />
      <StatusMessage notice={notice} />

      <div className="live-host__grid">
        <section className="live-host__controls" aria-labelledby="host-step">
          <h2 id="host-step" className="live-host__phase">
            {lt('common.phase')}: <span data-testid="phase-label">{lt(`phases.${phase}`)}</span>
          </h2>
          {question && phase !== 'lobby' && phase !== 'podium' && (
            <p className="live-host__progress">
              {lt('common.questionOf', { number: question.index + 1, total: question.total })}
              {phase === 'reveal' && left <= 0 && <> — {lt('host.lastQuestion')}</>}
            </p>
          )}
          {phase === 'question' && question && <LiveCountdown openedAt={question.openedAt} closesAt={question.closesAt} className="live-host__countdown" />}
          {hint && <p>{hint}</p>}
          {steps.primary && (
            <>
              <button
                ref={primaryRef}
                type="button"
                className="button button--primary live-host__primary"
                data-testid="host-primary"
                aria-describedby={hintId}
                aria-busy={command.isPending || undefined}
                aria-disabled={command.isPending || undefined}
                onClick={() => steps.primary && run(steps.primary)}
              >
                {lt(steps.primary.label, steps.primary.values)}
              </button>
              <p id={hintId} className="live-host__shortcut">
                <span aria-hidden="true">⌨ </span>
                {lt('host.shortcut')}
              </p>
            </>
          )}
          {steps.secondary && (
            <p>
              <Button variant="secondary" onClick={() => steps.secondary && run(steps.secondary)} disabled={command.isPending}>
                {lt(steps.secondary.label, steps.secondary.values)}
              </Button>
            </p>
          )}
          <p className="muted">{lt(state.speedScoring ? 'host.speedScoring' : 'host.flatScoring', { seconds: state.questionSeconds })}</p>
        </section>

        <div className="live-host__side">
          <JoinPanel code={state.code} players={state.players} showLink />
          <p>
            <a href={`/live/${state.code}`} target="_blank" rel="noreferrer">
              {lt('host.projector')}
            </a>
          </p>
        </div>
      </div>

      <HostStage state={state} phase={phase} onNewGame={onNewGame} />

      <ConfirmDialog
        open={confirming !== null}
        title={lt('host.finishEarlyTitle')}
        confirmLabel={lt('host.finish')}
        danger
        pending={command.isPending}
        onConfirm={() => confirming && void execute(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <p>{lt('host.finishEarlyText', { count: left })}</p>
      </ConfirmDialog>
    </div>
  );
}
