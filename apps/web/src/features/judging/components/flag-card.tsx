import type { IntegrityFlag } from '@reform-quiz/contracts';
import { Badge, type BadgeTone } from '../../../components/ui/badge';
import type { Notice } from '../../../components/ui/status-message';
import { useJudgingTranslation } from '../../../i18n/judging';
import { formatInstant } from '../../../lib/format-date';
import { useJuryMember } from '../hooks/use-jury-member';
import { evidenceRows } from './flag-evidence';
import { FlagDecisionForm } from './flag-decision-form';
import { JuryFacts, type Fact } from './jury-facts';

const STATUS_TONES: Record<IntegrityFlag['status'], BadgeTone> = { open: 'warning', dismissed: 'neutral', upheld: 'closed' };

/** One flag: what kind, whom it concerns, its evidence in words, and the decision (or the form to make it). */
export function FlagCard({ flag, onNotice }: { flag: IntegrityFlag; onNotice: (notice: Notice) => void }) {
  const { t, jt, i18n } = useJudgingTranslation();
  const { isJudge } = useJuryMember();
  const lookup = (key: string) => (t as unknown as (key: string) => string)(key);
  const kind = jt(`flags.kinds.${flag.kind}`);
  const facts: Fact[] = [
    { label: jt('flags.subject'), value: flag.subject.unit ? `${flag.subject.name} — ${flag.subject.unit}` : flag.subject.name },
    ...(flag.attemptId ? [{ label: jt('flags.attempt'), value: <span className="hash">{flag.attemptId.slice(0, 8).toUpperCase()}</span> }] : []),
    { label: jt('flags.raisedAt'), value: formatInstant(flag.createdAt, i18n.language) },
    ...evidenceRows(flag.evidence, jt, lookup, i18n.language).map((row) => ({ label: row.label, value: row.value })),
  ];

  return (
    <li className="judging-card" data-testid="flag-card" data-kind={flag.kind}>
      <h3 className="judging-card__title">{kind}</h3>
      <p className="badges">
        <Badge tone={STATUS_TONES[flag.status]}>{jt(`flags.statuses.${flag.status}`)}</Badge>
      </p>
      <p className="judging-card__meta">{jt(`flags.kindHints.${flag.kind}`)}</p>
      <JuryFacts facts={facts} />
      {flag.status !== 'open' && (
        <p>
          {jt('flags.decided', {
            status: jt(`flags.statuses.${flag.status}`),
            name: flag.decidedBy?.fullName ?? '—',
            time: flag.decidedAt ? formatInstant(flag.decidedAt, i18n.language) : '—',
          })}
          {flag.scope && (
            <>
              {' '}
              {jt(`flags.scopes.${flag.scope}`)}
            </>
          )}
          {flag.reason && (
            <>
              <br />
              <span className="preserve-lines">{jt('flags.reason', { reason: flag.reason })}</span>
            </>
          )}
        </p>
      )}
      {flag.status === 'open' && isJudge && <FlagDecisionForm flag={flag} onNotice={onNotice} />}
    </li>
  );
}
