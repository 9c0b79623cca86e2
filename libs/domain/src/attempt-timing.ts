/**
 * The server is the clock (product rule 1). An attempt's deadline is its
 * start plus the time limit, never past the round's close; an answer counts
 * if it arrives by the deadline plus a small grace for the network.
 */
export function attemptDeadline(startedAt: number, timeLimitMs: number, roundClosesAt: number): number {
  return Math.min(startedAt + timeLimitMs, roundClosesAt);
}

export function timeLeftMs(now: number, deadline: number): number {
  return Math.max(0, deadline - now);
}

/** Whether something arriving at `now` still counts. */
export function withinGrace(now: number, deadline: number, graceMs: number): boolean {
  return now <= deadline + graceMs;
}

/** Time taken, as ranked: from start to submission, at most to the deadline. */
export function attemptDuration(startedAt: number, finishedAt: number, deadline: number): number {
  return Math.max(0, Math.min(finishedAt, deadline) - startedAt);
}

export type WindowPhase = 'upcoming' | 'open' | 'closed';

export function windowPhase(now: number, opensAt: number, closesAt: number): WindowPhase {
  if (now < opensAt) return 'upcoming';
  return now < closesAt ? 'open' : 'closed';
}
