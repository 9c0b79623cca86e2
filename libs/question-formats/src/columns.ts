import type { Difficulty, QuestionType, Topic } from '@reform-quiz/contracts';

/**
 * The spreadsheet layout shared by the Excel template, CSV files and Excel
 * export (so an export imports back unchanged). One row per question; the
 * header row names the columns; column order does not matter.
 */
export const COLUMNS = [
  { key: 'type', header: 'Loại câu hỏi', aliases: ['type', 'loai', 'loai cau hoi'], required: true },
  { key: 'topic', header: 'Chủ đề', aliases: ['topic', 'chu de', 'linh vuc'], required: true },
  { key: 'difficulty', header: 'Mức độ', aliases: ['difficulty', 'muc do', 'do kho'], required: true },
  { key: 'points', header: 'Điểm', aliases: ['points', 'diem'], required: true },
  { key: 'stem', header: 'Câu hỏi', aliases: ['stem', 'cau hoi', 'noi dung cau hoi'], required: true },
  { key: 'optionA', header: 'Phương án A', aliases: ['a', 'option a', 'phuong an a', 'dap an a'], required: false },
  { key: 'optionB', header: 'Phương án B', aliases: ['b', 'option b', 'phuong an b', 'dap an b'], required: false },
  { key: 'optionC', header: 'Phương án C', aliases: ['c', 'option c', 'phuong an c', 'dap an c'], required: false },
  { key: 'optionD', header: 'Phương án D', aliases: ['d', 'option d', 'phuong an d', 'dap an d'], required: false },
  { key: 'optionE', header: 'Phương án E', aliases: ['e', 'option e', 'phuong an e', 'dap an e'], required: false },
  { key: 'optionF', header: 'Phương án F', aliases: ['f', 'option f', 'phuong an f', 'dap an f'], required: false },
  { key: 'optionG', header: 'Phương án G', aliases: ['g', 'option g', 'phuong an g', 'dap an g'], required: false },
  { key: 'optionH', header: 'Phương án H', aliases: ['h', 'option h', 'phuong an h', 'dap an h'], required: false },
  /** Letters for choice types ("B" or "A, C"); "Đúng"/"Sai" for true/false; accepted answers separated by "|" for short text; empty for essays. */
  { key: 'correct', header: 'Đáp án đúng', aliases: ['correct', 'answer', 'dap an dung', 'dap an'], required: true },
  /** "Có" / "Không" (short text only): accept answers typed without diacritics. */
  { key: 'accentInsensitive', header: 'Không phân biệt dấu', aliases: ['accent insensitive', 'khong phan biet dau'], required: false },
  { key: 'explanation', header: 'Giải thích', aliases: ['explanation', 'giai thich'], required: false },
  { key: 'sourceDocument', header: 'Văn bản nguồn', aliases: ['source', 'source document', 'van ban nguon', 'can cu', 'nguon'], required: false },
  { key: 'sourceArticle', header: 'Điều, khoản', aliases: ['article', 'source article', 'dieu khoan', 'dieu, khoan'], required: false },
  /** `YYYY-MM-DD`, `DD/MM/YYYY`, or an Excel date cell. */
  { key: 'sourceDate', header: 'Ngày ban hành', aliases: ['source date', 'date', 'ngay ban hanh'], required: false },
  /** Comma-separated. */
  { key: 'tags', header: 'Thẻ', aliases: ['tags', 'the', 'nhan'], required: false },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];

/** One row as read from a sheet or CSV, every cell as text ('' when empty). */
export type QuestionRow = Record<ColumnKey, string>;

export const OPTION_KEYS = ['optionA', 'optionB', 'optionC', 'optionD', 'optionE', 'optionF', 'optionG', 'optionH'] as const;
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;

/** Vietnamese labels written by export and the template; import also accepts the codes. */
export const TYPE_LABELS: Record<QuestionType, string> = {
  single_choice: 'Một đáp án',
  multiple_choice: 'Nhiều đáp án',
  true_false: 'Đúng/Sai',
  short_text: 'Trả lời ngắn',
  essay: 'Tự luận',
};

export const TOPIC_LABELS: Record<Topic, string> = {
  institutional: 'Cải cách thể chế',
  procedures: 'Cải cách thủ tục hành chính',
  organization: 'Cải cách tổ chức bộ máy',
  civil_service: 'Cải cách chế độ công vụ',
  public_finance: 'Cải cách tài chính công',
  e_government: 'Chính quyền điện tử, chính quyền số',
  general: 'Chung',
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: 'Dễ',
  medium: 'Trung bình',
  hard: 'Khó',
};

export const YES = 'Có';
export const NO = 'Không';

/** Name of the sheet holding the questions in the template and in exports. */
export const QUESTIONS_SHEET = 'Câu hỏi';
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';

/** Limits of one import. */
export const IMPORT_LIMITS = { bytes: 5 * 1024 * 1024, rows: 5000 } as const;

const HEADERS = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<ColumnKey, string>;

/** The Vietnamese header of a column, as written in the template. */
export function columnHeader(key: ColumnKey): string {
  return HEADERS[key];
}

/** A row with every cell empty, to fill in. */
export function emptyRow(): QuestionRow {
  return Object.fromEntries(COLUMNS.map((c) => [c.key, ''])) as QuestionRow;
}
