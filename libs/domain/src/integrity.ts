import type { FlagKind } from '@reform-quiz/contracts';
import { searchKey } from './text';

/** One finished attempt as the integrity checks see it. */
export interface IntegrityAttempt {
  attemptId: string;
  userId: string;
  deviceId: string | null;
  clientIp: string | null;
  clientAgent: string | null;
  durationMs: number | null;
  /** Questions with an answer. */
  answered: number;
  focusLosses: number;
}

/** The account behind attempts. */
export interface IntegrityPerson {
  userId: string;
  fullName: string;
  dateOfBirth: string | null;
  role: string;
}

export interface FlagCandidate {
  /** Stable across scans, so scanning again raises nothing twice. */
  key: string;
  kind: FlagKind;
  userId: string;
  attemptId: string | null;
  evidence: Record<string, unknown>;
}

export const INTEGRITY_LIMITS = {
  /** Below this average per answered question no person reads a question and its options. */
  minMsPerAnswer: 2500,
  /** Answers needed before speed says anything. */
  minAnswersForSpeed: 3,
  /** Leaving the page this often during one attempt is worth a look. */
  focusLosses: 5,
  /** Accounts on one address with the same browser before it is worth a look (offices share an address). */
  networkAccounts: 3,
} as const;

/**
 * Suspicions about one round's attempts, each with its evidence (product
 * rule 6). They are only flags: the jury decides, nothing is disqualified here.
 */
export function integrityFlags(roundId: number, attempts: readonly IntegrityAttempt[], people: readonly IntegrityPerson[]): FlagCandidate[] {
  const personOf = new Map(people.map((p) => [p.userId, p]));
  const flags: FlagCandidate[] = [];

  /** Several accounts behind one value: every account in the group is flagged, naming the others. */
  const shared = (kind: 'shared_device' | 'shared_network', valueOf: (a: IntegrityAttempt) => string | null, minimum: number, evidenceOf: (a: IntegrityAttempt) => Record<string, unknown>) => {
    const groups = new Map<string, IntegrityAttempt[]>();
    for (const a of attempts) {
      const value = valueOf(a);
      if (value) groups.set(value, [...(groups.get(value) ?? []), a]);
    }
    for (const [value, group] of groups) {
      const users = [...new Set(group.map((a) => a.userId))].sort();
      if (users.length < minimum) continue;
      for (const userId of users) {
        flags.push({
          key: `${kind}:${roundId}:${userId}:${value}`.slice(0, 200),
          kind,
          userId,
          attemptId: null,
          evidence: { ...evidenceOf(group[0]), accounts: users.length, others: users.filter((u) => u !== userId).map((u) => personOf.get(u)?.fullName ?? u) },
        });
      }
    }
  };
  shared(
    'shared_device',
    (a) => a.deviceId,
    2,
    (a) => ({ deviceId: a.deviceId }),
  );
  shared(
    'shared_network',
    (a) => (a.clientIp && a.clientAgent ? `${a.clientIp} ${a.clientAgent}` : null),
    INTEGRITY_LIMITS.networkAccounts,
    (a) => ({ ip: a.clientIp, userAgent: a.clientAgent }),
  );

  // The same person registered twice: the same name and date of birth on different accounts.
  const entrants = [...new Set(attempts.map((a) => a.userId))].map((id) => personOf.get(id)).filter((p): p is IntegrityPerson => p !== undefined);
  const byIdentity = new Map<string, IntegrityPerson[]>();
  for (const p of entrants) {
    if (!p.dateOfBirth) continue;
    const key = `${searchKey(p.fullName)}|${p.dateOfBirth}`;
    byIdentity.set(key, [...(byIdentity.get(key) ?? []), p]);
  }
  for (const group of byIdentity.values()) {
    if (group.length < 2) continue;
    for (const p of group) {
      flags.push({
        key: `same_identity:${roundId}:${p.userId}`,
        kind: 'same_identity',
        userId: p.userId,
        attemptId: null,
        evidence: { name: p.fullName, dateOfBirth: p.dateOfBirth, accounts: group.length },
      });
    }
  }

  for (const a of attempts) {
    if (a.durationMs !== null && a.answered >= INTEGRITY_LIMITS.minAnswersForSpeed && a.durationMs / a.answered < INTEGRITY_LIMITS.minMsPerAnswer) {
      flags.push({
        key: `too_fast:${a.attemptId}`,
        kind: 'too_fast',
        userId: a.userId,
        attemptId: a.attemptId,
        evidence: { durationMs: a.durationMs, answered: a.answered, msPerAnswer: Math.round(a.durationMs / a.answered), minimum: INTEGRITY_LIMITS.minMsPerAnswer },
      });
    }
    if (a.focusLosses >= INTEGRITY_LIMITS.focusLosses) {
      flags.push({ key: `focus_loss:${a.attemptId}`, kind: 'focus_loss', userId: a.userId, attemptId: a.attemptId, evidence: { focusLosses: a.focusLosses, threshold: INTEGRITY_LIMITS.focusLosses } });
    }
  }

  // Committee and jury members do not compete (the contest rules say so).
  for (const p of entrants) {
    if (p.role !== 'participant') flags.push({ key: `staff_entered:${roundId}:${p.userId}`, kind: 'staff_entered', userId: p.userId, attemptId: null, evidence: { role: p.role } });
  }
  return flags;
}
