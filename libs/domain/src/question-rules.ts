import type { FieldErrorCode, QuestionInput } from '@reform-quiz/contracts';
import { isIsoDate } from './age';
import { searchKey } from './text';

export const QUESTION_LIMITS = {
  stem: 2000,
  option: 500,
  options: { min: 2, max: 8 },
  explanation: 4000,
  sourceDocument: 200,
  sourceArticle: 200,
  points: { min: 1, max: 100 },
  acceptedAnswers: 20,
  acceptedAnswer: 200,
  tags: 20,
  tag: 50,
} as const;

/** The two options of a true/false question, in this order. */
export const TRUE_FALSE_TEXTS = ['Đúng', 'Sai'] as const;

export interface QuestionProblem {
  /** Dotted path in QuestionInput, e.g. `options.2.text` or `source.document`. */
  field: string;
  code: FieldErrorCode;
}

export interface QuestionRuleOptions {
  /** Submitting for review and approving need the legal source; a draft may lack it. */
  requireSource?: boolean;
}

const CHOICE_TYPES = new Set(['single_choice', 'multiple_choice', 'true_false']);

export function isChoiceType(type: QuestionInput['type']): boolean {
  return CHOICE_TYPES.has(type);
}

/** Everything wrong with a question, per field; empty when it is well-formed. */
export function questionProblems(q: QuestionInput, rules: QuestionRuleOptions = {}): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const add = (field: string, code: FieldErrorCode) => problems.push({ field, code });
  const options = q.options ?? [];
  const accepted = q.acceptedAnswers ?? [];

  if (!q.stem.trim()) add('stem', 'REQUIRED');
  else if ([...q.stem].length > QUESTION_LIMITS.stem) add('stem', 'TOO_LONG');

  if (!Number.isInteger(q.points) || q.points < QUESTION_LIMITS.points.min || q.points > QUESTION_LIMITS.points.max) add('points', 'POINTS_RANGE');

  if (isChoiceType(q.type)) {
    if (accepted.length > 0) add('acceptedAnswers', 'UNEXPECTED_OPTIONS');
    if (options.length < QUESTION_LIMITS.options.min || options.length > QUESTION_LIMITS.options.max) add('options', 'OPTIONS_COUNT');
    options.forEach((o, i) => {
      if (!o.text.trim()) add(`options.${i}.text`, 'OPTION_EMPTY');
      else if ([...o.text].length > QUESTION_LIMITS.option) add(`options.${i}.text`, 'TOO_LONG');
    });
    const keys = options.map((o) => searchKey(o.text)).filter(Boolean);
    if (new Set(keys).size !== keys.length) add('options', 'OPTIONS_DUPLICATE');
    const correct = options.filter((o) => o.isCorrect).length;
    if (q.type === 'true_false') {
      const texts = options.map((o) => searchKey(o.text)).sort();
      if (options.length !== 2 || texts[0] !== 'dung' || texts[1] !== 'sai') add('options', 'TRUE_FALSE_OPTIONS');
    }
    const correctOk = q.type === 'multiple_choice' ? correct >= 1 : correct === 1;
    if (options.length > 0 && !correctOk) add('options', 'CORRECT_COUNT');
  } else {
    if (options.length > 0) add('options', 'UNEXPECTED_OPTIONS');
    if (q.type === 'short_text') {
      if (accepted.filter((a) => a.trim()).length === 0) add('acceptedAnswers', 'ACCEPTED_ANSWERS_REQUIRED');
      if (accepted.length > QUESTION_LIMITS.acceptedAnswers || accepted.some((a) => [...a].length > QUESTION_LIMITS.acceptedAnswer)) add('acceptedAnswers', 'TOO_LONG');
    } else if (accepted.length > 0) {
      add('acceptedAnswers', 'UNEXPECTED_OPTIONS');
    }
  }

  if (q.explanation && [...q.explanation].length > QUESTION_LIMITS.explanation) add('explanation', 'TOO_LONG');

  const source = q.source;
  if (source) {
    if (!source.document.trim()) add('source.document', 'REQUIRED');
    else if ([...source.document].length > QUESTION_LIMITS.sourceDocument) add('source.document', 'TOO_LONG');
    if (source.article && [...source.article].length > QUESTION_LIMITS.sourceArticle) add('source.article', 'TOO_LONG');
    if (source.date && !isIsoDate(source.date)) add('source.date', 'DATE_INVALID');
  }
  if (rules.requireSource && !source?.document.trim()) add('source.document', 'SOURCE_REQUIRED');

  const tags = q.tags ?? [];
  if (tags.length > QUESTION_LIMITS.tags || tags.some((t) => !t.trim() || [...t].length > QUESTION_LIMITS.tag)) add('tags', 'INVALID_VALUE');

  return problems;
}

/**
 * The stem as compared for duplicates: formatting marks dropped, accents and
 * case folded, whitespace collapsed. "Cơ chế **một cửa**?" and "co che mot cua ?"
 * are the same question.
 */
export function stemKey(stem: string): string {
  return searchKey(stem.replace(/[*_`]/g, '').replace(/[\s?.!:;,]+/g, ' '));
}
