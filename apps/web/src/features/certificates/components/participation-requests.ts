import type { AttemptSummary, CertificateSummary } from '@reform-quiz/contracts';

export interface ParticipatedContest {
  contestId: number;
  contestTitle: string;
  /** A participation certificate of this contest is already issued (and not revoked). */
  issued: boolean;
}

/**
 * The contests in which the entrant finished a ranked attempt — who may ask
 * for a participation certificate — newest first. A certificate records the
 * contest's title, not its id: that is what tells an issued one apart.
 */
export function participatedContests(attempts: readonly AttemptSummary[], certificates: readonly CertificateSummary[]): ParticipatedContest[] {
  const issued = new Set(certificates.filter((c) => c.kind === 'participation' && !c.revoked).map((c) => c.contestTitle));
  const byContest = new Map<number, { title: string; last: string }>();
  for (const attempt of attempts) {
    if (attempt.practice || attempt.status === 'in_progress') continue;
    const seen = byContest.get(attempt.contestId);
    const at = attempt.submittedAt ?? attempt.startedAt;
    if (!seen || at > seen.last) byContest.set(attempt.contestId, { title: attempt.contestTitle, last: at });
  }
  return [...byContest]
    .sort(([, a], [, b]) => b.last.localeCompare(a.last))
    .map(([contestId, { title }]) => ({ contestId, contestTitle: title, issued: issued.has(title) }));
}
