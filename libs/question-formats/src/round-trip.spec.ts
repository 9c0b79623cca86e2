import { writeCsv } from './csv';
import { SAMPLE_QUESTIONS } from './fixtures/sample-questions';
import { writeGift } from './gift-writer';
import { parseQuestionFile } from './parse-question-file';
import { TEMPLATE_EXAMPLES, writeTemplate } from './template';
import { writeXlsx } from './workbook';

describe('round trips', () => {
  it.each([
    ['xlsx', 'bank.xlsx', async () => writeXlsx(SAMPLE_QUESTIONS)],
    ['csv', 'bank.csv', async () => Buffer.from(writeCsv(SAMPLE_QUESTIONS), 'utf8')],
    ['gift', 'bank.gift', async () => Buffer.from(writeGift(SAMPLE_QUESTIONS), 'utf8')],
  ])('%s export imports back unchanged', async (format, name, write) => {
    const result = await parseQuestionFile({ name, data: await write() });
    expect(result.problems).toEqual([]);
    expect(result.format).toBe(format);
    expect(result.questions.map((q) => q.input)).toEqual(SAMPLE_QUESTIONS);
  });

  it('numbers xlsx and csv questions by row, header being row 1', async () => {
    const xlsx = await parseQuestionFile({ name: 'bank.xlsx', data: await writeXlsx(SAMPLE_QUESTIONS) });
    expect(xlsx.questions.map((q) => q.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    // CSV rows are lines: the multi-line stem of question 2 and explanation of question 4 push later records down.
    const csv = await parseQuestionFile({ name: 'bank.csv', data: Buffer.from(writeCsv(SAMPLE_QUESTIONS)) });
    expect(csv.questions.map((q) => q.row)).toEqual([2, 3, 5, 6, 9, 10, 11]);
  });

  it('numbers GIFT questions by the line of their title', async () => {
    const gift = await parseQuestionFile({ name: 'bank.gift', data: Buffer.from(writeGift(SAMPLE_QUESTIONS)) });
    const lines = writeGift(SAMPLE_QUESTIONS).split('\n');
    expect(gift.questions.map((q) => lines[(q.row ?? 0) - 1].startsWith('::'))).toEqual(SAMPLE_QUESTIONS.map(() => true));
  });

  it('reads the template back as its examples, without problems', async () => {
    const result = await parseQuestionFile({ name: 'mau-cau-hoi.xlsx', data: await writeTemplate() });
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => q.input)).toEqual(TEMPLATE_EXAMPLES);
    expect(result.questions.map((q) => q.row)).toEqual([2, 3, 4]);
  });
});
