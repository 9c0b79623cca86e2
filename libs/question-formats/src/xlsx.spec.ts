import type { ImportProblemCode } from '@reform-quiz/contracts';
import type { CellValue } from 'exceljs';
import { canonical } from './fixtures/sample-questions';
import { HEADERS, rowOf, xlsxOf, type SheetSpec } from './fixtures/workbooks';
import { parseQuestionFile } from './parse-question-file';
import { writeXlsx } from './workbook';

const GOOD = {
  type: 'Một đáp án',
  topic: 'Cải cách thủ tục hành chính',
  difficulty: 'Dễ',
  points: 1,
  stem: 'Bộ phận Một cửa cấp xã đặt tại đâu?',
  optionA: 'Ủy ban nhân dân cấp xã',
  optionB: 'Công an xã',
  correct: 'A',
};
const GOOD_INPUT = canonical({
  type: 'single_choice',
  stem: 'Bộ phận Một cửa cấp xã đặt tại đâu?',
  options: [
    { text: 'Ủy ban nhân dân cấp xã', isCorrect: true },
    { text: 'Công an xã', isCorrect: false },
  ],
  topic: 'procedures',
  difficulty: 'easy',
});

const parseSheets = async (sheets: SheetSpec[]) => parseQuestionFile({ name: 'ngan-hang.xlsx', data: await xlsxOf(sheets) });
const questionsSheet = (rows: CellValue[][], merges?: string[]): SheetSpec => ({ name: 'Câu hỏi', rows: [HEADERS, ...rows], merges });
const summary = (problems: { row: number | null; column: string | null; code: string }[]) => problems.map((p) => [p.row, p.column, p.code]);

describe('xlsx: reading cells', () => {
  it('reads a sound sheet, numbering rows as Excel does', async () => {
    const result = await parseSheets([questionsSheet([rowOf(GOOD), [], rowOf({ ...GOOD, stem: 'Câu thứ hai?' })])]);
    expect(result.format).toBe('xlsx');
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      { row: 2, input: GOOD_INPUT },
      { row: 4, input: { ...GOOD_INPUT, stem: 'Câu thứ hai?' } },
    ]);
  });

  it('reads rich text as plain text, numbers as text and a date cell as its calendar day', async () => {
    const row = rowOf({
      ...GOOD,
      stem: { richText: [{ text: 'Cơ chế ' }, { text: 'một cửa', font: { bold: true } }, { text: ' là gì?' }] },
      optionA: 1990,
      optionB: 2018,
      correct: 'B',
      sourceDocument: 'Nghị định 61/2018/NĐ-CP',
      sourceDate: new Date(Date.UTC(2018, 3, 23)),
    });
    const [question] = (await parseSheets([questionsSheet([row])])).questions;
    expect(question.input).toEqual({
      ...GOOD_INPUT,
      stem: 'Cơ chế một cửa là gì?',
      options: [
        { text: '1990', isCorrect: false },
        { text: '2018', isCorrect: true },
      ],
      source: { document: 'Nghị định 61/2018/NĐ-CP', article: null, date: '2018-04-23' },
    });
  });

  it('reads a date cell as the same day whatever the server time zone', async () => {
    const original = process.env['TZ'];
    const data = await xlsxOf([questionsSheet([rowOf({ ...GOOD, sourceDocument: 'Luật 22/2008/QH12', sourceDate: new Date(Date.UTC(2008, 10, 13)) })])]);
    try {
      for (const zone of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'UTC']) {
        process.env['TZ'] = zone;
        const [question] = (await parseQuestionFile({ name: 'a.xlsx', data })).questions;
        expect(question.input.source?.date).toBe('2008-11-13');
      }
    } finally {
      process.env['TZ'] = original;
    }
  });

  it('reads hyperlinks as their text', async () => {
    const row = rowOf({ ...GOOD, sourceDocument: { text: 'Nghị định 61/2018/NĐ-CP', hyperlink: 'https://vanban.chinhphu.vn' } });
    const [question] = (await parseSheets([questionsSheet([row])])).questions;
    expect(question.input.source).toEqual({ document: 'Nghị định 61/2018/NĐ-CP', article: null, date: null });
  });

  it('turns NFD text into NFC', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const row = rowOf({ ...GOOD, type: nfd(GOOD.type), stem: nfd(GOOD.stem), optionA: nfd(GOOD.optionA), tags: nfd('một cửa') });
    const result = await parseSheets([{ name: 'Câu hỏi', rows: [HEADERS.map(nfd), row] }]);
    expect(result.problems).toEqual([]);
    expect(result.questions[0].input).toEqual({ ...GOOD_INPUT, tags: ['một cửa'] });
  });

  it('finds the header below a title block', async () => {
    const rows = [['NGÂN HÀNG CÂU HỎI CẢI CÁCH HÀNH CHÍNH 2024'], [], HEADERS, rowOf(GOOD)];
    const result = await parseSheets([{ name: 'Câu hỏi', rows }]);
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([{ row: 4, input: GOOD_INPUT }]);
  });
});

describe('xlsx: choosing the sheet', () => {
  const notes: SheetSpec = { name: 'Ghi chú', rows: [['Ngân hàng câu hỏi'], ['Cập nhật 2024']] };

  it.each<[string, SheetSpec[]]>([
    ['the sheet named “Câu hỏi”, wherever it is', [notes, { name: 'Khác', rows: [HEADERS, rowOf({ ...GOOD, stem: 'Sai trang' })] }, questionsSheet([rowOf(GOOD)])]],
    ['a sheet named “Questions”', [notes, { name: 'Questions', rows: [HEADERS, rowOf(GOOD)] }]],
    ['the first sheet whose header matches', [notes, { name: 'Trang 2', rows: [HEADERS, rowOf(GOOD)] }]],
  ])('reads %s', async (_, sheets) => {
    const result = await parseSheets(sheets);
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => q.input)).toEqual([GOOD_INPUT]);
  });

  it('reports a workbook with no question sheet', async () => {
    const result = await parseSheets([notes, { name: 'Sheet2', rows: [['Họ tên', 'Đơn vị'], ['Nguyễn Văn A', 'Sở Nội vụ']] }]);
    expect(result.problems).toEqual([
      { row: null, column: null, code: 'WRONG_SHEET', message: 'Không tìm thấy trang tính “Câu hỏi” hay trang tính nào có dòng tiêu đề theo mẫu.' },
    ]);
  });
});

describe('xlsx: problems', () => {
  it('reports a missing column at the header row', async () => {
    const result = await parseSheets([{ name: 'Câu hỏi', rows: [HEADERS.filter((h) => h !== 'Đáp án đúng'), ['x']] }]);
    expect(result.problems).toEqual([{ row: 1, column: 'Đáp án đúng', code: 'MISSING_COLUMN', message: 'Thiếu cột “Đáp án đúng”.' }]);
    expect(result.questions).toEqual([]);
  });

  it('reports a column given twice', async () => {
    const result = await parseSheets([{ name: 'Câu hỏi', rows: [[...HEADERS, 'Chủ đề'], rowOf(GOOD)] }]);
    expect(summary(result.problems)).toEqual([[1, 'Chủ đề', 'DUPLICATE_COLUMN']]);
  });

  it('reports a formula cell at its row and column, and does not evaluate it', async () => {
    const result = await parseSheets([questionsSheet([rowOf(GOOD), rowOf({ ...GOOD, points: { formula: '1+1', result: 2 } })])]);
    expect(result.problems).toEqual([{ row: 3, column: 'Điểm', code: 'FORMULA_CELL', message: 'Ô chứa công thức; hãy dán giá trị thay vì công thức.' }]);
  });

  it('reports a merged range once, at its first cell', async () => {
    const rows = [rowOf(GOOD), rowOf({ ...GOOD, topic: null }), rowOf(GOOD)];
    const result = await parseSheets([questionsSheet(rows, ['B2:B3'])]);
    expect(result.problems).toEqual([
      { row: 2, column: 'Chủ đề', code: 'MERGED_CELLS', message: 'Vùng ô B2:B3 đang được gộp; hãy bỏ gộp ô và điền giá trị vào từng dòng.' },
    ]);
  });

  it.each<[string, Record<string, CellValue>, [string, ImportProblemCode]]>([
    ['an unknown type', { type: 'Trắc nghiệm' }, ['Loại câu hỏi', 'INVALID_VALUE']],
    ['a letter naming an empty option', { correct: 'E' }, ['Đáp án đúng', 'CORRECT_UNKNOWN_OPTION']],
    ['an impossible date', { sourceDocument: 'Luật 22/2008/QH12', sourceDate: '30/02/2008' }, ['Ngày ban hành', 'DATE_INVALID']],
    ['fractional points', { points: 1.5 }, ['Điểm', 'POINTS_RANGE']],
  ])('reports %s at its cell', async (_, cells, [column, code]) => {
    const result = await parseSheets([questionsSheet([rowOf(GOOD), rowOf({ ...GOOD, ...cells })])]);
    expect(summary(result.problems)).toEqual([[3, column, code]]);
  });

  it.each<[string, () => Promise<Buffer>]>([
    ['garbage bytes', async () => Buffer.from('đây không phải tệp Excel')],
    ['a truncated workbook', async () => (await writeXlsx([])).subarray(0, 400)],
    // A zip holding hello.txt, built with Python's zipfile.
    [
      'a zip that is not a workbook',
      async () =>
        Buffer.from(
          'UEsDBBQAAAAAAOmueV0O+To5CAAAAAgAAAAJAAAAaGVsbG8udHh0eGluIGNoYW9QSwECFAMUAAAAAADprnldDvk6OQgAAAAIAAAACQAAAAAAAAAAAAAAgAEAAAAAaGVsbG8udHh0UEsFBgAAAAABAAEANwAAAC8AAAAAAA==',
          'base64',
        ),
    ],
  ])('reports %s as an invalid file', async (_, data) => {
    const result = await parseQuestionFile({ name: 'bank.xlsx', data: await data() });
    expect(result.problems).toEqual([
      { row: null, column: null, code: 'INVALID_FILE', message: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải tệp .xlsx.' },
    ]);
    expect(result.questions).toEqual([]);
  });

  it('reports a sheet with a header and no questions as empty', async () => {
    const result = await parseSheets([questionsSheet([])]);
    expect(summary(result.problems)).toEqual([[null, null, 'EMPTY_FILE']]);
  });

  it('refuses more than 5,000 questions', async () => {
    const result = await parseSheets([questionsSheet(Array.from({ length: 5001 }, () => rowOf(GOOD)))]);
    expect(result.questions).toEqual([]);
    expect(result.problems).toEqual([{ row: null, column: null, code: 'TOO_MANY_ROWS', message: 'Tệp có 5.001 câu hỏi, vượt giới hạn 5.000 câu mỗi lần nhập.' }]);
  });
});
