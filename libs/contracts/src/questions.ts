import type { IsoDate, IsoDateTime, PageQuery } from './common';

export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false', 'short_text', 'essay'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The six reform areas (Nghị quyết 76/NQ-CP lists the same six for 2021–2030), plus general. */
export const TOPICS = ['institutional', 'procedures', 'organization', 'civil_service', 'public_finance', 'e_government', 'general'] as const;
export type Topic = (typeof TOPICS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** draft → in_review → approved → retired; only approved questions are drawn. */
export const QUESTION_STATUSES = ['draft', 'in_review', 'approved', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** The legal document a question rests on. */
export interface QuestionSource {
  /** Number and kind, e.g. "Nghị định 61/2018/NĐ-CP". */
  document: string;
  /** e.g. "Điều 3, khoản 1". */
  article?: string | null;
  /** Date the document was issued, `YYYY-MM-DD`. */
  date?: IsoDate | null;
}

export interface QuestionOptionInput {
  text: string;
  isCorrect: boolean;
}

/** What an author writes; also what every import format is turned into. */
export interface QuestionInput {
  type: QuestionType;
  /** Plain text; line breaks and **bold** / *italic* are the only formatting. Markup is stripped. */
  stem: string;
  /** Choice types: 2–8 options (true/false: exactly "Đúng" and "Sai"). Others: none. */
  options?: QuestionOptionInput[];
  /** short_text only: the answers that count, compared after normalisation. */
  acceptedAnswers?: string[];
  /** short_text only: also accept answers typed without diacritics. */
  accentInsensitive?: boolean;
  points: number;
  topic: Topic;
  difficulty: Difficulty;
  explanation?: string | null;
  source?: QuestionSource | null;
  tags?: string[];
}

export interface CreateQuestionRequest extends QuestionInput {
  bankId: number;
}

export type UpdateQuestionRequest = QuestionInput;

export interface QuestionOption {
  id: string;
  text: string;
  /** Present only for organizers and admins; never for judges or entrants. */
  isCorrect?: boolean;
}

export interface PersonRef {
  id: string;
  fullName: string;
}

export interface Question {
  id: string;
  bankId: number;
  /** Id of the first version; all versions of one question share it. */
  rootId: string;
  version: number;
  previousVersionId: string | null;
  /** False for versions replaced by a newer one. */
  isLatest: boolean;
  status: QuestionStatus;
  type: QuestionType;
  stem: string;
  options: QuestionOption[];
  /** Organizers and admins only. */
  acceptedAnswers?: string[];
  accentInsensitive: boolean;
  points: number;
  topic: Topic;
  difficulty: Difficulty;
  explanation: string | null;
  source: QuestionSource | null;
  tags: string[];
  author: PersonRef | null;
  reviewer: PersonRef | null;
  /** The reviewer's note when a question was sent back. */
  reviewComment: string | null;
  /** True once an attempt has drawn it: it can no longer change, only get a new version. */
  used: boolean;
  /** Other current questions whose normalised stem is the same: a likely duplicate. */
  duplicateOf: string[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface QuestionListQuery extends PageQuery {
  bankId?: number;
  /** Searched in the stem, accent-insensitive. */
  q?: string;
  topic?: Topic;
  type?: QuestionType;
  difficulty?: Difficulty;
  status?: QuestionStatus;
  tag?: string;
  /** Searched in the source document, accent-insensitive. */
  source?: string;
}

/** Approved questions per topic × difficulty: what a round's blueprint can draw from. */
export interface QuestionCounts {
  status: QuestionStatus;
  cells: { topic: Topic; difficulty: Difficulty; count: number }[];
  total: number;
}

export interface QuestionBank {
  id: number;
  name: string;
  description: string | null;
  questionCount: number;
}

export interface CreateQuestionBankRequest {
  name: string;
  description?: string | null;
}

export const REVIEW_DECISIONS = ['approve', 'send_back'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export interface ReviewQuestionRequest {
  decision: ReviewDecision;
  /** Required when sending back: what to fix. */
  comment?: string;
}

export const IMPORT_FORMATS = ['xlsx', 'csv', 'gift', 'aiken'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const EXPORT_FORMATS = ['xlsx', 'gift'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const IMPORT_PROBLEM_CODES = [
  // the file as a whole
  'FILE_TOO_LARGE',
  'TOO_MANY_ROWS',
  'EMPTY_FILE',
  'UNSUPPORTED_FORMAT',
  'INVALID_FILE',
  'WRONG_SHEET',
  'MISSING_COLUMN',
  'DUPLICATE_COLUMN',
  'FORMULA_CELL',
  'MERGED_CELLS',
  'SYNTAX_ERROR',
  // one question
  'REQUIRED',
  'INVALID_VALUE',
  'TOO_LONG',
  'OPTIONS_COUNT',
  'OPTION_EMPTY',
  'OPTIONS_DUPLICATE',
  'CORRECT_COUNT',
  'CORRECT_UNKNOWN_OPTION',
  'TRUE_FALSE_OPTIONS',
  'ACCEPTED_ANSWERS_REQUIRED',
  'UNEXPECTED_OPTIONS',
  'POINTS_RANGE',
  'SOURCE_REQUIRED',
  'DATE_INVALID',
  'UNSUPPORTED_QUESTION',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** One problem found in an import file. */
export interface ImportProblem {
  /** Spreadsheet row or text line (1-based, the header is row 1); null for the file as a whole. */
  row: number | null;
  /** Column header as in the template, or null. */
  column: string | null;
  code: ImportProblemCode;
  /** In Vietnamese, for the organizer. */
  message: string;
}

export interface ImportReport {
  format: ImportFormat;
  dryRun: boolean;
  /** Questions found (valid or not). */
  total: number;
  byTopic: Partial<Record<Topic, number>>;
  byType: Partial<Record<QuestionType, number>>;
  problems: ImportProblem[];
  /** Rows whose stem matches a question already in the bank (a warning, not a problem). */
  duplicates: { row: number | null; existingId: string }[];
  /** Set on a successful commit. */
  imported?: number;
  status?: QuestionStatus;
}

export interface ImportQuery {
  dryRun?: boolean;
  bankId: number;
  /** Status of the imported questions: draft (default) or in_review. */
  status?: 'draft' | 'in_review';
  /** Overrides detection by file name. */
  format?: ImportFormat;
}

export interface ExportQuery extends Omit<QuestionListQuery, 'page' | 'pageSize'> {
  format: ExportFormat;
}
