import type { FieldError, FieldErrorCode, QuestionInput, QuestionStatus } from '@reform-quiz/contracts';
import { isChoiceType, questionProblems, type QuestionRuleOptions, searchKey, stemKey } from '@reform-quiz/domain';
import { randomUUID } from 'node:crypto';
import { validationFailed } from '../../common/errors/app-error';
import { plainLine, plainMultiline } from '../../common/text/plain-text';
import { QuestionOptionEntity } from './question-option.entity';
import { QuestionEntity } from './question.entity';

const MESSAGES: Partial<Record<FieldErrorCode, string>> = {
  REQUIRED: 'is required',
  TOO_LONG: 'is too long',
  OPTIONS_COUNT: 'choice questions need 2 to 8 options',
  OPTION_EMPTY: 'an option is empty',
  OPTIONS_DUPLICATE: 'two options say the same',
  CORRECT_COUNT: 'single choice and true/false need exactly one correct option; multiple choice at least one',
  TRUE_FALSE_OPTIONS: 'true/false questions have exactly the options "Đúng" and "Sai"',
  ACCEPTED_ANSWERS_REQUIRED: 'short-text questions need at least one accepted answer',
  UNEXPECTED_OPTIONS: 'this question type takes no options or accepted answers',
  POINTS_RANGE: 'points must be a whole number from 1 to 100',
  SOURCE_REQUIRED: 'a question needs its legal source before review',
  DATE_INVALID: 'must be a date written YYYY-MM-DD',
  INVALID_VALUE: 'is not valid',
};

/** Markup dropped, text in NFC, empty optional fields made null, options only for choice types. */
export function cleanQuestionInput(input: QuestionInput): QuestionInput {
  const document = input.source?.document ? plainLine(input.source.document) : '';
  return {
    type: input.type,
    stem: plainMultiline(input.stem),
    options: isChoiceType(input.type) ? (input.options ?? []).map((o) => ({ text: plainLine(o.text), isCorrect: o.isCorrect })) : (input.options ?? []),
    acceptedAnswers: (input.acceptedAnswers ?? []).map(plainLine).filter(Boolean),
    accentInsensitive: input.type === 'short_text' && input.accentInsensitive === true,
    points: input.points,
    topic: input.topic,
    difficulty: input.difficulty,
    explanation: input.explanation ? plainMultiline(input.explanation) || null : null,
    source: document ? { document, article: input.source?.article ? plainLine(input.source.article) || null : null, date: input.source?.date || null } : null,
    tags: [...new Set((input.tags ?? []).map(plainLine).filter(Boolean))],
  };
}

/** Cleans, then applies the per-type rules; throws VALIDATION_FAILED with field codes. */
export function validQuestionInput(input: QuestionInput, rules: QuestionRuleOptions = {}): QuestionInput {
  const clean = cleanQuestionInput(input);
  const problems = questionProblems(clean, rules);
  if (problems.length > 0) {
    throw validationFailed(problems.map((p): FieldError => ({ field: p.field, code: p.code, message: MESSAGES[p.code] ?? p.code })));
  }
  return clean;
}

export interface QuestionIdentity {
  bankId: number;
  status: QuestionStatus;
  authorId: string | null;
  now: number;
  /** For a new version: the question it replaces. */
  previous?: Pick<QuestionEntity, 'id' | 'rootId' | 'version'>;
  id?: string;
}

/** A new stored version from clean input. */
export function questionEntity(input: QuestionInput, who: QuestionIdentity): QuestionEntity {
  const id = who.id ?? randomUUID();
  const q = Object.assign(new QuestionEntity(), {
    id,
    bankId: who.bankId,
    rootId: who.previous?.rootId ?? id,
    version: (who.previous?.version ?? 0) + 1,
    previousVersionId: who.previous?.id ?? null,
    isLatest: true,
    status: who.status,
    authorId: who.authorId,
    reviewerId: null,
    reviewComment: null,
    reviewedAt: null,
    usedAt: null,
    createdAt: who.now,
    updatedAt: who.now,
  });
  return applyContent(q, input);
}

/** Writes clean input onto a stored question (its options get new rows). */
export function applyContent(q: QuestionEntity, input: QuestionInput): QuestionEntity {
  return Object.assign(q, {
    type: input.type,
    stem: input.stem,
    stemKey: stemKey(input.stem),
    topic: input.topic,
    difficulty: input.difficulty,
    points: input.points,
    explanation: input.explanation ?? null,
    sourceDocument: input.source?.document ?? null,
    sourceArticle: input.source?.article ?? null,
    sourceDate: input.source?.date ?? null,
    sourceKey: input.source?.document ? searchKey(input.source.document) : null,
    acceptedAnswers: input.type === 'short_text' ? (input.acceptedAnswers ?? []) : null,
    accentInsensitive: input.accentInsensitive ?? false,
    tags: input.tags ?? [],
    tagKeys: `|${(input.tags ?? []).map(searchKey).join('|')}|`,
    options: (input.options ?? []).map((o, position) =>
      Object.assign(new QuestionOptionEntity(), { id: randomUUID(), questionId: q.id, position, text: o.text, isCorrect: o.isCorrect }),
    ),
  });
}
