import { useEntrantTranslation } from '../../../i18n/entrant';
import type { AnswerQueueSnapshot } from '../api/answer-queue';

/** Says why answers wait (no network, a busy server) and that they are kept; a live region that stays mounted. */
export function ConnectionBanner({ trouble }: { trouble: AnswerQueueSnapshot['trouble'] }) {
  const { et } = useEntrantTranslation();
  return (
    <div role="status" className="connection-banner">
      {trouble === 'offline' && (
        <p className="alert alert--error connection-banner__text" data-testid="offline-banner">
          <span aria-hidden="true">⚠ </span>
          {et('attempt.offline')}
        </p>
      )}
      {trouble === 'server' && (
        <p className="alert alert--error connection-banner__text" data-testid="server-busy-banner">
          <span aria-hidden="true">⚠ </span>
          {et('attempt.serverBusy')}
        </p>
      )}
    </div>
  );
}
