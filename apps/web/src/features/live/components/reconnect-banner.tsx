import type { LiveStatus } from '../../../lib/live-socket';
import { useLiveTranslation } from '../../../i18n/live';

/** "Đang kết nối lại…" while the socket is down; the game carries on on the server and this page catches up on reconnect. */
export function ReconnectBanner({ status }: { status: LiveStatus }) {
  const { lt } = useLiveTranslation();
  return (
    <div role="status" className="reconnect-banner">
      {status === 'reconnecting' && (
        <p className="alert alert--error reconnect-banner__text" data-testid="reconnecting">
          <span className="reconnect-banner__icon" aria-hidden="true" />
          {lt('common.reconnecting')}
        </p>
      )}
    </div>
  );
}
