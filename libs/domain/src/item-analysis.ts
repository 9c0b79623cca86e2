/** One entrant's response to one question, with the entrant's total score on the paper. */
export interface ItemResponse {
  entrantScore: number;
  correct: boolean;
  optionIds: readonly string[];
}

export interface ItemAnalysis {
  responses: number;
  /** Facility (p): share of correct answers, 0–1. */
  facility: number;
  /**
   * Discrimination index (D): facility among the top 27% of entrants by total
   * score minus facility among the bottom 27%; from −1 to 1. Low or negative
   * means the question does not separate those who know from those who don't.
   */
  discrimination: number | null;
  /** How often each option was chosen. */
  choices: Record<string, number>;
  /** Questions to look at again: nearly everyone or nearly nobody right, or not discriminating. */
  flags: ('too_easy' | 'too_hard' | 'low_discrimination')[];
}

/** Classical item analysis of one question after a round. */
export function analyseItem(responses: readonly ItemResponse[]): ItemAnalysis {
  const n = responses.length;
  const choices: Record<string, number> = {};
  for (const r of responses) for (const o of r.optionIds) choices[o] = (choices[o] ?? 0) + 1;
  const facility = n ? responses.filter((r) => r.correct).length / n : 0;
  let discrimination: number | null = null;
  const group = Math.floor(n * 0.27);
  if (group >= 1) {
    const sorted = [...responses].sort((a, b) => b.entrantScore - a.entrantScore);
    const share = (rs: readonly ItemResponse[]) => rs.filter((r) => r.correct).length / rs.length;
    discrimination = Math.round((share(sorted.slice(0, group)) - share(sorted.slice(n - group))) * 1000) / 1000;
  }
  const flags: ItemAnalysis['flags'] = [];
  if (n > 0 && facility > 0.95) flags.push('too_easy');
  if (n > 0 && facility < 0.2) flags.push('too_hard');
  if (discrimination !== null && discrimination < 0.2) flags.push('low_discrimination');
  return { responses: n, facility: Math.round(facility * 1000) / 1000, discrimination, choices, flags };
}
