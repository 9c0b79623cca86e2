/**
 * Live scoring (product rule 5): a right answer earns round(P × (1 − (t/T)/2))
 * where P = the question's points × 1000, t the answer time and T the time the
 * question was open; a flat P when the round turns speed scoring off. Wrong or
 * missing answers earn nothing. An instant answer earns P, one at the buzzer P/2.
 */
export function livePoints(points: number, correct: boolean, elapsedMs: number, questionMs: number, speedScoring: boolean): number {
  if (!correct) return 0;
  const full = points * 1000;
  if (!speedScoring) return full;
  const share = Math.min(Math.max(elapsedMs / questionMs, 0), 1);
  return Math.round(full * (1 - share / 2));
}

/**
 * The standings order of a live game in one number, for a sorted set: more
 * points first, then less total answer time. Total time stays below 10^9 ms
 * (11 days), so points × 10^9 keeps the two apart.
 */
export function liveStandingKey(points: number, totalElapsedMs: number): number {
  return points * 1e9 - Math.min(totalElapsedMs, 1e9 - 1);
}
