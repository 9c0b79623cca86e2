import { useEffect } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { useLiveTranslation } from '../../../i18n/live';
import { useServerNow } from '../../../lib/use-server-now';
import { effectivePhase } from '../api/live-game';
import { storeGame, storedGame } from '../api/live-storage';
import { useLiveGame } from '../hooks/use-live-game';
import { usePhaseFocus } from '../hooks/use-phase-focus';
import { usePlayerAnswer } from '../hooks/use-player-answer';
import { usePlayerView } from '../hooks/use-player-view';
import { JoinCodeForm } from './join-code-form';
import { PhaseAnnouncer } from './phase-announcer';
import { PlayerQuestion } from './player-question';
import { PlayerPodium, PlayerReveal } from './player-results';
import { ReconnectBanner } from './reconnect-banner';

/** One signed-in player in one game: joins, follows the host's pace, answers, sees results. */
export function PlayerGame({ code, onJoin, onLeave }: { code: string; onJoin: (code: string) => void; onLeave: () => void }) {
  const { lt } = useLiveTranslation();
  const game = useLiveGame(code);
  // The countdown runs on the server's clock; /health measures it if the join has not yet.
  const now = useServerNow({ sync: true });
  const { state, joinedAs, error, status, connection } = game;
  const phase = state ? effectivePhase(state, now) : null;
  const view = usePlayerView(connection, state, joinedAs, status);
  const controls = usePlayerAnswer({
    connection,
    state,
    me: view.me,
    meVersion: view.version,
    meRequested: view.requested,
    refreshMe: view.refresh,
    rejoin: game.rejoin,
  });
  const headingRef = usePhaseFocus<HTMLHeadingElement>(`${phase ?? 'none'}:${state?.index ?? -1}`);

  // Kept for a reload after the end: the server forgets an ended game's code.
  useEffect(() => {
    if (state) storeGame({ code, state, me: view.me });
  }, [code, state, view.me]);

  const saved = !state && error === 'LIVE_SESSION_NOT_FOUND' ? storedGame(code) : null;
  const shownPhase = phase ?? (saved ? 'podium' : error === 'LIVE_SESSION_NOT_FOUND' ? 'not-found' : 'connecting');

  let content;
  if (saved) {
    content = <PlayerPodium podium={saved.state.podium ?? []} me={saved.me} headingRef={headingRef} note={lt('player.endedSaved')} />;
  } else if (!state || !phase) {
    content =
      error === 'LIVE_SESSION_NOT_FOUND' ? (
        <>
          <Alert tone="error" title={lt('common.notFound', { code })} />
          <h2>{lt('join.otherCode')}</h2>
          <JoinCodeForm onJoin={(next) => (next === code ? game.rejoin() : onJoin(next))} />
        </>
      ) : (
        <>
          <Spinner label={lt('common.connecting')} />
          {error && <p className="muted">{lt('common.joinFailed')}</p>}
        </>
      );
  } else if (joinedAs === 'audience' && phase !== 'podium' && phase !== 'ended') {
    content = (
      <Alert tone="info" title={lt('player.audience')}>
        <p>
          <Link to={`/live/${state.code}`}>{lt('player.watchScreen')}</Link>
        </p>
      </Alert>
    );
  } else if (phase === 'lobby') {
    content = (
      <section className="live-lobby" aria-labelledby="live-lobby-title">
        <h2 id="live-lobby-title" ref={headingRef} tabIndex={-1} className="live-lobby__title">
          {lt('player.lobbyWait')}
        </h2>
        <p>{lt('player.lobbyHint')}</p>
        <p className="live-lobby__players">
          <span data-testid="player-count">{state.players}</span> {lt('common.players')}
        </p>
      </section>
    );
  } else if ((phase === 'question' || phase === 'closed') && state.question) {
    content = <PlayerQuestion question={state.question} phase={phase} controls={controls} headingRef={headingRef} />;
  } else if (phase === 'reveal' && state.question && state.reveal) {
    content = <PlayerReveal question={state.question} reveal={state.reveal} me={view.me} headingRef={headingRef} />;
  } else {
    content = <PlayerPodium podium={state.podium ?? []} me={view.me} headingRef={headingRef} />;
  }

  return (
    <div className="page page--narrow live-player" data-testid="phase" data-phase={shownPhase}>
      {/* While a question is up the phone's screen is for the answers: the game's long title waits. */}
      <PageHeader title={lt('join.title')} lead={phase === 'question' || phase === 'closed' || phase === 'reveal' ? undefined : (state?.title ?? lt('player.room', { code }))} />
      <ReconnectBanner status={status} />
      <PhaseAnnouncer state={state} phase={phase} />
      {state && <p className="live-player__room">{lt('player.room', { code: state.code })}</p>}
      {content}
      <p className="live-player__leave">
        <button type="button" className="button button--quiet" onClick={onLeave}>
          {lt('join.otherCode')}
        </button>
      </p>
    </div>
  );
}
