import type { Difficulty, QuestionInput, QuestionOptionInput, QuestionType, Topic } from '@reform-quiz/contracts';
import { normalizeMultilineText, normalizeText, searchKey, TRUE_FALSE_TEXTS } from '@reform-quiz/domain';
import {
  columnHeader,
  DIFFICULTY_LABELS,
  emptyRow,
  NO,
  OPTION_KEYS,
  OPTION_LETTERS,
  TOPIC_LABELS,
  TYPE_LABELS,
  YES,
  type ColumnKey,
  type QuestionRow,
} from './columns';
import type { Draft, MessageParams, RawProblem } from './types';
import { ALLOWED, parseDate, parseDifficulty, parsePoints, parseTopic, parseType, parseYesNo } from './values';

/**
 * One spreadsheet row ↔ one question. The xlsx and CSV readers and writers
 * share this, so a file exported from ReformQuiz imports back unchanged.
 */

const CHOICE_TYPES: ReadonlySet<QuestionType> = new Set(['single_choice', 'multiple_choice', 'true_false']);
const TRUE_KEYS = new Set(['dung', 'd', 'true', 't', 'a']);
const FALSE_KEYS = new Set(['sai', 's', 'false', 'f', 'b']);

type Add = (code: RawProblem['code'], slot: ColumnKey, params?: MessageParams) => void;

/** Reads a row; `cellProblems` (formulas, merged cells) come from the sheet reader. */
export function rowToDraft(row: QuestionRow, rowNumber: number, cellProblems: RawProblem[] = []): Draft {
  const problems: RawProblem[] = [...cellProblems];
  const add: Add = (code, slot, params) => problems.push({ code, slot, params: { field: columnHeader(slot), ...params } });
  const invalid = (slot: ColumnKey, hint?: string) => add('INVALID_VALUE', slot, { value: normalizeText(row[slot]), ...(hint ? { hint } : {}) });

  let type: QuestionType = 'single_choice';
  let typeKnown = false;
  if (!row.type.trim()) add('REQUIRED', 'type');
  else {
    const parsed = parseType(row.type);
    if (parsed) [type, typeKnown] = [parsed, true];
    else invalid('type', `chọn một trong: ${ALLOWED.type}`);
  }
  const topic = readCoded<Topic>(row.topic, parseTopic, 'general', () => invalid('topic', `chọn một trong: ${ALLOWED.topic}`));
  const difficulty = readCoded<Difficulty>(row.difficulty, parseDifficulty, 'medium', () =>
    invalid('difficulty', `chọn một trong: ${ALLOWED.difficulty}`),
  );

  const pointsReading = parsePoints(row.points);
  let points = 0;
  if ('points' in pointsReading) points = pointsReading.points;
  else if (pointsReading.problem === 'POINTS_RANGE') add('POINTS_RANGE', 'points', { value: normalizeText(row.points) });
  else invalid('points', 'điểm phải là số nguyên từ 1 đến 100');

  let options: QuestionOptionInput[] = [];
  let acceptedAnswers: string[] = [];
  let accentInsensitive = false;
  if (typeKnown) {
    if (CHOICE_TYPES.has(type)) options = type === 'true_false' ? readTrueFalse(row, add, invalid) : readChoices(row, add);
    else {
      const filled = OPTION_KEYS.find((k) => row[k].trim());
      if (filled) add('UNEXPECTED_OPTIONS', filled, { type });
      const correct = normalizeText(row.correct);
      if (type === 'short_text') acceptedAnswers = correct.split('|').map(normalizeText).filter(Boolean);
      else if (correct) add('UNEXPECTED_OPTIONS', 'correct', { type });
    }
    const flag = parseYesNo(row.accentInsensitive);
    if (flag === null) invalid('accentInsensitive', `ghi “${YES}” hoặc “${NO}”`);
    accentInsensitive = type === 'short_text' && flag === true;
  }

  const document = normalizeText(row.sourceDocument);
  const article = normalizeText(row.sourceArticle);
  const dateText = normalizeText(row.sourceDate);
  const date = dateText ? parseDate(dateText) : null;
  if (dateText && !date) add('DATE_INVALID', 'sourceDate', { value: dateText });
  const explanation = normalizeMultilineText(row.explanation);

  const input: QuestionInput = {
    type,
    stem: normalizeMultilineText(row.stem),
    options,
    acceptedAnswers,
    accentInsensitive,
    points,
    topic,
    difficulty,
    explanation: explanation || null,
    // An article or date without a document is a forgotten document, not "no source": keep it so the rules say so.
    source: document || article || dateText ? { document, article: article || null, date: date ?? (dateText || null) } : null,
    tags: splitTags(row.tags),
  };
  return { row: rowNumber, input, problems, typeKnown };
}

function readCoded<T>(text: string, parse: (t: string) => T | null, fallback: T, onInvalid: () => void): T {
  if (!text.trim()) return fallback;
  const value = parse(text);
  if (value === null) onInvalid();
  return value ?? fallback;
}

/** Options are the columns up to the last one filled, so option N is always letter N and a gap is reported. */
function readChoices(row: QuestionRow, add: Add): QuestionOptionInput[] {
  const texts = OPTION_KEYS.map((k) => normalizeText(row[k]));
  const count = texts.reduce((last, text, i) => (text ? i + 1 : last), 0);
  const options = texts.slice(0, count).map((text) => ({ text, isCorrect: false }));
  const cell = normalizeText(row.correct);
  if (!cell) return options;
  const tokens = cell.split(/[\s,;]+/).filter(Boolean);
  if (!tokens.every((t) => /^[a-z]$/i.test(t))) {
    // Some sheets write the correct option's text instead of its letter.
    const byText = options.findIndex((o) => o.text && searchKey(o.text) === searchKey(cell));
    if (byText >= 0) options[byText].isCorrect = true;
    else add('CORRECT_UNKNOWN_OPTION', 'correct', { value: cell });
    return options;
  }
  for (const token of tokens) {
    const i = OPTION_LETTERS.indexOf(token.toUpperCase() as (typeof OPTION_LETTERS)[number]);
    if (i < 0 || i >= options.length || !options[i].text) add('CORRECT_UNKNOWN_OPTION', 'correct', { value: token.toUpperCase() });
    else options[i].isCorrect = true;
  }
  return options;
}

/** Always [Đúng, Sai]; option columns may be empty or say exactly that. */
function readTrueFalse(row: QuestionRow, add: Add, invalid: (slot: ColumnKey, hint?: string) => void): QuestionOptionInput[] {
  const expected = TRUE_FALSE_TEXTS.map((t) => searchKey(t));
  const wrong = OPTION_KEYS.find((k, i) => row[k].trim() && searchKey(row[k]) !== expected[i]);
  if (wrong) add('TRUE_FALSE_OPTIONS', wrong);
  const key = searchKey(row.correct);
  const isTrue = TRUE_KEYS.has(key);
  const isFalse = FALSE_KEYS.has(key);
  if (key && !isTrue && !isFalse) invalid('correct', `ghi “${TRUE_FALSE_TEXTS[0]}” hoặc “${TRUE_FALSE_TEXTS[1]}”`);
  return [
    { text: TRUE_FALSE_TEXTS[0], isCorrect: isTrue },
    { text: TRUE_FALSE_TEXTS[1], isCorrect: isFalse },
  ];
}

function splitTags(text: string): string[] {
  return text.split(',').map(normalizeText).filter(Boolean);
}

/** The row export writes for a question: labels rather than codes, letters for correct options. */
export function questionToRow(q: QuestionInput): QuestionRow {
  const row = emptyRow();
  const options = q.options ?? [];
  row.type = TYPE_LABELS[q.type];
  row.topic = TOPIC_LABELS[q.topic];
  row.difficulty = DIFFICULTY_LABELS[q.difficulty];
  row.points = String(q.points);
  row.stem = q.stem;
  options.slice(0, OPTION_KEYS.length).forEach((o, i) => (row[OPTION_KEYS[i]] = o.text));
  if (q.type === 'true_false') row.correct = options.find((o) => o.isCorrect)?.text ?? '';
  else if (CHOICE_TYPES.has(q.type)) {
    row.correct = options.flatMap((o, i) => (o.isCorrect && i < OPTION_LETTERS.length ? [OPTION_LETTERS[i]] : [])).join(', ');
  } else if (q.type === 'short_text') row.correct = (q.acceptedAnswers ?? []).join(' | ');
  if (q.type === 'short_text') row.accentInsensitive = q.accentInsensitive ? YES : NO;
  row.explanation = q.explanation ?? '';
  row.sourceDocument = q.source?.document ?? '';
  row.sourceArticle = q.source?.article ?? '';
  row.sourceDate = q.source?.date ?? '';
  row.tags = (q.tags ?? []).join(', ');
  return row;
}
