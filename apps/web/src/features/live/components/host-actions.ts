import type { LivePhase, LiveSessionState } from '@reform-quiz/contracts';
import type { LiveKey } from '../../../i18n/live';
import type { LiveCommand } from '../api/run-live-command';

/** One button of the host console: what it sends, and its label. */
export interface HostStep {
  command: LiveCommand;
  label: LiveKey;
  values?: Record<string, number>;
  /** Ask first: it ends the game with questions left. */
  confirm?: boolean;
}

export interface HostSteps {
  /** The one next step, on the big focused button (and the clicker). */
  primary: HostStep | null;
  secondary: HostStep | null;
}

/**
 * What the host may do in each phase (as the server allows it):
 * lobby → "Mở câu hỏi 1"; question → "Đóng câu hỏi sớm"; closed → "Công bố
 * đáp án"; reveal → "Câu tiếp theo", or "Kết thúc và trao giải" after the
 * last question (before it, finishing early is offered beside, with a
 * confirmation); podium → nothing more. `phase` is the phase by the server
 * clock (a question whose time is up is closed).
 */
export function hostSteps(state: Pick<LiveSessionState, 'index' | 'questionCount'>, phase: LivePhase): HostSteps {
  switch (phase) {
    case 'lobby':
      return { primary: { command: 'next', label: 'host.openQuestion', values: { number: state.index + 2 } }, secondary: null };
    case 'question':
      return { primary: { command: 'close', label: 'host.closeEarly' }, secondary: null };
    case 'closed':
      return { primary: { command: 'reveal', label: 'host.reveal' }, secondary: null };
    case 'reveal': {
      const left = state.questionCount - (state.index + 1);
      if (left <= 0) return { primary: { command: 'finish', label: 'host.finish' }, secondary: null };
      return { primary: { command: 'next', label: 'host.next' }, secondary: { command: 'finish', label: 'host.finish', confirm: true } };
    }
    case 'podium':
    case 'ended':
      return { primary: null, secondary: null };
  }
}
