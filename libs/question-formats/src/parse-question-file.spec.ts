import type { ImportFormat } from '@reform-quiz/contracts';
import { writeCsv } from './csv';
import { SAMPLE_QUESTIONS } from './fixtures/sample-questions';
import { writeGift } from './gift-writer';
import { parseQuestionFile } from './parse-question-file';
import { writeXlsx } from './workbook';

const AIKEN = 'Câu hỏi?\nA. x\nB. y\nANSWER: A\n';
const GIFT = 'Câu hỏi? {T}\n';

describe('parseQuestionFile: choosing the format', () => {
  it.each<[string, string, () => Promise<Buffer>, ImportFormat | undefined, ImportFormat]>([
    ['the .xlsx extension', 'bank.XLSX', () => writeXlsx(SAMPLE_QUESTIONS), undefined, 'xlsx'],
    ['the .csv extension', 'bank.csv', async () => Buffer.from(writeCsv(SAMPLE_QUESTIONS)), undefined, 'csv'],
    ['the .gift extension', 'bank.gift', async () => Buffer.from(GIFT), undefined, 'gift'],
    ['the .aiken extension', 'bank.aiken', async () => Buffer.from(AIKEN), undefined, 'aiken'],
    ['the caller’s choice over the extension', 'bank.txt', async () => Buffer.from(AIKEN), 'aiken', 'aiken'],
    ['zip magic without an extension', 'upload', () => writeXlsx(SAMPLE_QUESTIONS), undefined, 'xlsx'],
    ['ANSWER lines in a .txt', 'moodle.txt', async () => Buffer.from(AIKEN), undefined, 'aiken'],
    ['braces in a .txt', 'moodle.txt', async () => Buffer.from(writeGift(SAMPLE_QUESTIONS)), undefined, 'gift'],
    ['Aiken options without ANSWER lines in a .txt', 'moodle.txt', async () => Buffer.from('Câu hỏi?\nA. x\nB. y\n'), undefined, 'aiken'],
    ['braces in an unnamed file', 'blob', async () => Buffer.from(GIFT), undefined, 'gift'],
  ])('follows %s', async (_, name, data, format, expected) => {
    const result = await parseQuestionFile({ name, data: await data() }, { format });
    expect(result.format).toBe(expected);
    expect(result.questions.length).toBeGreaterThan(0);
  });

  it.each<[string, string, Buffer, string]>([
    ['a PDF', 'bank.pdf', Buffer.from('%PDF-1.4\n\u0000\u0001binary'), 'Không nhận ra định dạng tệp. Hãy dùng tệp Excel (.xlsx), CSV, GIFT hoặc Aiken.'],
    ['plain prose', 'notes.md', Buffer.from('Ghi chú về cải cách hành chính.'), 'Không nhận ra định dạng tệp. Hãy dùng tệp Excel (.xlsx), CSV, GIFT hoặc Aiken.'],
    ['an Excel 97–2003 file', 'bank.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'Tệp Excel 97–2003 (.xls) chưa được hỗ trợ; hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx.'],
  ])('refuses %s', async (_, name, data, message) => {
    const result = await parseQuestionFile({ name, data });
    expect(result.problems).toEqual([{ row: null, column: null, code: 'UNSUPPORTED_FORMAT', message }]);
    expect(result.questions).toEqual([]);
  });
});

describe('parseQuestionFile: the whole file', () => {
  it('refuses a file over 5 MB before reading it', async () => {
    const data = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    const result = await parseQuestionFile({ name: 'bank.csv', data });
    expect(result.problems).toEqual([
      { row: null, column: null, code: 'FILE_TOO_LARGE', message: 'Tệp nặng 5 MB, vượt giới hạn 5 MB mỗi lần nhập.' },
    ]);
  });

  it.each(['bank.xlsx', 'bank.csv', 'bank.gift', 'bank.aiken', 'bank.txt'])('reports an empty %s', async (name) => {
    const result = await parseQuestionFile({ name, data: Buffer.alloc(0) });
    expect(result.problems).toEqual([{ row: null, column: null, code: 'EMPTY_FILE', message: 'Tệp không có câu hỏi nào.' }]);
  });

  it.each(['bank.gift', 'bank.aiken'])('reports binary junk in %s as an invalid file', async (name) => {
    const result = await parseQuestionFile({ name, data: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]) });
    expect(result.problems.map((p) => p.code)).toEqual(['INVALID_FILE']);
  });

  it('never throws, whatever the bytes', async () => {
    const names = ['a.xlsx', 'a.csv', 'a.gift', 'a.aiken', 'a.txt', 'a'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let i = 0; i < 60; i++) {
      const data = Buffer.from(Array.from({ length: 4 + (i * 37) % 300 }, random));
      if (i % 3 === 0) data.set([0x50, 0x4b, 0x03, 0x04]);
      const result = await parseQuestionFile({ name: names[i % names.length], data });
      expect(Array.isArray(result.problems)).toBe(true);
    }
  });
});
