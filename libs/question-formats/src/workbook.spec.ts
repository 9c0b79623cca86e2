import { Workbook, type Worksheet } from 'exceljs';
import { COLUMNS, DIFFICULTY_LABELS, INSTRUCTIONS_SHEET, NO, QUESTIONS_SHEET, TOPIC_LABELS, TYPE_LABELS, YES } from './columns';
import { SAMPLE_QUESTIONS } from './fixtures/sample-questions';
import { TEMPLATE_EXAMPLES, writeTemplate } from './template';
import { writeXlsx } from './workbook';

async function load(data: Buffer): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(data as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return wb;
}

/** The values of the range a list validation points at. */
function listValues(wb: Workbook, formula: string): string[] {
  const m = /^'(.+)'!\$A\$(\d+):\$A\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`unexpected list source ${formula}`);
  const sheet = wb.getWorksheet(m[1]) as Worksheet;
  return Array.from({ length: Number(m[3]) - Number(m[2]) + 1 }, (_, i) => String(sheet.getCell(Number(m[2]) + i, 1).value));
}

describe.each([
  ['writeXlsx', () => writeXlsx(SAMPLE_QUESTIONS), SAMPLE_QUESTIONS.length],
  ['writeTemplate', () => writeTemplate(), TEMPLATE_EXAMPLES.length],
])('%s layout', (_, write, rowCount) => {
  let wb: Workbook;
  let sheet: Worksheet;
  beforeAll(async () => {
    wb = await load(await write());
    sheet = wb.getWorksheet(QUESTIONS_SHEET) as Worksheet;
  });

  it('has the questions sheet first, then the instructions', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual([QUESTIONS_SHEET, INSTRUCTIONS_SHEET]);
  });

  it('writes the template headers in order and one row per question', () => {
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(COLUMNS.map((c) => c.header));
    expect(sheet.actualRowCount).toBe(rowCount + 1);
  });

  it('freezes the header row and gives the stem a wide column', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(COLUMNS.findIndex((c) => c.key === 'stem') + 1).width).toBeGreaterThanOrEqual(50);
  });

  it('offers dropdowns of the Vietnamese labels for type, topic, difficulty and the accent flag', () => {
    const column = (key: string) => COLUMNS.findIndex((c) => c.key === key) + 1;
    for (const [key, labels] of [
      ['type', Object.values(TYPE_LABELS)],
      ['topic', Object.values(TOPIC_LABELS)],
      ['difficulty', Object.values(DIFFICULTY_LABELS)],
      ['accentInsensitive', [YES, NO]],
    ] as const) {
      for (const row of [2, 500, 1000]) {
        const validation = sheet.getCell(row, column(key)).dataValidation;
        expect(validation.type).toBe('list');
        expect(listValues(wb, String(validation.formulae[0]))).toEqual(labels);
      }
    }
    expect(sheet.getCell(2, column('points')).dataValidation).toMatchObject({ type: 'whole', formulae: [1, 100] });
  });

  it('explains every column on the instructions sheet', () => {
    const instructions = wb.getWorksheet(INSTRUCTIONS_SHEET) as Worksheet;
    const firstColumn = (instructions.getColumn(1).values as unknown[]).map(String);
    for (const c of COLUMNS) expect(firstColumn).toContain(c.header);
    const text = (instructions.getColumn(3).values as unknown[]).join(' ');
    expect(text).toContain('Alt+Enter');
    expect(text).toContain('cách nhau bởi dấu |');
  });
});

describe('writeXlsx cells', () => {
  it('writes points as numbers, labels rather than codes, letters for correct options', async () => {
    const wb = await load(await writeXlsx(SAMPLE_QUESTIONS.slice(0, 2)));
    const sheet = wb.getWorksheet(QUESTIONS_SHEET) as Worksheet;
    const row = (n: number) => Object.fromEntries(COLUMNS.map((c, i) => [c.key, sheet.getCell(n, i + 1).value]));
    expect(row(2)).toMatchObject({ type: 'Một đáp án', topic: 'Cải cách thủ tục hành chính', difficulty: 'Dễ', points: 1, correct: 'B', sourceDate: '2018-04-23', tags: 'một cửa, TTHC' });
    expect(row(3)).toMatchObject({ type: 'Nhiều đáp án', correct: 'A, B, D', points: 3, sourceArticle: null });
  });

  it('writes an empty bank as a header and its instructions', async () => {
    const wb = await load(await writeXlsx([]));
    expect((wb.getWorksheet(QUESTIONS_SHEET) as Worksheet).actualRowCount).toBe(1);
  });
});
