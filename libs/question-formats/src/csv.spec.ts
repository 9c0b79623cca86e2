import type { ImportProblemCode, QuestionInput } from '@reform-quiz/contracts';
import type { ColumnKey } from './columns';
import { canonical } from './fixtures/sample-questions';
import { csvHeader, csvLineOf } from './fixtures/workbooks';
import { parseQuestionFile } from './parse-question-file';

const GOOD: Partial<Record<ColumnKey, string>> = {
  type: 'Một đáp án',
  topic: 'Cải cách thủ tục hành chính',
  difficulty: 'Dễ',
  points: '1',
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

const csvFile = (text: string, name = 'bank.csv') => ({ name, data: Buffer.from(text, 'utf8') });
/** A file with the template header and one row per cell set, after a sound first row. */
const withRow = (cells: Partial<Record<ColumnKey, string>>) => csvFile([csvHeader(), csvLineOf(GOOD), csvLineOf({ ...GOOD, ...cells })].join('\n'));
const summary = (problems: { row: number | null; column: string | null; code: string }[]) => problems.map((p) => [p.row, p.column, p.code]);

describe('CSV: values', () => {
  it.each<[string, Partial<Record<ColumnKey, string>>, Partial<QuestionInput>]>([
    ['labels without accents or case', { type: 'mot dap an', topic: 'thu tuc hanh chinh', difficulty: 'DE' }, {}],
    ['codes', { type: 'single_choice', topic: 'procedures', difficulty: 'easy' }, {}],
    ['the area name of Nghị quyết 30c', { topic: 'Hiện đại hóa hành chính' }, { topic: 'e_government' }],
    ['empty topic, difficulty and points', { topic: '', difficulty: '', points: '' }, { topic: 'general', difficulty: 'medium', points: 1 }],
    ['points written 2.0', { points: '2.0' }, { points: 2 }],
    ['the correct option by its text', { correct: 'ủy ban nhân dân cấp xã' }, {}],
    ['a lower-case letter', { correct: ' a ' }, {}],
    [
      'multiple choice letters with semicolons',
      { type: 'Nhiều đáp án', optionC: 'Hội đồng nhân dân xã', correct: 'a;c' },
      {
        type: 'multiple_choice',
        options: [
          { text: 'Ủy ban nhân dân cấp xã', isCorrect: true },
          { text: 'Công an xã', isCorrect: false },
          { text: 'Hội đồng nhân dân xã', isCorrect: true },
        ],
      },
    ],
    [
      'multiple choice letters with spaces',
      { type: 'multiple_choice', correct: 'A B' },
      {
        type: 'multiple_choice',
        options: [
          { text: 'Ủy ban nhân dân cấp xã', isCorrect: true },
          { text: 'Công an xã', isCorrect: true },
        ],
      },
    ],
    ...(
      [
        ['Đúng', true],
        ['dung', true],
        ['true', true],
        ['A', true],
        ['Sai', false],
        ['false', false],
        ['b', false],
      ] as const
    ).map(([answer, isTrue]): [string, Partial<Record<ColumnKey, string>>, Partial<QuestionInput>] => [
      `true/false answered “${answer}”`,
      { type: 'Đúng/Sai', optionA: '', optionB: '', correct: answer },
      {
        type: 'true_false',
        options: [
          { text: 'Đúng', isCorrect: isTrue },
          { text: 'Sai', isCorrect: !isTrue },
        ],
      },
    ]),
    [
      'true/false with its options written out',
      { type: 'Đúng/Sai', optionA: 'đúng', optionB: 'SAI', correct: 'Sai' },
      {
        type: 'true_false',
        options: [
          { text: 'Đúng', isCorrect: false },
          { text: 'Sai', isCorrect: true },
        ],
      },
    ],
    [
      'short text answers split on |, accents optional',
      { type: 'Trả lời ngắn', optionA: '', optionB: '', correct: ' Một cửa |Bộ phận Một cửa| ', accentInsensitive: 'Có' },
      { type: 'short_text', options: [], acceptedAnswers: ['Một cửa', 'Bộ phận Một cửa'], accentInsensitive: true },
    ],
    ...['yes', '1', 'TRUE', 'co'].map((flag): [string, Partial<Record<ColumnKey, string>>, Partial<QuestionInput>] => [
      `accent flag “${flag}”`,
      { type: 'short_text', optionA: '', optionB: '', correct: 'x', accentInsensitive: flag },
      { type: 'short_text', options: [], acceptedAnswers: ['x'], accentInsensitive: true },
    ]),
    ['the accent flag ignored outside short text', { accentInsensitive: 'Có' }, {}],
    ['an essay', { type: 'Tự luận', optionA: '', optionB: '', correct: '' }, { type: 'essay', options: [] }],
    [
      'a source with a D/M/YYYY date',
      { sourceDocument: ' Nghị định 61/2018/NĐ-CP ', sourceArticle: 'Điều 3', sourceDate: '23/4/2018' },
      { source: { document: 'Nghị định 61/2018/NĐ-CP', article: 'Điều 3', date: '2018-04-23' } },
    ],
    ['a source with an ISO date', { sourceDocument: 'Luật 22/2008/QH12', sourceDate: '2008-11-13' }, { source: { document: 'Luật 22/2008/QH12', article: null, date: '2008-11-13' } }],
    ['a source with a dotted date', { sourceDocument: 'Luật 22/2008/QH12', sourceDate: '13.11.2008' }, { source: { document: 'Luật 22/2008/QH12', article: null, date: '2008-11-13' } }],
    ['tags trimmed, empties dropped', { tags: ' một cửa, , dịch vụ công ,' }, { tags: ['một cửa', 'dịch vụ công'] }],
    ['an explanation over several lines', { explanation: '  Dòng 1  \n\n\n  Dòng   2 ' }, { explanation: 'Dòng 1\n\nDòng 2' }],
  ])('reads %s', async (_, cells, expected) => {
    const result = await parseQuestionFile(withRow(cells));
    expect(result.problems).toEqual([]);
    expect(result.questions[1]).toEqual({ row: 3, input: { ...GOOD_INPUT, ...expected } });
  });
});

describe('CSV: problems', () => {
  it.each<[string, Partial<Record<ColumnKey, string>>, [string | null, ImportProblemCode][]]>([
    ['an empty type', { type: '' }, [['Loại câu hỏi', 'REQUIRED']]],
    ['an unknown type (and nothing about its options)', { type: 'trắc nghiệm', correct: 'E' }, [['Loại câu hỏi', 'INVALID_VALUE']]],
    ['an unknown topic', { topic: 'Kinh tế' }, [['Chủ đề', 'INVALID_VALUE']]],
    ['an unknown difficulty', { difficulty: 'Rất khó' }, [['Mức độ', 'INVALID_VALUE']]],
    ['points in words', { points: 'hai' }, [['Điểm', 'INVALID_VALUE']]],
    ['fractional points', { points: '1,5' }, [['Điểm', 'POINTS_RANGE']]],
    ['zero points', { points: '0' }, [['Điểm', 'POINTS_RANGE']]],
    ['points over 100', { points: '150' }, [['Điểm', 'POINTS_RANGE']]],
    ['an empty stem', { stem: ' ' }, [['Câu hỏi', 'REQUIRED']]],
    ['a stem too long', { stem: 'x'.repeat(2001) }, [['Câu hỏi', 'TOO_LONG']]],
    ['a letter naming an empty option', { correct: 'E' }, [['Đáp án đúng', 'CORRECT_UNKNOWN_OPTION']]],
    ['a word that is neither letter nor option', { correct: 'Tòa án' }, [['Đáp án đúng', 'CORRECT_UNKNOWN_OPTION']]],
    ['no correct option', { correct: '' }, [['Đáp án đúng', 'CORRECT_COUNT']]],
    ['two correct options on single choice', { correct: 'A, B' }, [['Đáp án đúng', 'CORRECT_COUNT']]],
    ['one option', { optionB: '' }, [['Phương án B', 'OPTIONS_COUNT']]],
    ['a gap between options', { optionB: '', optionC: 'Công an xã' }, [['Phương án B', 'OPTION_EMPTY']]],
    ['options equal but for accents', { optionB: 'uy ban nhan dan cap xa' }, [['Phương án B', 'OPTIONS_DUPLICATE']]],
    ['an option too long', { optionB: 'y'.repeat(501) }, [['Phương án B', 'TOO_LONG']]],
    ['an impossible date', { sourceDocument: 'Nghị định 61/2018/NĐ-CP', sourceDate: '31/02/2018' }, [['Ngày ban hành', 'DATE_INVALID']]],
    ['a date in words', { sourceDocument: 'Nghị định 61/2018/NĐ-CP', sourceDate: 'tháng 4/2018' }, [['Ngày ban hành', 'DATE_INVALID']]],
    ['an article without its document', { sourceArticle: 'Điều 3' }, [['Văn bản nguồn', 'REQUIRED']]],
    ['true/false with other option texts', { type: 'Đúng/Sai', optionA: 'Có', optionB: 'Không', correct: 'A' }, [['Phương án A', 'TRUE_FALSE_OPTIONS']]],
    ['true/false answered X', { type: 'Đúng/Sai', optionA: '', optionB: '', correct: 'X' }, [['Đáp án đúng', 'INVALID_VALUE']]],
    ['true/false unanswered', { type: 'Đúng/Sai', optionA: '', optionB: '', correct: '' }, [['Đáp án đúng', 'CORRECT_COUNT']]],
    ['short text without answers', { type: 'Trả lời ngắn', optionA: '', optionB: '', correct: ' | ' }, [['Đáp án đúng', 'ACCEPTED_ANSWERS_REQUIRED']]],
    ['short text with options', { type: 'Trả lời ngắn', correct: 'một cửa' }, [['Phương án A', 'UNEXPECTED_OPTIONS']]],
    ['an essay with a correct answer', { type: 'Tự luận', optionA: '', optionB: '', correct: 'A' }, [['Đáp án đúng', 'UNEXPECTED_OPTIONS']]],
    ['an accent flag in words', { accentInsensitive: 'có lẽ' }, [['Không phân biệt dấu', 'INVALID_VALUE']]],
    ['too many tags', { tags: Array.from({ length: 21 }, (_, i) => `thẻ ${i}`).join(', ') }, [['Thẻ', 'INVALID_VALUE']]],
    ['several at once, in column order', { stem: '', topic: 'x', correct: 'G' }, [['Chủ đề', 'INVALID_VALUE'], ['Câu hỏi', 'REQUIRED'], ['Đáp án đúng', 'CORRECT_UNKNOWN_OPTION']]],
  ])('reports %s', async (_, cells, expected) => {
    const result = await parseQuestionFile(withRow(cells));
    expect(summary(result.problems)).toEqual(expected.map(([column, code]) => [3, column, code]));
    expect(result.questions).toHaveLength(2);
  });

  it('asks for a source when the import requires one', async () => {
    const result = await parseQuestionFile(withRow({}), { requireSource: true });
    expect(summary(result.problems)).toEqual([
      [2, 'Văn bản nguồn', 'SOURCE_REQUIRED'],
      [3, 'Văn bản nguồn', 'SOURCE_REQUIRED'],
    ]);
  });

  it.each<[string, Partial<Record<ColumnKey, string>>, string]>([
    ['an unknown letter', { correct: 'E' }, 'Đáp án đúng “E” không ứng với phương án nào đã điền.'],
    ['a bad date', { sourceDocument: 'Luật 22/2008/QH12', sourceDate: '31/02/2018' }, 'Ngày ban hành “31/02/2018” không hợp lệ; hãy ghi theo dạng ngày/tháng/năm (23/04/2018) hoặc năm-tháng-ngày (2018-04-23).'],
    ['an empty stem', { stem: '' }, 'Chưa điền “Câu hỏi”.'],
    ['fractional points', { points: '1,5' }, 'Điểm “1,5” không hợp lệ: điểm phải là số nguyên từ 1 đến 100.'],
    ['two answers to single choice', { correct: 'A, B' }, 'Câu một đáp án phải có đúng một đáp án đúng.'],
    ['a gap', { optionB: '', optionC: 'Công an xã' }, '“Phương án B” đang để trống.'],
    ['an unknown difficulty', { difficulty: 'Rất khó' }, 'Giá trị “Rất khó” không hợp lệ ở “Mức độ”; chọn một trong: Dễ, Trung bình, Khó.'],
  ])('words %s in Vietnamese', async (_, cells, message) => {
    const result = await parseQuestionFile(withRow(cells));
    expect(result.problems.map((p) => p.message)).toEqual([message]);
  });
});

describe('CSV: the file', () => {
  const rows = [csvLineOf(GOOD), csvLineOf({ ...GOOD, stem: 'Câu thứ hai?' })];
  const second = { ...GOOD_INPUT, stem: 'Câu thứ hai?' };

  it.each([
    ['BOM, CRLF, commas', `\uFEFF${[csvHeader(), ...rows].join('\r\n')}\r\n`],
    ['no BOM, LF, commas', [csvHeader(), ...rows].join('\n')],
    ['semicolons as Vietnamese Excel saves them', [csvHeader(';'), ...[GOOD, { ...GOOD, stem: 'Câu thứ hai?' }].map((c) => csvLineOf(c, ';'))].join('\r\n')],
    ['an unquoted “Điều, khoản” header between semicolons', [csvHeader(';').replace('"Điều, khoản"', 'Điều, khoản'), ...[GOOD, { ...GOOD, stem: 'Câu thứ hai?' }].map((c) => csvLineOf(c, ';'))].join('\n')],
    ['an Excel “sep=;” first line', ['sep=;', csvHeader(';'), ...[GOOD, { ...GOOD, stem: 'Câu thứ hai?' }].map((c) => csvLineOf(c, ';'))].join('\r\n')],
    ['blank and delimiter-only lines between rows', [csvHeader(), '', rows[0], ',,,,,', '', rows[1], ''].join('\n')],
  ])('reads %s', async (_, text) => {
    const result = await parseQuestionFile(csvFile(text));
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => q.input)).toEqual([GOOD_INPUT, second]);
  });

  it('numbers rows by line, a multi-line record by its first line', async () => {
    const text = [csvHeader(), csvLineOf({ ...GOOD, stem: 'Dòng một\nDòng hai\nDòng ba' }), '', csvLineOf({ ...GOOD, stem: '', correct: 'E' })].join('\r\n');
    const result = await parseQuestionFile(csvFile(text));
    expect(result.questions.map((q) => [q.row, q.input.stem])).toEqual([
      [2, 'Dòng một\nDòng hai\nDòng ba'],
      [6, ''],
    ]);
    expect(summary(result.problems)).toEqual([
      [6, 'Câu hỏi', 'REQUIRED'],
      [6, 'Đáp án đúng', 'CORRECT_UNKNOWN_OPTION'],
    ]);
  });

  it('turns NFD text into NFC, headers included', async () => {
    const text = [csvHeader(), csvLineOf({ ...GOOD, tags: 'một cửa' })].join('\n').normalize('NFD');
    const result = await parseQuestionFile(csvFile(text));
    expect(result.problems).toEqual([]);
    const input = result.questions[0].input;
    expect(input).toEqual({ ...GOOD_INPUT, tags: ['một cửa'] });
    expect(input.stem).toBe(input.stem.normalize('NFC'));
    expect(input.options?.[0].text.normalize('NFC')).toBe(input.options?.[0].text);
  });

  it('matches headers by alias in any order and ignores unknown columns', async () => {
    const text = ['STT;Cau hoi;A;B;Dap an dung;Loai;Chu de;Muc do;Diem;Ghi chú', '1;Câu hỏi?;X;Y;B;single_choice;procedures;easy;2;bỏ qua', '2;;;;;;;;;', '3;;;;;;;;;ghi chú lẻ'].join('\n');
    const result = await parseQuestionFile(csvFile(text));
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      {
        row: 2,
        input: canonical({
          type: 'single_choice',
          stem: 'Câu hỏi?',
          options: [
            { text: 'X', isCorrect: false },
            { text: 'Y', isCorrect: true },
          ],
          points: 2,
          topic: 'procedures',
          difficulty: 'easy',
        }),
      },
    ]);
  });

  it('takes off the guard writeCsv puts before formula-like cells', async () => {
    const text = [csvHeader(), csvLineOf({ ...GOOD, stem: "'=1+1 bằng mấy?", optionB: "'-5%" })].join('\n');
    const [question] = (await parseQuestionFile(csvFile(text))).questions;
    expect([question.input.stem, question.input.options?.[1].text]).toEqual(['=1+1 bằng mấy?', '-5%']);
  });

  it('reads Excel “Unicode text”: UTF-16 with BOM, tab-separated', async () => {
    const text = [csvHeader('\t'), csvLineOf(GOOD, '\t')].join('\r\n');
    const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const result = await parseQuestionFile({ name: 'bank.csv', data });
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => q.input)).toEqual([GOOD_INPUT]);
  });

  it.each<[string, Buffer, [number | null, string | null, ImportProblemCode], string]>([
    ['no bytes', Buffer.alloc(0), [null, null, 'EMPTY_FILE'], 'Tệp không có câu hỏi nào.'],
    ['only a header', Buffer.from(`${csvHeader()}\r\n`), [null, null, 'EMPTY_FILE'], 'Tệp không có câu hỏi nào.'],
    ['only blank lines', Buffer.from('\n \n'), [null, null, 'EMPTY_FILE'], 'Tệp không có câu hỏi nào.'],
    [
      'Windows-1258 bytes (Excel’s plain “CSV”)',
      Buffer.from([0x43, 0xe2, 0x75, 0x20, 0x68, 0xf5, 0x69, 0x0a]),
      [null, null, 'INVALID_FILE'],
      'Tệp không phải văn bản mã UTF-8. Trong Excel, hãy lưu lại bằng “CSV UTF-8 (Comma delimited) (*.csv)”.',
    ],
    ['binary junk', Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]), [null, null, 'INVALID_FILE'], 'Tệp không phải văn bản (có vẻ là tệp nhị phân).'],
    [
      'a quote never closed',
      Buffer.from([csvHeader(), csvLineOf(GOOD), '"Loại'].join('\n')),
      [3, null, 'SYNTAX_ERROR'],
      'Sai cú pháp CSV ở dòng 3: có dấu ngoặc kép (") mở mà chưa đóng.',
    ],
    ['no “Câu hỏi” column', Buffer.from(csvHeader().replace(',Câu hỏi,', ',Nội dung,')), [1, 'Câu hỏi', 'MISSING_COLUMN'], 'Thiếu cột “Câu hỏi”.'],
    ['“Điểm” twice', Buffer.from(`${csvHeader()},Diem\n${csvLineOf(GOOD)}`), [1, 'Điểm', 'DUPLICATE_COLUMN'], 'Cột “Điểm” xuất hiện nhiều lần.'],
  ])('reports %s', async (_, data, [row, column, code], message) => {
    const result = await parseQuestionFile({ name: 'bank.csv', data });
    expect(result.problems).toEqual([{ row, column, code, message }]);
    expect(result.questions).toEqual([]);
  });

  it('refuses more than 5,000 questions at once without reading them', async () => {
    const line = csvLineOf(GOOD);
    const text = [csvHeader(), ...Array.from({ length: 5001 }, () => line)].join('\n');
    const result = await parseQuestionFile(csvFile(text));
    expect(result.questions).toEqual([]);
    expect(result.problems).toEqual([{ row: null, column: null, code: 'TOO_MANY_ROWS', message: 'Tệp có 5.001 câu hỏi, vượt giới hạn 5.000 câu mỗi lần nhập.' }]);
  });

  it('accepts exactly 5,000 questions', async () => {
    const text = [csvHeader(), ...Array.from({ length: 5000 }, (_, i) => csvLineOf({ ...GOOD, stem: `Câu ${i}?` }))].join('\n');
    const result = await parseQuestionFile(csvFile(text));
    expect(result.problems).toEqual([]);
    expect(result.questions).toHaveLength(5000);
    expect(result.questions[4999].row).toBe(5001);
  });
});
