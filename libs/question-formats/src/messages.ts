import type { ImportProblemCode } from '@reform-quiz/contracts';
import { IMPORT_LIMITS } from './columns';
import type { MessageParams } from './types';

/** 5231 → "5.231", as Vietnamese writes numbers. */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** Bytes → "6,2" (megabytes, decimal comma). */
export function formatMegabytes(bytes: number): string {
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return String(mb).replace('.', ',');
}

type Message = (p: Params) => string;

/** Read-only view of the params that tolerates missing keys. */
class Params {
  constructor(private readonly values: MessageParams) {}
  str(key: string): string | undefined {
    const v = this.values[key];
    return v === undefined || v === '' ? undefined : String(v);
  }
  num(key: string): number | undefined {
    const v = this.values[key];
    return typeof v === 'number' ? v : undefined;
  }
}

const quoted = (s: string) => `“${s}”`;
const ESCAPE_HINT = 'Nếu nội dung có các ký tự ~ = # { } : hãy thêm dấu \\ phía trước.';

const SYNTAX_REASONS: Record<string, string> = {
  missing_answer: 'thiếu dòng “ANSWER: …” sau các phương án',
  quote_not_closed: 'có dấu ngoặc kép (") mở mà chưa đóng',
  orphan_answer: 'dòng “ANSWER: …” không thuộc câu hỏi nào',
};

const QUESTION_KINDS: Record<string, string> = {
  numerical: 'câu hỏi số (Numerical)',
  matching: 'câu hỏi ghép cặp (Matching)',
  description: 'đoạn mô tả không có đáp án (Description)',
  cloze: 'câu hỏi điền khuyết (đáp án nằm giữa câu)',
};

function syntaxError(p: Params): string {
  const format = p.str('format') ?? 'tệp';
  const line = p.num('line');
  const where = line === undefined ? '' : ` ở dòng ${line}${p.num('column') === undefined ? '' : `, cột ${p.num('column')}`}`;
  const reason = p.str('reason');
  if (reason) return `Sai cú pháp ${format}${where}: ${SYNTAX_REASONS[reason] ?? reason}.`;
  if (format !== 'GIFT') return `Sai cú pháp ${format}${where}.`;
  const found = p.str('found');
  const detail = found === undefined ? 'câu hỏi kết thúc khi chưa đóng ngoặc “}”' : `ký tự ${quoted(found)} không hợp lệ ở vị trí này`;
  return `Sai cú pháp GIFT${where}: ${detail}. ${ESCAPE_HINT}`;
}

function correctCount(p: Params): string {
  switch (p.str('type')) {
    case 'single_choice':
      return 'Câu một đáp án phải có đúng một đáp án đúng.';
    case 'multiple_choice':
      return 'Câu nhiều đáp án phải có ít nhất một đáp án đúng.';
    case 'true_false':
      return 'Câu Đúng/Sai phải có đáp án là “Đúng” hoặc “Sai”.';
    default:
      return 'Câu một đáp án và câu Đúng/Sai cần đúng một đáp án đúng; câu nhiều đáp án cần ít nhất một.';
  }
}

function unexpectedOptions(p: Params): string {
  switch (p.str('type')) {
    case 'essay':
      return 'Câu tự luận không có phương án hay đáp án đúng; hãy để trống các cột này (gợi ý chấm có thể ghi ở “Giải thích”).';
    case 'short_text':
      return 'Câu trả lời ngắn không có phương án lựa chọn; hãy ghi các đáp án được chấp nhận ở cột “Đáp án đúng”, cách nhau bởi dấu |.';
    default:
      return 'Loại câu hỏi này không có phương án hay đáp án chấp nhận.';
  }
}

/**
 * One entry per code: a code added to the contracts without a message here
 * fails the typecheck.
 */
const MESSAGES: Record<ImportProblemCode, Message> = {
  FILE_TOO_LARGE: (p) => {
    const limit = formatMegabytes(p.num('limit') ?? IMPORT_LIMITS.bytes);
    const size = p.num('size');
    return size === undefined
      ? `Tệp vượt giới hạn ${limit} MB mỗi lần nhập.`
      : `Tệp nặng ${formatMegabytes(size)} MB, vượt giới hạn ${limit} MB mỗi lần nhập.`;
  },
  TOO_MANY_ROWS: (p) => {
    const limit = formatCount(p.num('limit') ?? IMPORT_LIMITS.rows);
    const count = p.num('count');
    return count === undefined
      ? `Tệp có quá nhiều câu hỏi; mỗi lần nhập tối đa ${limit} câu.`
      : `Tệp có ${formatCount(count)} câu hỏi, vượt giới hạn ${limit} câu mỗi lần nhập.`;
  },
  EMPTY_FILE: () => 'Tệp không có câu hỏi nào.',
  UNSUPPORTED_FORMAT: (p) =>
    p.str('reason') === 'xls'
      ? 'Tệp Excel 97–2003 (.xls) chưa được hỗ trợ; hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx.'
      : 'Không nhận ra định dạng tệp. Hãy dùng tệp Excel (.xlsx), CSV, GIFT hoặc Aiken.',
  INVALID_FILE: (p) => {
    switch (p.str('reason')) {
      case 'xlsx':
        return 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải tệp .xlsx.';
      case 'encoding':
        return 'Tệp không phải văn bản mã UTF-8. Trong Excel, hãy lưu lại bằng “CSV UTF-8 (Comma delimited) (*.csv)”.';
      case 'binary':
        return 'Tệp không phải văn bản (có vẻ là tệp nhị phân).';
      default:
        return 'Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng.';
    }
  },
  WRONG_SHEET: () => 'Không tìm thấy trang tính “Câu hỏi” hay trang tính nào có dòng tiêu đề theo mẫu.',
  MISSING_COLUMN: (p) => `Thiếu cột ${quoted(p.str('field') ?? '?')}.`,
  DUPLICATE_COLUMN: (p) => `Cột ${quoted(p.str('field') ?? '?')} xuất hiện nhiều lần.`,
  FORMULA_CELL: () => 'Ô chứa công thức; hãy dán giá trị thay vì công thức.',
  MERGED_CELLS: (p) => {
    const range = p.str('range');
    return `${range ? `Vùng ô ${range} đang được gộp` : 'Có ô gộp'}; hãy bỏ gộp ô và điền giá trị vào từng dòng.`;
  },
  SYNTAX_ERROR: syntaxError,
  REQUIRED: (p) => (p.str('field') ? `Chưa điền ${quoted(p.str('field') as string)}.` : 'Thiếu thông tin bắt buộc.'),
  INVALID_VALUE: (p) => {
    const field = p.str('field');
    const value = p.str('value');
    const head =
      value !== undefined && field
        ? `Giá trị ${quoted(value)} không hợp lệ ở ${quoted(field)}`
        : field
          ? `${quoted(field)} không hợp lệ`
          : 'Giá trị không hợp lệ';
    const hint = p.str('hint');
    return `${head}${hint ? `; ${hint}` : ''}.`;
  },
  TOO_LONG: (p) => {
    const field = p.str('field');
    const max = p.num('max');
    const hint = p.str('hint');
    const limit = hint ? `quá dài: ${hint}` : max === undefined ? 'quá dài' : `dài quá ${formatCount(max)} ký tự`;
    return field ? `${quoted(field)} ${limit}.` : `Nội dung ${limit}.`;
  },
  OPTIONS_COUNT: (p) => {
    const count = p.num('count');
    return `Câu hỏi lựa chọn cần từ 2 đến 8 phương án${count === undefined ? '' : ` (đang có ${count})`}.`;
  },
  OPTION_EMPTY: (p) => (p.str('field') ? `${quoted(p.str('field') as string)} đang để trống.` : 'Phương án không được để trống.'),
  OPTIONS_DUPLICATE: (p) =>
    p.str('field') ? `${quoted(p.str('field') as string)} trùng nội dung với một phương án khác.` : 'Có hai phương án trùng nội dung.',
  CORRECT_COUNT: correctCount,
  CORRECT_UNKNOWN_OPTION: (p) => `Đáp án đúng ${quoted(p.str('value') ?? '?')} không ứng với phương án nào đã điền.`,
  TRUE_FALSE_OPTIONS: () => 'Câu Đúng/Sai chỉ có hai phương án “Đúng” và “Sai”, theo thứ tự đó.',
  ACCEPTED_ANSWERS_REQUIRED: () => 'Câu trả lời ngắn cần ít nhất một đáp án được chấp nhận.',
  UNEXPECTED_OPTIONS: unexpectedOptions,
  POINTS_RANGE: (p) => {
    const value = p.str('value');
    return `Điểm ${value === undefined ? '' : `${quoted(value)} không hợp lệ: điểm `}phải là số nguyên từ 1 đến 100.`;
  },
  SOURCE_REQUIRED: () => 'Cần ghi văn bản nguồn (văn bản pháp lý làm căn cứ của câu hỏi).',
  DATE_INVALID: (p) => {
    const value = p.str('value');
    return `Ngày ban hành${value === undefined ? '' : ` ${quoted(value)}`} không hợp lệ; hãy ghi theo dạng ngày/tháng/năm (23/04/2018) hoặc năm-tháng-ngày (2018-04-23).`;
  },
  UNSUPPORTED_QUESTION: (p) => {
    const kind = QUESTION_KINDS[p.str('kind') ?? ''] ?? 'Dạng câu hỏi này';
    return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} chưa được hỗ trợ; chỉ nhập được câu một đáp án, nhiều đáp án, Đúng/Sai, trả lời ngắn và tự luận.`;
  },
};

/** The Vietnamese message for an import problem; params fill in names, values and counts where known. */
export function importProblemMessage(code: ImportProblemCode, params: MessageParams = {}): string {
  return MESSAGES[code](new Params(params));
}
