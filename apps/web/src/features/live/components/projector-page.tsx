import { useNavigate, useParams } from 'react-router';
import type { LivePhase, LiveSessionState } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { useLiveTranslation } from '../../../i18n/live';
import { useServerNow } from '../../../lib/use-server-now';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';
import { effectivePhase } from '../api/live-game';
import { JOIN_CODE_PATTERN, normalizeCode } from '../api/live-storage';
import { useLiveGame } from '../hooks/use-live-game';
import { JoinCodeForm } from './join-code-form';
import { JoinPanel } from './join-panel';
import { LiveCountdown } from './live-countdown';
import { PhaseAnnouncer } from './phase-announcer';
import { PodiumView } from './podium-view';
import { QuestionBoard } from './question-board';
import { ReconnectBanner } from './reconnect-banner';
import { RevealView } from './reveal-view';
import { StandingsTable } from './standings-table';
import './live.css';
import './projector.css';

/** How many standings fit beside the reveal on a 1080-line screen. */
const REVEAL_STANDINGS = 5;

function ProjectorStage({ state, phase }: { state: LiveSessionState; phase: LivePhase }) {
  const { lt } = useLiveTranslation();
  const question = state.question;
  if (phase === 'lobby') {
    return (
      <div className="projector__lobby">
        <JoinPanel code={state.code} players={state.players} title={lt('projector.joinTitle')} />
        <p className="projector__waiting">{lt('projector.waiting')}</p>
      </div>
    );
  }
  if ((phase === 'question' || phase === 'closed') && question) {
    return (
      <section className="projector__question" aria-labelledby="projector-question">
        <div className="projector__question-head">
          <h2 id="projector-question" className="projector__number">
            {lt('common.questionOf', { number: question.index + 1, total: question.total })}
          </h2>
          {phase === 'question' ? (
            <LiveCountdown openedAt={question.openedAt} closesAt={question.closesAt} className="projector__countdown" />
          ) : (
            <p className="projector__timeup">{lt('common.timeUp')}</p>
          )}
        </div>
        <QuestionBoard question={question} className="question-board--projector" />
      </section>
    );
  }
  if (phase === 'reveal' && question && state.reveal) {
    return (
      <div className="projector__reveal">
        <div>
          <p className="projector__number">{lt('common.questionOf', { number: question.index + 1, total: question.total })}</p>
          <RevealView question={question} reveal={state.reveal} />
        </div>
        <section aria-labelledby="projector-standings">
          <h2 id="projector-standings">{lt('standings.title')}</h2>
          <StandingsTable standings={state.reveal.standings.slice(0, REVEAL_STANDINGS)} caption={lt('standings.caption', { number: state.reveal.index + 1 })} />
        </section>
      </div>
    );
  }
  return <PodiumView podium={state.podium ?? []} />;
}

/** One game on the hall's screen, followed as an audience (never as a player, whoever is signed in on this laptop). */
function ProjectorScreen({ code }: { code: string }) {
  const { lt } = useLiveTranslation();
  const navigate = useNavigate();
  const game = useLiveGame(code, { anonymous: true });
  const now = useServerNow({ sync: true });
  const { state, error, status } = game;
  const phase = state ? effectivePhase(state, now) : null;

  return (
    <main className="projector" data-testid="phase" data-phase={phase ?? (error === 'LIVE_SESSION_NOT_FOUND' ? 'not-found' : 'connecting')}>
      <header className="projector__bar">
        <PageHeader title={state?.title ?? lt('projector.title')} />
        {state && phase !== 'lobby' && (
          <p className="projector__meta">
            <span>
              {lt('common.joinCode')}: <strong>{state.code}</strong>
            </span>
            <span>
              {state.players} {lt('common.players')}
            </span>
          </p>
        )}
      </header>
      <ReconnectBanner status={status} />
      <PhaseAnnouncer state={state} phase={phase} />
      {state && phase ? (
        <ProjectorStage state={state} phase={phase} />
      ) : error === 'LIVE_SESSION_NOT_FOUND' ? (
        <div className="projector__form">
          <Alert tone="error" title={lt('common.notFound', { code })} />
          <JoinCodeForm onJoin={(next) => (next === code ? game.rejoin() : void navigate(`/live/${next}`))} submitLabel={lt('projector.show')} />
        </div>
      ) : (
        <Spinner label={lt('common.connecting')} />
      )}
    </main>
  );
}

/** /live/:code and /projector?code= — public, no login: the game on the hall's projector, 1920×1080 first, a phone too. */
export function ProjectorPage() {
  const { lt } = useLiveTranslation();
  const navigate = useNavigate();
  const { code: pathCode } = useParams();
  const [params] = useUrlSearchParams();
  const code = normalizeCode(pathCode ?? params.get('code') ?? '');
  if (JOIN_CODE_PATTERN.test(code)) return <ProjectorScreen key={code} code={code} />;
  return (
    <main className="projector" data-testid="phase" data-phase="join">
      <header className="projector__bar">
        <PageHeader title={lt('projector.title')} lead={lt('projector.enterCode')} />
      </header>
      <div className="projector__form">
        <JoinCodeForm onJoin={(next) => void navigate(`/live/${next}`)} submitLabel={lt('projector.show')} />
      </div>
    </main>
  );
}
