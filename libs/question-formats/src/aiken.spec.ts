import type { ImportProblemCode } from '@reform-quiz/contracts';
import { canonical } from './fixtures/sample-questions';
import { parseQuestionFile } from './parse-question-file';

const aiken = (lines: string[]) => parseQuestionFile({ name: 'bank.aiken', data: Buffer.from(lines.join('\n'), 'utf8') });
const summary = (problems: { row: number | null; column: string | null; code: string }[]) => problems.map((p) => [p.row, p.column, p.code]);

describe('Aiken', () => {
  it('reads questions with “A.” and “A)” options, defaults for everything Aiken cannot say', async () => {
    const result = await aiken([
      'Cơ chế một cửa hiện hành được quy định tại văn bản nào?',
      'A. Nghị định 63/2010/NĐ-CP',
      'B. Nghị định 61/2018/NĐ-CP',
      'C. Quyết định 93/2007/QĐ-TTg',
      'ANSWER: B',
      '',
      'Chương trình tổng thể CCHC 2021–2030',
      'do văn bản nào ban hành?',
      'A) Nghị quyết 76/NQ-CP',
      'B) Nghị quyết 30c/NQ-CP',
      'ANSWER:A',
    ]);
    expect(result.format).toBe('aiken');
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      {
        row: 1,
        input: canonical({
          type: 'single_choice',
          stem: 'Cơ chế một cửa hiện hành được quy định tại văn bản nào?',
          options: [
            { text: 'Nghị định 63/2010/NĐ-CP', isCorrect: false },
            { text: 'Nghị định 61/2018/NĐ-CP', isCorrect: true },
            { text: 'Quyết định 93/2007/QĐ-TTg', isCorrect: false },
          ],
        }),
      },
      {
        row: 7,
        input: canonical({
          type: 'single_choice',
          stem: 'Chương trình tổng thể CCHC 2021–2030\ndo văn bản nào ban hành?',
          options: [
            { text: 'Nghị quyết 76/NQ-CP', isCorrect: true },
            { text: 'Nghị quyết 30c/NQ-CP', isCorrect: false },
          ],
        }),
      },
    ]);
  });

  it('reads questions with no blank line between them, CRLF and NFD', async () => {
    const text = ['Câu một?', 'A. Có', 'B. Không', 'ANSWER: A', 'Câu hai?', 'A. Đúng hạn', 'B. Trễ hạn', 'ANSWER: B', ''].join('\r\n').normalize('NFD');
    const result = await parseQuestionFile({ name: 'bank.txt', data: Buffer.from(text) });
    expect(result.format).toBe('aiken');
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => [q.row, q.input.stem, q.input.options?.find((o) => o.isCorrect)?.text])).toEqual([
      [1, 'Câu một?', 'Có'],
      [5, 'Câu hai?', 'Trễ hạn'],
    ]);
  });

  it.each<[string, string[], [number, ImportProblemCode], string]>([
    [
      'a missing ANSWER line',
      ['Câu đúng?', 'A. x', 'B. y', 'ANSWER: A', '', 'Câu thiếu đáp án?', 'A. x', 'B. y', '', 'Câu sau?', 'A. x', 'B. y', 'ANSWER: B'],
      [6, 'SYNTAX_ERROR'],
      'Sai cú pháp Aiken ở dòng 6: thiếu dòng “ANSWER: …” sau các phương án.',
    ],
    [
      'an ANSWER naming no option',
      ['Câu đúng?', 'A. x', 'B. y', 'ANSWER: A', '', 'Câu sai đáp án?', 'A. x', 'B. y', 'ANSWER: D'],
      [6, 'CORRECT_UNKNOWN_OPTION'],
      'Đáp án đúng “D” không ứng với phương án nào đã điền.',
    ],
    [
      'a single option',
      ['Câu đúng?', 'A. x', 'B. y', 'ANSWER: A', '', 'Câu một phương án?', 'A. x', 'ANSWER: A'],
      [6, 'OPTIONS_COUNT'],
      'Câu hỏi lựa chọn cần từ 2 đến 8 phương án (đang có 1).',
    ],
    [
      'an ANSWER belonging to no question',
      ['Câu đúng?', 'A. x', 'B. y', 'ANSWER: A', '', 'ANSWER: B'],
      [6, 'SYNTAX_ERROR'],
      'Sai cú pháp Aiken ở dòng 6: dòng “ANSWER: …” không thuộc câu hỏi nào.',
    ],
  ])('reports %s at the question’s first line', async (_, lines, [row, code], message) => {
    const result = await aiken(lines);
    expect(result.problems).toEqual([{ row, column: null, code, message }]);
  });

  it('reports a question whose next question starts without its ANSWER', async () => {
    const result = await aiken(['Câu một?', 'A. x', 'B. y', 'Câu hai?', 'A. x', 'B. y', 'ANSWER: A']);
    expect(result.questions.map((q) => q.row)).toEqual([1, 4]);
    expect(summary(result.problems)).toEqual([[1, null, 'SYNTAX_ERROR']]);
  });
});
