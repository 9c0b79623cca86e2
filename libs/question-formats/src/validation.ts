import { IMPORT_PROBLEM_CODES, type ImportFormat, type ImportProblem, type ImportProblemCode, type QuestionInput } from '@reform-quiz/contracts';
import { QUESTION_LIMITS, questionProblems, searchKey, type QuestionProblem } from '@reform-quiz/domain';
import { columnHeader, COLUMNS, IMPORT_LIMITS, OPTION_KEYS, type ColumnKey } from './columns';
import { importProblemMessage } from './messages';
import type { Draft, MessageParams, ParseOptions, ParseResult, RawProblem, ReadResult } from './types';

/**
 * The step every format ends with: check each question against the domain
 * rules, give each problem its row, column and Vietnamese message.
 */

/** A problem of the file as a whole, or of its layout (row and column given when known). */
export function fileProblem(code: ImportProblemCode, params: MessageParams = {}, row: number | null = null, column: string | null = null): ImportProblem {
  return { row, column, code, message: importProblemMessage(code, params) };
}

const IMPORT_CODES: ReadonlySet<string> = new Set(IMPORT_PROBLEM_CODES);
/** Columns whose meaning depends on the question type. */
const TYPE_SLOTS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([...OPTION_KEYS, 'correct', 'accentInsensitive']);
const COLUMN_ORDER = new Map<ColumnKey, number>(COLUMNS.map((c, i) => [c.key, i]));

export function finish(format: ImportFormat, read: ReadResult, options: ParseOptions, spreadsheet: boolean): ParseResult {
  const { drafts, fileProblems } = read;
  if (drafts.length > IMPORT_LIMITS.rows) {
    return { format, questions: [], problems: [fileProblem('TOO_MANY_ROWS', { count: drafts.length, limit: IMPORT_LIMITS.rows })] };
  }
  if (drafts.length === 0 && fileProblems.length === 0) return { format, questions: [], problems: [fileProblem('EMPTY_FILE')] };
  const problems = [...fileProblems, ...drafts.flatMap((d) => draftProblems(d, options, spreadsheet))];
  // Stable: file-wide problems first, then by row; within a row in reading order.
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { format, questions: drafts.map((d) => ({ row: d.row, input: d.input })), problems };
}

function draftProblems(draft: Draft, options: ParseOptions, spreadsheet: boolean): ImportProblem[] {
  const taken = new Set(draft.problems.map((p) => p.slot));
  const rules = questionProblems(draft.input, { requireSource: options.requireSource })
    .map((p) => fromRule(p, draft.input))
    // A problem met while reading a cell explains the rule problems it causes; an unread type makes type rules noise.
    .filter((p) => !(p.slot && taken.has(p.slot)) && (draft.typeKnown || !p.slot || !TYPE_SLOTS.has(p.slot)));
  const ordered = [...draft.problems, ...rules].sort((a, b) => slotOrder(a) - slotOrder(b));
  return ordered.map((p) => ({
    row: p.row ?? draft.row,
    column: spreadsheet && p.slot ? columnHeader(p.slot) : null,
    code: p.code,
    message: importProblemMessage(p.code, p.params),
  }));
}

const slotOrder = (p: RawProblem) => (p.slot ? (COLUMN_ORDER.get(p.slot) ?? 0) + 1 : 0);

const MAX_LENGTH: Record<string, number> = {
  stem: QUESTION_LIMITS.stem,
  explanation: QUESTION_LIMITS.explanation,
  'source.document': QUESTION_LIMITS.sourceDocument,
  'source.article': QUESTION_LIMITS.sourceArticle,
};

function fromRule(problem: QuestionProblem, q: QuestionInput): RawProblem {
  const code: ImportProblemCode = IMPORT_CODES.has(problem.code) ? (problem.code as ImportProblemCode) : 'INVALID_VALUE';
  const slot = ruleSlot(problem, q);
  const params: MessageParams = { type: q.type };
  if (slot) params['field'] = columnHeader(slot);
  const { field } = problem;
  if (code === 'TOO_LONG') {
    if (field.startsWith('options.')) params['max'] = QUESTION_LIMITS.option;
    else if (field === 'acceptedAnswers') {
      params['hint'] = `tối đa ${QUESTION_LIMITS.acceptedAnswers} đáp án, mỗi đáp án không quá ${QUESTION_LIMITS.acceptedAnswer} ký tự`;
    } else if (MAX_LENGTH[field]) params['max'] = MAX_LENGTH[field];
  }
  if (code === 'OPTIONS_COUNT') params['count'] = (q.options ?? []).length;
  if (code === 'POINTS_RANGE') params['value'] = String(q.points);
  if (code === 'DATE_INVALID' && q.source?.date) params['value'] = q.source.date;
  if (code === 'INVALID_VALUE' && field === 'tags') {
    params['hint'] = `tối đa ${QUESTION_LIMITS.tags} thẻ, mỗi thẻ không quá ${QUESTION_LIMITS.tag} ký tự, cách nhau bởi dấu phẩy`;
  }
  return { code, slot, params };
}

const FIELD_SLOTS: Record<string, ColumnKey> = {
  stem: 'stem',
  points: 'points',
  explanation: 'explanation',
  acceptedAnswers: 'correct',
  'source.document': 'sourceDocument',
  'source.article': 'sourceArticle',
  'source.date': 'sourceDate',
  tags: 'tags',
};

const optionSlot = (index: number) => OPTION_KEYS[Math.min(index, OPTION_KEYS.length - 1)];

/** The spreadsheet column a rule problem points at. */
function ruleSlot({ field, code }: QuestionProblem, q: QuestionInput): ColumnKey | null {
  const option = /^options\.(\d+)\./.exec(field);
  if (option) return optionSlot(Number(option[1]));
  if (field !== 'options') return FIELD_SLOTS[field] ?? null;
  const options = q.options ?? [];
  switch (code) {
    case 'OPTIONS_COUNT':
      // The first column left empty, where the missing option goes.
      return optionSlot(options.length);
    case 'OPTIONS_DUPLICATE': {
      const keys = options.map((o) => searchKey(o.text));
      return optionSlot(Math.max(0, keys.findIndex((k, i) => k && keys.indexOf(k) < i)));
    }
    case 'UNEXPECTED_OPTIONS':
      return 'optionA';
    default:
      return 'correct';
  }
}
