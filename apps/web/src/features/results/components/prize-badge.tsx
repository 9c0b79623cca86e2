import type { PrizeKind } from '@reform-quiz/contracts';
import { useResultsTranslation } from '../../../i18n/results';

/** A prize in words ("Giải Nhất"); the tint only repeats it. */
export function PrizeBadge({ prize }: { prize: PrizeKind }) {
  const { rt } = useResultsTranslation();
  return <span className={`prize-badge prize-badge--${prize}`}>{rt(`prizes.${prize}`)}</span>;
}
