export type { ParsedQuestion, ParseOptions, ParseResult } from './types';
export { parseQuestionFile } from './parse-question-file';
export { writeXlsx } from './workbook';
export { writeTemplate, TEMPLATE_EXAMPLES } from './template';
export { writeCsv } from './csv';
export { writeGift } from './gift-writer';
export { importProblemMessage } from './messages';
export {
  COLUMNS,
  DIFFICULTY_LABELS,
  IMPORT_LIMITS,
  INSTRUCTIONS_SHEET,
  NO,
  OPTION_KEYS,
  OPTION_LETTERS,
  QUESTIONS_SHEET,
  TOPIC_LABELS,
  TYPE_LABELS,
  YES,
  columnHeader,
} from './columns';
export type { ColumnKey, QuestionRow } from './columns';
