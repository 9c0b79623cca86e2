export interface EssayGrade {
  judgeId: string;
  score: number;
  /** When it was given (ms): the third grade is the one given after the two that disagreed. */
  at: number;
}

export type EssayStatus = 'ungraded' | 'in_progress' | 'needs_third' | 'graded';

export interface EssayOutcome {
  status: EssayStatus;
  /** The score that counts, once graded. */
  score: number | null;
}

/**
 * The score of an essay from its judges' grades. With one judge required, the
 * grade counts. With two, their mean counts when they differ by at most the
 * margin; otherwise a third judge reconciles and their grade counts.
 */
export function essayOutcome(grades: readonly EssayGrade[], judgesRequired: 1 | 2, margin: number): EssayOutcome {
  const ordered = [...grades].sort((a, b) => a.at - b.at);
  if (ordered.length === 0) return { status: 'ungraded', score: null };
  if (judgesRequired === 1) return { status: 'graded', score: ordered[0].score };
  if (ordered.length === 1) return { status: 'in_progress', score: null };
  const [a, b, third] = ordered;
  if (Math.abs(a.score - b.score) <= margin) return { status: 'graded', score: Math.round(((a.score + b.score) / 2) * 100) / 100 };
  return third ? { status: 'graded', score: third.score } : { status: 'needs_third', score: null };
}
