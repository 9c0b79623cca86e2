import type { Difficulty, ErrorCode, FieldErrorCode, Question, QuestionInput, QuestionType, Topic } from '@reform-quiz/contracts';
import { QUESTION_LIMITS, TRUE_FALSE_TEXTS, isChoiceType, normalizeMultilineText, normalizeText, questionProblems, searchKey } from '@reform-quiz/domain';

export interface OptionValue {
  text: string;
  isCorrect: boolean;
}

/**
 * What the editor holds. Every type's part is kept while the author switches
 * type (the options survive a detour through "short text"); only the current
 * type's part is sent.
 */
export interface QuestionFormValues {
  bankId: string;
  type: QuestionType;
  stem: string;
  /** single_choice and multiple_choice. */
  options: OptionValue[];
  /** true_false: index into TRUE_FALSE_TEXTS of the correct one ('0' Đúng, '1' Sai). */
  trueFalseCorrect: '' | '0' | '1';
  acceptedAnswers: { text: string }[];
  accentInsensitive: boolean;
  points: string;
  topic: Topic | '';
  difficulty: Difficulty | '';
  explanation: string;
  source: { document: string; article: string; date: string };
  /** Comma-separated. */
  tags: string;
}

const emptyOption = (): OptionValue => ({ text: '', isCorrect: false });

export function emptyQuestionForm(bankId: number | null): QuestionFormValues {
  return {
    bankId: bankId === null ? '' : String(bankId),
    type: 'single_choice',
    stem: '',
    options: [emptyOption(), emptyOption(), emptyOption(), emptyOption()],
    trueFalseCorrect: '',
    acceptedAnswers: [{ text: '' }],
    accentInsensitive: true,
    points: '1',
    topic: '',
    difficulty: '',
    explanation: '',
    source: { document: '', article: '', date: '' },
    tags: '',
  };
}

/** The editor's values for a stored question (organizers and admins receive its key). */
export function questionToForm(question: Question): QuestionFormValues {
  const values = emptyQuestionForm(question.bankId);
  const base: QuestionFormValues = {
    ...values,
    type: question.type,
    stem: question.stem,
    accentInsensitive: question.accentInsensitive,
    points: String(question.points),
    topic: question.topic,
    difficulty: question.difficulty,
    explanation: question.explanation ?? '',
    source: { document: question.source?.document ?? '', article: question.source?.article ?? '', date: question.source?.date ?? '' },
    tags: question.tags.join(', '),
  };
  if (question.type === 'true_false') {
    const correct = question.options.find((option) => option.isCorrect);
    const index = correct ? TRUE_FALSE_TEXTS.findIndex((text) => searchKey(text) === searchKey(correct.text)) : -1;
    return { ...base, trueFalseCorrect: index === 0 ? '0' : index === 1 ? '1' : '' };
  }
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    return { ...base, options: question.options.map((option) => ({ text: option.text, isCorrect: option.isCorrect === true })) };
  }
  if (question.type === 'short_text') {
    const accepted = question.acceptedAnswers ?? [];
    return { ...base, acceptedAnswers: accepted.length > 0 ? accepted.map((text) => ({ text })) : [{ text: '' }] };
  }
  return base;
}

export function splitTags(tags: string): string[] {
  const seen = new Set<string>();
  return tags
    .split(/[,;\n]/)
    .map(normalizeText)
    .filter((tag) => tag && !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}

/** The request body: the current type's part only, text normalised the way the API stores it. */
export function toQuestionInput(values: QuestionFormValues): QuestionInput {
  const document = normalizeText(values.source.document);
  const article = normalizeText(values.source.article);
  const hasSource = Boolean(document || article || values.source.date);
  const explanation = normalizeMultilineText(values.explanation);
  const input: QuestionInput = {
    type: values.type,
    stem: normalizeMultilineText(values.stem),
    points: values.points.trim() === '' ? Number.NaN : Number(values.points),
    // The editor refuses an empty topic or difficulty before this is sent (see formProblems).
    topic: values.topic as Topic,
    difficulty: values.difficulty as Difficulty,
    explanation: explanation || null,
    source: hasSource ? { document, article: article || null, date: values.source.date || null } : null,
    tags: splitTags(values.tags),
  };
  if (values.type === 'true_false') {
    input.options = TRUE_FALSE_TEXTS.map((text, index) => ({ text, isCorrect: values.trueFalseCorrect === String(index) }));
  } else if (isChoiceType(values.type)) {
    input.options = values.options.map((option) => ({ text: normalizeText(option.text), isCorrect: option.isCorrect }));
  } else if (values.type === 'short_text') {
    input.acceptedAnswers = values.acceptedAnswers.map((answer) => normalizeText(answer.text)).filter(Boolean);
    input.accentInsensitive = values.accentInsensitive;
  }
  return input;
}

/**
 * Where a problem shows on the form. Problems come with QuestionInput's dotted
 * paths, from the domain rules and from the API alike (`options.2.text`,
 * `source.document`); a true/false question's options are one radio group.
 */
export type FormSlot =
  | 'bankId'
  | 'type'
  | 'stem'
  | 'options'
  | `options.${number}.text`
  | 'trueFalse'
  | 'acceptedAnswers'
  | 'points'
  | 'topic'
  | 'difficulty'
  | 'explanation'
  | 'source.document'
  | 'source.article'
  | 'source.date'
  | 'tags';

const PLAIN_SLOTS = new Set<string>(['bankId', 'type', 'stem', 'points', 'topic', 'difficulty', 'explanation', 'source.document', 'source.article', 'source.date', 'tags']);

export function slotOf(field: string, type: QuestionType): FormSlot | null {
  const option = /^options\.(\d+)(?:\.(text|isCorrect))?$/.exec(field);
  if (field === 'options' || option) {
    if (type === 'true_false') return 'trueFalse';
    return option && option[2] === 'text' && Number(option[1]) < QUESTION_LIMITS.options.max ? `options.${Number(option[1])}.text` : 'options';
  }
  if (field === 'acceptedAnswers' || /^acceptedAnswers\.\d+$/.test(field) || field === 'accentInsensitive') return 'acceptedAnswers';
  if (field === 'source') return 'source.document';
  return PLAIN_SLOTS.has(field) ? (field as FormSlot) : null;
}

export interface FormProblem {
  slot: FormSlot;
  /** A field problem; from the API also an error code that belongs to one field (QUESTION_BANK_NOT_FOUND). */
  code: FieldErrorCode | ErrorCode;
}

/** Everything wrong with the values, by the same rules the API applies, plus the selects the API types strictly. */
export function formProblems(values: QuestionFormValues, { requireBank }: { requireBank: boolean }): FormProblem[] {
  const problems: FormProblem[] = [];
  if (requireBank && !values.bankId) problems.push({ slot: 'bankId', code: 'REQUIRED' });
  if (!values.topic) problems.push({ slot: 'topic', code: 'REQUIRED' });
  if (!values.difficulty) problems.push({ slot: 'difficulty', code: 'REQUIRED' });
  for (const problem of questionProblems(toQuestionInput(values))) {
    const slot = slotOf(problem.field, values.type);
    if (slot && !problems.some((p) => p.slot === slot && p.code === problem.code)) problems.push({ slot, code: problem.code });
  }
  return problems;
}

/**
 * When a problem may show before the first submit: once the author has been
 * in that part of the form. "Which is correct" waits until a correct toggle
 * was used, so typing the first option does not nag about the key.
 */
export function visibilityKey(problem: FormProblem): string {
  if (problem.slot === 'trueFalse') return 'correct';
  if (problem.slot === 'options' && problem.code === 'CORRECT_COUNT') return 'correct';
  return problem.slot;
}

/** The part of the values a slot shows, to tell whether a server problem still applies. */
export function slotValue(values: QuestionFormValues, slot: FormSlot): unknown {
  const option = /^options\.(\d+)\.text$/.exec(slot);
  if (option) return values.options[Number(option[1])]?.text;
  switch (slot) {
    case 'options':
      return values.options;
    case 'trueFalse':
      return values.trueFalseCorrect;
    case 'acceptedAnswers':
      return [values.acceptedAnswers, values.accentInsensitive];
    case 'source.document':
      return values.source.document;
    case 'source.article':
      return values.source.article;
    case 'source.date':
      return values.source.date;
    default:
      return values[slot as keyof QuestionFormValues];
  }
}
