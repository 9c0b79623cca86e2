import type { EssayToGrade } from '@reform-quiz/contracts';

/** The API's limit on a judge's comment (GradeEssayDto). */
export const ESSAY_COMMENT_MAX = 2000;

export type ScoreProblem = 'REQUIRED' | 'INVALID' | 'RANGE' | 'DECIMALS';

/**
 * A score as the judge typed it ("3,5" or "3.5"): a number from 0 to the
 * question's points with at most two decimals, as the API accepts it.
 */
export function parseScore(text: string, points: number): { score: number } | { problem: ScoreProblem } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { problem: 'REQUIRED' };
  const match = /^(\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (!match) return { problem: 'INVALID' };
  if ((match[2]?.length ?? 0) > 2) return { problem: 'DECIMALS' };
  const score = Number(trimmed);
  if (score < 0 || score > points) return { problem: 'RANGE' };
  return { score };
}

/**
 * What this judge may do with an essay, by the server's rules: grade it when
 * it awaits them, change their grade while it is the only one, and nothing
 * once another judge graded it too or the essay has the grades it needs.
 */
export type GradeAction = 'grade' | 'revise' | 'locked' | 'settled';

export function gradeAction(essay: Pick<EssayToGrade, 'status' | 'gradeCount' | 'myGrade'>): GradeAction {
  if (essay.myGrade) return essay.gradeCount <= 1 ? 'revise' : 'locked';
  return essay.status === 'graded' ? 'settled' : 'grade';
}

/** A short anonymous reference to an essay for the jury's talk ("bài 3F2A9C01"): from the attempt id, never from the person. */
export function essayCode(essayId: string): string {
  return essayId.replace(/-/g, '').slice(0, 8).toUpperCase();
}

/** Points the local way: "3,5" in Vietnamese, "3.5" in English. */
export function formatPoints(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}
