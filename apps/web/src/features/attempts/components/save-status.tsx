import { useEntrantTranslation, type EntrantKey } from '../../../i18n/entrant';
import type { SaveState } from '../api/answer-queue';

const TEXT_KEYS = {
  saving: 'attempt.saveSaving',
  saved: 'attempt.saveSaved',
  unsent: 'attempt.saveUnsent',
  rejected: 'attempt.saveRejected',
} as const satisfies Record<SaveState, EntrantKey>;

const ICONS: Record<SaveState, string> = { saving: '…', saved: '✓', unsent: '!', rejected: '✕' };

/** The current answer's save state, in a polite live region that stays mounted so each change is read out. */
export function SaveStatus({ state }: { state: SaveState | undefined }) {
  const { et } = useEntrantTranslation();
  return (
    <p className={['save-state', state ? `save-state--${state}` : ''].filter(Boolean).join(' ')} role="status" data-testid="save-state" data-state={state ?? 'none'}>
      {state && (
        <>
          <span className="save-state__icon" aria-hidden="true">
            {ICONS[state]}
          </span>
          {et(TEXT_KEYS[state])}
        </>
      )}
    </p>
  );
}
