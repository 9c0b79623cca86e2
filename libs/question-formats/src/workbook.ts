import type { QuestionInput } from '@reform-quiz/contracts';
import { QUESTION_LIMITS } from '@reform-quiz/domain';
import { Workbook, type DataValidation, type Worksheet } from 'exceljs';
import { COLUMNS, INSTRUCTIONS_SHEET, QUESTIONS_SHEET, type ColumnKey, type QuestionRow } from './columns';
import { COLUMN_HELP, fillInstructions, type ValueLists } from './instructions';
import { questionToRow } from './row-model';

/**
 * The workbook layout shared by exports and the blank template, so that an
 * export can be edited in Excel with the same dropdowns and imported back.
 */

const WIDTHS: Record<ColumnKey, number> = {
  type: 16,
  topic: 30,
  difficulty: 13,
  points: 8,
  stem: 60,
  optionA: 28,
  optionB: 28,
  optionC: 28,
  optionD: 28,
  optionE: 24,
  optionF: 24,
  optionG: 24,
  optionH: 24,
  correct: 22,
  accentInsensitive: 12,
  explanation: 45,
  sourceDocument: 28,
  sourceArticle: 18,
  sourceDate: 15,
  tags: 24,
};

const WRAPPED = new Set<ColumnKey>(['stem', 'explanation', 'correct', 'optionA', 'optionB', 'optionC', 'optionD', 'optionE', 'optionF', 'optionG', 'optionH']);
/** Dropdowns and checks reach at least this far below the header, for rows the organizer adds. */
const MIN_VALIDATED_ROWS = 1000;

export async function writeXlsx(questions: QuestionInput[]): Promise<Buffer> {
  return buildWorkbook(questions.map(questionToRow));
}

export async function buildWorkbook(rows: QuestionRow[]): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = 'ReformQuiz';
  const sheet = wb.addWorksheet(QUESTIONS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  wb.addWorksheet(INSTRUCTIONS_SHEET);
  const lists = fillInstructions(wb);

  sheet.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: WIDTHS[c.key],
    // Dates stay as typed: a text cell is not reinterpreted by the locale (23/04 vs 04/23).
    style: c.key === 'sourceDate' ? { numFmt: '@' } : WRAPPED.has(c.key) ? { alignment: { wrapText: true, vertical: 'top' } } : {},
  }));
  styleHeader(sheet);
  for (const row of rows) {
    // Empty cells stay blank rather than holding empty strings, which Excel's COUNTA and filters would see.
    const cells: Record<string, string | number | null> = Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value || null]));
    if (/^\d+$/.test(row.points)) cells['points'] = Number(row.points);
    sheet.addRow(cells);
  }
  addValidations(sheet, lists, Math.max(rows.length, MIN_VALIDATED_ROWS) + 1);

  // exceljs types its output as an ArrayBuffer; under Node it is a Buffer.
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function styleHeader(sheet: Worksheet): void {
  const header = sheet.getRow(1);
  header.height = 36;
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FF1F4E79' : 'FF5B9BD5' } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.note = COLUMN_HELP[c.key];
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
}

/** exceljs supports range validations at run time but leaves them out of its types. */
type WithValidations = Worksheet & { dataValidations: { add(range: string, validation: DataValidation): void } };

function addValidations(sheet: Worksheet, lists: ValueLists, lastRow: number): void {
  const column = (key: ColumnKey) => sheet.getColumn(key).letter;
  const range = (key: ColumnKey) => `${column(key)}2:${column(key)}${lastRow}`;
  const list = (source: string, title: string): DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [source],
    // A warning, not a stop: pasted codes such as "single_choice" are accepted by the import too.
    errorStyle: 'warning',
    showErrorMessage: true,
    errorTitle: title,
    error: `Hãy chọn một giá trị trong danh sách (xem trang “${INSTRUCTIONS_SHEET}”).`,
  });
  const validations = (sheet as WithValidations).dataValidations;
  validations.add(range('type'), list(lists.type, 'Loại câu hỏi'));
  validations.add(range('topic'), list(lists.topic, 'Chủ đề'));
  validations.add(range('difficulty'), list(lists.difficulty, 'Mức độ'));
  validations.add(range('accentInsensitive'), list(lists.yesNo, 'Không phân biệt dấu'));
  validations.add(range('points'), {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [QUESTION_LIMITS.points.min, QUESTION_LIMITS.points.max],
    showErrorMessage: true,
    errorTitle: 'Điểm',
    error: `Điểm là số nguyên từ ${QUESTION_LIMITS.points.min} đến ${QUESTION_LIMITS.points.max}.`,
  });
}
