import type { Difficulty, QuestionType, Topic } from '@reform-quiz/contracts';
import { QUESTION_LIMITS, TRUE_FALSE_TEXTS } from '@reform-quiz/domain';
import type { Workbook, Worksheet } from 'exceljs';
import { COLUMNS, DIFFICULTY_LABELS, IMPORT_LIMITS, INSTRUCTIONS_SHEET, NO, QUESTIONS_SHEET, TOPIC_LABELS, TYPE_LABELS, YES, type ColumnKey } from './columns';
import { formatCount } from './messages';

/** How to fill each column, for the instructions sheet and the header notes. */
export const COLUMN_HELP: Record<ColumnKey, string> = {
  type: `Chọn trong danh sách: ${Object.values(TYPE_LABELS).join(', ')} (xem bảng “Loại câu hỏi” bên dưới). Không được để trống.`,
  topic: 'Một trong sáu lĩnh vực cải cách hành chính hoặc “Chung” (xem bảng “Chủ đề”). Để trống: Chung.',
  difficulty: `${Object.values(DIFFICULTY_LABELS).join(', ')}. Để trống: Trung bình.`,
  points: `Số nguyên từ ${QUESTION_LIMITS.points.min} đến ${QUESTION_LIMITS.points.max}. Để trống: 1 điểm.`,
  stem: `Nội dung câu hỏi, tối đa ${formatCount(QUESTION_LIMITS.stem)} ký tự. Xuống dòng trong ô bằng Alt+Enter; in đậm **như thế này**, in nghiêng *như thế này*.`,
  optionA:
    'Câu một đáp án, nhiều đáp án: điền lần lượt từ Phương án A, ít nhất 2 và nhiều nhất 8 phương án, không bỏ trống ở giữa. Câu Đúng/Sai: để trống (hệ thống tự dùng “Đúng”, “Sai”). Câu trả lời ngắn, tự luận: để trống.',
  optionB: 'Phương án thứ hai (câu lựa chọn cần ít nhất hai phương án).',
  optionC: 'Phương án thứ ba, nếu có.',
  optionD: 'Phương án thứ tư, nếu có.',
  optionE: 'Phương án thứ năm, nếu có.',
  optionF: 'Phương án thứ sáu, nếu có.',
  optionG: 'Phương án thứ bảy, nếu có.',
  optionH: 'Phương án thứ tám, nếu có.',
  correct:
    'Câu một đáp án: chữ cái của phương án đúng (B). Câu nhiều đáp án: các chữ cái cách nhau bởi dấu phẩy (A, C). Câu Đúng/Sai: “Đúng” hoặc “Sai”. Câu trả lời ngắn: các đáp án được chấp nhận, cách nhau bởi dấu | (63/2010/NĐ-CP | Nghị định 63/2010/NĐ-CP). Câu tự luận: để trống.',
  accentInsensitive: `Chỉ dùng cho câu trả lời ngắn: “${YES}” để chấp nhận cả câu trả lời gõ không dấu. Để trống: ${NO}.`,
  explanation: `Giải thích đáp án hoặc trích dẫn căn cứ, tối đa ${formatCount(QUESTION_LIMITS.explanation)} ký tự. Không bắt buộc.`,
  sourceDocument: 'Số, ký hiệu và loại văn bản làm căn cứ, ví dụ: Nghị định 61/2018/NĐ-CP. Có thể để trống khi nhập bản nháp, nhưng bắt buộc trước khi gửi duyệt.',
  sourceArticle: 'Điều, khoản của văn bản, ví dụ: Điều 3, khoản 1. Không bắt buộc.',
  sourceDate: 'Ngày ban hành văn bản: ngày/tháng/năm (23/04/2018) hoặc năm-tháng-ngày (2018-04-23). Không bắt buộc.',
  tags: `Các thẻ để tìm kiếm, cách nhau bởi dấu phẩy, ví dụ: một cửa, dịch vụ công. Tối đa ${QUESTION_LIMITS.tags} thẻ.`,
};

const TYPE_MEANINGS: Record<QuestionType, string> = {
  single_choice: 'Có đúng một phương án đúng.',
  multiple_choice: 'Có một hoặc nhiều phương án đúng; thí sinh phải chọn đủ và đúng.',
  true_false: `Nhận định đúng hay sai; hai phương án “${TRUE_FALSE_TEXTS[0]}” và “${TRUE_FALSE_TEXTS[1]}”.`,
  short_text: 'Thí sinh gõ câu trả lời; chấm tự động theo các đáp án được chấp nhận, không phân biệt chữ hoa, chữ thường.',
  essay: 'Thí sinh viết bài; ban giám khảo chấm.',
};

const TOPIC_MEANINGS: Record<Topic, string> = {
  institutional: 'Xây dựng, hoàn thiện thể chế, pháp luật.',
  procedures: 'Thủ tục hành chính, cơ chế một cửa, một cửa liên thông.',
  organization: 'Tổ chức bộ máy hành chính nhà nước.',
  civil_service: 'Chế độ công vụ; đội ngũ cán bộ, công chức, viên chức.',
  public_finance: 'Tài chính công, cơ chế tự chủ.',
  e_government: 'Chính quyền điện tử, chính quyền số, dịch vụ công trực tuyến.',
  general: 'Kiến thức chung về cải cách hành chính.',
};

const DIFFICULTY_MEANINGS: Record<Difficulty, string> = {
  easy: 'Kiến thức cơ bản.',
  medium: 'Cần hiểu văn bản.',
  hard: 'Cần nắm chi tiết hoặc vận dụng.',
};

const GENERAL_NOTES = [
  `Mỗi dòng của trang “${QUESTIONS_SHEET}” là một câu hỏi. Dòng đầu tiên là tiêu đề cột: giữ nguyên tên cột; thứ tự cột có thể đổi, cột không dùng có thể xóa (trừ các cột bắt buộc).`,
  'Chỉ nhập giá trị: không dùng công thức, không gộp ô. Dòng trống được bỏ qua.',
  `Mỗi lần nhập tối đa ${formatCount(IMPORT_LIMITS.rows)} câu hỏi, tệp không quá ${IMPORT_LIMITS.bytes / (1024 * 1024)} MB.`,
  'Có thể lưu trang câu hỏi thành CSV để nhập: chọn “CSV UTF-8 (Comma delimited)”; dấu phân cách là dấu phẩy hoặc dấu chấm phẩy.',
  'Các dòng mẫu có thể sửa hoặc xóa trước khi nhập.',
];

/** Where each value list sits, as a formula data validation can point at. */
export interface ValueLists {
  type: string;
  topic: string;
  difficulty: string;
  yesNo: string;
}

const BOLD = { bold: true } as const;

export function fillInstructions(wb: Workbook): ValueLists {
  const sheet = wb.getWorksheet(INSTRUCTIONS_SHEET) ?? wb.addWorksheet(INSTRUCTIONS_SHEET);
  sheet.columns = [{ width: 34 }, { width: 18 }, { width: 100 }];
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  const title = sheet.addRow(['HƯỚNG DẪN NHẬP NGÂN HÀNG CÂU HỎI']);
  title.font = { bold: true, size: 14 };
  // Notes overflow into the empty cells to their right; no merged cells, no wrapping needed.
  for (const note of GENERAL_NOTES) sheet.addRow([`• ${note}`]);

  heading(sheet, 'Các cột', ['Cột', 'Bắt buộc có cột', 'Cách điền']);
  for (const c of COLUMNS) sheet.addRow([c.header, c.required ? YES : NO, COLUMN_HELP[c.key]]);

  return {
    type: valueTable(sheet, 'Loại câu hỏi', Object.entries(TYPE_LABELS).map(([code, label]) => [label, code, TYPE_MEANINGS[code as QuestionType]])),
    topic: valueTable(sheet, 'Chủ đề', Object.entries(TOPIC_LABELS).map(([code, label]) => [label, code, TOPIC_MEANINGS[code as Topic]])),
    difficulty: valueTable(
      sheet,
      'Mức độ',
      Object.entries(DIFFICULTY_LABELS).map(([code, label]) => [label, code, DIFFICULTY_MEANINGS[code as Difficulty]]),
    ),
    yesNo: valueTable(sheet, 'Không phân biệt dấu', [
      [YES, 'yes', 'Chấp nhận câu trả lời gõ không dấu (chỉ với câu trả lời ngắn).'],
      [NO, 'no', 'Câu trả lời phải gõ đúng dấu.'],
    ]),
  };
}

function heading(sheet: Worksheet, title: string, columns: string[]): void {
  sheet.addRow([]);
  sheet.addRow([title]).font = { bold: true, size: 12 };
  const header = sheet.addRow(columns);
  header.font = BOLD;
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }));
}

/** A table of accepted values; returns the absolute range of its first column. */
function valueTable(sheet: Worksheet, title: string, rows: string[][]): string {
  heading(sheet, title, ['Giá trị ghi trong ô', 'Mã (cũng được chấp nhận)', 'Ý nghĩa']);
  const first = (sheet.lastRow?.number ?? 0) + 1;
  for (const row of rows) sheet.addRow(row);
  const last = first + rows.length - 1;
  return `'${INSTRUCTIONS_SHEET}'!$A$${first}:$A$${last}`;
}
