import { useId } from 'react';
import { QrCode } from '../../../components/ui/qr-code';
import { useLiveTranslation } from '../../../i18n/live';

/** Where players join: the player page with the code filled in. */
export function joinUrl(code: string, origin: string = window.location.origin): string {
  return `${origin}/play?code=${encodeURIComponent(code)}`;
}

/**
 * How to join, for the lobby: the address, the code in big letters, a QR code
 * of the address with the code, and how many have joined so far.
 */
export function JoinPanel({ code, players, title, showLink = false }: { code: string; players: number; title?: string; showLink?: boolean }) {
  const { lt } = useLiveTranslation();
  const headingId = useId();
  const url = joinUrl(code);
  const address = `${window.location.host}/play`;
  return (
    <section className="join-panel" aria-labelledby={title ? headingId : undefined} aria-label={title ? undefined : lt('common.joinCode')}>
      {title && (
        <h2 id={headingId} className="join-panel__title">
          {title}
        </h2>
      )}
      <div className="join-panel__body">
        <div className="join-panel__text">
          <p className="join-panel__how">{lt('common.joinAt', { url: address })}</p>
          <p className="join-panel__label">{lt('common.joinCode')}</p>
          <p className="join-panel__code" data-testid="join-code">
            {code}
          </p>
          {showLink && (
            <p className="join-panel__link">
              <a href={url}>{url}</a>
            </p>
          )}
          <p className="join-panel__players">
            <span className="join-panel__count" data-testid="player-count">
              {players}
            </span>{' '}
            {lt('common.players')}
          </p>
        </div>
        <QrCode className="join-panel__qr" value={url} label={lt('common.joinQr', { code })} />
      </div>
    </section>
  );
}
