import type { QuestionType } from '@reform-quiz/contracts';
import { foldAccents } from './text';

/** What scoring needs to know of a question: its type, points and key. */
export interface ScoringKey {
  type: QuestionType;
  points: number;
  correctOptionIds: readonly string[];
  acceptedAnswers: readonly string[];
  accentInsensitive: boolean;
}

export interface GivenAnswer {
  optionIds?: readonly string[] | null;
  text?: string | null;
}

export interface AnswerScore {
  /** null for essays: judges decide. */
  correct: boolean | null;
  points: number;
}

/**
 * How a short answer is compared: NFC, case folded, whitespace collapsed,
 * and (when the question allows it) diacritics dropped.
 */
export function normalizeAnswer(text: string, accentInsensitive = false): string {
  const folded = text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
  return accentInsensitive ? foldAccents(folded) : folded;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));

/**
 * Self-paced scoring (product rule 5): a question's points when correct;
 * multiple choice all-or-nothing unless partial credit is on, in which case
 * each correct choice earns its share and each wrong choice takes one back,
 * never below zero.
 */
export function scoreAnswer(key: ScoringKey, answer: GivenAnswer | null, options: { partialCredit?: boolean } = {}): AnswerScore {
  if (key.type === 'essay') return { correct: null, points: 0 };
  if (!answer) return { correct: false, points: 0 };

  if (key.type === 'short_text') {
    const given = normalizeAnswer(answer.text ?? '', key.accentInsensitive);
    const correct = given !== '' && key.acceptedAnswers.some((a) => normalizeAnswer(a, key.accentInsensitive) === given);
    return { correct, points: correct ? key.points : 0 };
  }

  const chosen = [...new Set(answer.optionIds ?? [])];
  if (sameSet(chosen, key.correctOptionIds)) return { correct: true, points: key.points };
  if (key.type === 'multiple_choice' && options.partialCredit && key.correctOptionIds.length > 0) {
    const right = chosen.filter((id) => key.correctOptionIds.includes(id)).length;
    const wrong = chosen.length - right;
    const share = Math.max(0, right - wrong) / key.correctOptionIds.length;
    return { correct: false, points: key.points * share };
  }
  return { correct: false, points: 0 };
}

export interface AttemptScore {
  score: number;
  maxScore: number;
  correctCount: number;
  /** Every question answered correctly (essays excluded from the check). */
  perfect: boolean;
  perQuestion: AnswerScore[];
}

/** Sums an attempt; every score can be recomputed from stored answers this way. */
export function scoreAttempt(keys: readonly ScoringKey[], answers: readonly (GivenAnswer | null)[], options: { partialCredit?: boolean } = {}): AttemptScore {
  const perQuestion = keys.map((key, i) => scoreAnswer(key, answers[i] ?? null, options));
  const score = Math.round(perQuestion.reduce((sum, s) => sum + s.points, 0) * 100) / 100;
  const autoGraded = perQuestion.filter((s) => s.correct !== null);
  return {
    score,
    maxScore: keys.reduce((sum, k) => sum + k.points, 0),
    correctCount: perQuestion.filter((s) => s.correct === true).length,
    perfect: autoGraded.length > 0 && autoGraded.every((s) => s.correct === true),
    perQuestion,
  };
}
