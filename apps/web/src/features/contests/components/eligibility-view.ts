import type { TFunction } from 'i18next';
import type { Category, Round, RoundEligibility, RoundPhase } from '@reform-quiz/contracts';
import type { EntrantT } from '../../../i18n/entrant';

/** What the round card offers: start, resume the open attempt, sign in, or nothing. */
export type RoundAction = 'start' | 'resume' | 'sign_in' | 'none';

export interface EligibilityView {
  message: string;
  action: RoundAction;
  /** Blocked for a reason the entrant can look into (attempts used up): link the history. */
  linkAttempts: boolean;
}

/**
 * The eligibility answer in plain Vietnamese, for every reason the API gives.
 * `phase` is the round's phase by the server clock now (it may have moved
 * since the answer came), `category` the signed-in entrant's.
 */
export function eligibilityView(t: TFunction, et: EntrantT, round: Round, eligibility: RoundEligibility, phase: RoundPhase, category: Category | null): EligibilityView {
  const none = (message: string, linkAttempts = false): EligibilityView => ({ message, action: 'none', linkAttempts });
  if (eligibility.reason === 'closed' || phase === 'closed') return none(et('eligibility.closed'));
  // Live rounds are played together in a room the host opens, never from this page.
  if (round.mode === 'live') return none(et('eligibility.live'));

  switch (eligibility.reason) {
    case 'not_signed_in':
      return { message: et('eligibility.notSignedIn'), action: 'sign_in', linkAttempts: false };
    case 'not_open':
      return none(et('eligibility.notOpen'));
    case 'category':
      return none(category ? et('eligibility.categoryYours', { category: t(`categories.${category}`) }) : et('eligibility.category'));
    case 'staff':
      return none(et('eligibility.staff'));
    case 'no_attempts_left':
      return none(
        eligibility.attemptsAllowed !== null
          ? et('eligibility.noAttemptsLeft', { allowed: eligibility.attemptsAllowed })
          : et('eligibility.noAttemptsLeftNoCount'),
        true,
      );
    case 'ok': {
      if (eligibility.openAttemptId) return { message: et('eligibility.resume'), action: 'resume', linkAttempts: false };
      if (phase === 'upcoming') return none(et('eligibility.notOpen'));
      const message = round.practice
        ? et('eligibility.okPractice')
        : eligibility.attemptsAllowed !== null && eligibility.attemptsUsed > 0
          ? et('eligibility.okUsed', { used: eligibility.attemptsUsed, allowed: eligibility.attemptsAllowed })
          : et('eligibility.ok');
      return { message, action: 'start', linkAttempts: false };
    }
  }
}

/** The round's phase by the server clock `now`. */
export function phaseAt(round: Pick<Round, 'opensAt' | 'closesAt'>, now: number): RoundPhase {
  if (now < Date.parse(round.opensAt)) return 'upcoming';
  if (now >= Date.parse(round.closesAt)) return 'closed';
  return 'open';
}
