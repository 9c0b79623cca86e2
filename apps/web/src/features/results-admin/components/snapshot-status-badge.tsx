import type { SnapshotStatus } from '@reform-quiz/contracts';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import { useJudgingTranslation } from '../../../i18n/judging';

const TONES: Record<SnapshotStatus, BadgeTone> = { pending: 'warning', approved: 'upcoming', published: 'success', superseded: 'neutral' };

export function SnapshotStatusBadge({ status }: { status: SnapshotStatus }) {
  const { jt } = useJudgingTranslation();
  return <Badge tone={TONES[status]}>{jt(`results.statuses.${status}`)}</Badge>;
}
