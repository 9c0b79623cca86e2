import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { ButtonLink } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { useLiveTranslation } from '../../../i18n/live';
import { useSession } from '../../../lib/session';
import { useUrlSearchParams } from '../../../lib/use-url-search-params';
import { JOIN_CODE_PATTERN, normalizeCode, storeCode, storedCode } from '../api/live-storage';
import { JoinCodeForm } from './join-code-form';
import { PlayerGame } from './player-game';
import './live.css';

/**
 * /play and /play?code=K7QX2M — a phone in the hall. Signed-in entrants play;
 * anyone else is asked to sign in (and comes back here) or may watch the
 * projector's view. The code stays in the URL and in the tab's storage, so a
 * reload joins the same game again.
 */
export function PlayerPage() {
  const { lt } = useLiveTranslation();
  const session = useSession();
  const location = useLocation();
  const [params, setParams] = useUrlSearchParams();
  const typed = normalizeCode(params.get('code') ?? '');
  const code = JOIN_CODE_PATTERN.test(typed) ? typed : null;
  const hasCodeParam = params.has('code');

  // /play after a reload that lost the query (a home-screen shortcut, say): the tab remembers the game.
  useEffect(() => {
    if (hasCodeParam) return;
    const remembered = storedCode();
    if (remembered) setParams(new URLSearchParams({ code: remembered }), { replace: true });
  }, [hasCodeParam, setParams]);

  useEffect(() => {
    if (code) storeCode(code);
  }, [code]);

  const join = (next: string) => setParams(new URLSearchParams({ code: next }));
  const leave = () => {
    storeCode(null);
    setParams(new URLSearchParams(), { replace: false });
  };

  if (!code) {
    return (
      <div className="page page--narrow live-player" data-testid="phase" data-phase="join">
        <PageHeader title={lt('join.title')} lead={lt('join.lead')} />
        <JoinCodeForm key={typed} initialCode={typed} onJoin={join} />
      </div>
    );
  }

  if (session.status === 'restoring') return <Spinner />;

  if (session.status === 'anonymous') {
    return (
      <div className="page page--narrow live-player" data-testid="phase" data-phase="sign-in">
        <PageHeader title={lt('join.title')} lead={lt('player.room', { code })} />
        <section className="panel" aria-labelledby="live-sign-in">
          <h2 id="live-sign-in">{lt('player.signInTitle')}</h2>
          <p>{lt('player.signInText')}</p>
          <div className="actions">
            <ButtonLink to="/login" state={{ from: location }}>
              {lt('player.signIn')}
            </ButtonLink>
            <ButtonLink to="/register" variant="secondary" state={{ from: location }}>
              {lt('player.register')}
            </ButtonLink>
          </div>
        </section>
        <p>
          <Link to={`/live/${code}`}>{lt('player.watch')}</Link>
        </p>
        <p>
          <button type="button" className="button button--quiet" onClick={leave}>
            {lt('join.otherCode')}
          </button>
        </p>
      </div>
    );
  }

  return <PlayerGame key={code} code={code} onJoin={join} onLeave={leave} />;
}
