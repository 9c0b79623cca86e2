import type { LivePhase, LiveSessionState } from '@reform-quiz/contracts';
import { useLiveTranslation, type LiveT } from '../../../i18n/live';

/** What the room hears when the game moves on: "Câu hỏi 2/5 đã mở", "Đã công bố đáp án". */
export function phaseAnnouncement(lt: LiveT, state: LiveSessionState, phase: LivePhase): string {
  const number = state.index + 1;
  switch (phase) {
    case 'lobby':
      return lt('announce.lobby');
    case 'question':
      return lt('announce.opened', { number, total: state.questionCount });
    case 'closed':
      return lt('announce.closed', { number });
    case 'reveal':
      return lt('announce.reveal');
    case 'podium':
    case 'ended':
      return lt('announce.podium');
  }
}

/** A polite live region that stays mounted; only its text changes with the phase, so each change is read out once. */
export function PhaseAnnouncer({ state, phase }: { state: LiveSessionState | null; phase: LivePhase | null }) {
  const { lt } = useLiveTranslation();
  return (
    <div className="visually-hidden" role="status" data-testid="phase-announcement">
      {state && phase ? phaseAnnouncement(lt, state, phase) : ''}
    </div>
  );
}
