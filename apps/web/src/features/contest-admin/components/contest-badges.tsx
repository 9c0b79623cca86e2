import type { ContestStatus, RoundPhase } from '@reform-quiz/contracts';
import { useContestAdminTranslation } from '../../../i18n/contest-admin';

/** Status in words; the colour only repeats what the text says. */
export function ContestStatusBadge({ status }: { status: ContestStatus }) {
  const { ct } = useContestAdminTranslation();
  return <span className={`contest-badge contest-badge--${status}`}>{ct(`statuses.${status}`)}</span>;
}

export function RoundPhaseBadge({ phase }: { phase: RoundPhase }) {
  const { ct } = useContestAdminTranslation();
  return <span className={`contest-badge contest-badge--phase-${phase}`}>{ct(`phases.${phase}`)}</span>;
}
