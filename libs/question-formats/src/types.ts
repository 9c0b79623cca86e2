import type { ImportFormat, ImportProblem, ImportProblemCode, QuestionInput } from '@reform-quiz/contracts';
import type { ColumnKey } from './columns';

export interface ParsedQuestion {
  /** Spreadsheet row or text line where the question starts; null when unknown. */
  row: number | null;
  input: QuestionInput;
}

export interface ParseResult {
  format: ImportFormat;
  questions: ParsedQuestion[];
  problems: ImportProblem[];
}

export interface ParseOptions {
  /** Overrides detection by file name and content. */
  format?: ImportFormat;
  /** Report questions without a legal source (for imports that go straight to review). */
  requireSource?: boolean;
}

/** Values that fill the blanks of a problem message. */
export type MessageParams = Record<string, string | number>;

/**
 * A problem found while reading one question, before it is given a message.
 * `slot` is the spreadsheet column the problem belongs to, so a reading
 * problem (say a letter naming no option) can hide the rule problem it
 * causes (no correct option), and so spreadsheets can name the column.
 */
export interface RawProblem {
  code: ImportProblemCode;
  slot: ColumnKey | null;
  params?: MessageParams;
  /** Overrides the question's row, e.g. the comment line holding a bad GIFT tag. */
  row?: number;
}

/** One question as read from a file, not yet checked against the question rules. */
export interface Draft {
  row: number | null;
  input: QuestionInput;
  problems: RawProblem[];
  /** False when the type could not be read: type-specific rules would only add noise. */
  typeKnown: boolean;
}

/** What each format reader hands to the shared validation step. */
export interface ReadResult {
  drafts: Draft[];
  /** Problems of the file or its layout; with any of these nothing was read beyond them. */
  fileProblems: ImportProblem[];
}
