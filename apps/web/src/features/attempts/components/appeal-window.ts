import type { Round } from '@reform-quiz/contracts';

/** What the round's rules say when `appealDays` is not set. */
export const DEFAULT_APPEAL_DAYS = 3;
const DAY_MS = 86_400_000;

/** Limits of an appeal's text, as the API checks them. */
export const APPEAL_TEXT_MIN = 10;
export const APPEAL_TEXT_MAX = 4_000;

export type AppealWindow = { state: 'not_closed' } | { state: 'open' | 'over'; until: number };

/**
 * Appeals open when the round closes and last its `appealDays`. The server
 * decides (its clock, its rules); this only says what to offer.
 */
export function appealWindow(round: Pick<Round, 'closesAt' | 'appealDays'>, now: number): AppealWindow {
  const closes = Date.parse(round.closesAt);
  if (now < closes) return { state: 'not_closed' };
  const until = closes + (round.appealDays ?? DEFAULT_APPEAL_DAYS) * DAY_MS;
  return { state: now <= until ? 'open' : 'over', until };
}

export type AppealTextProblem = 'tooShort' | 'tooLong';

export function appealTextProblem(text: string): AppealTextProblem | null {
  const length = text.trim().length;
  if (length < APPEAL_TEXT_MIN) return 'tooShort';
  if (length > APPEAL_TEXT_MAX) return 'tooLong';
  return null;
}
