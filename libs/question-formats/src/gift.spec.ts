import type { ImportProblemCode, QuestionInput } from '@reform-quiz/contracts';
import { canonical } from './fixtures/sample-questions';
import { parseQuestionFile } from './parse-question-file';

const gift = (lines: string[], name = 'bank.gift') => parseQuestionFile({ name, data: Buffer.from(lines.join('\n'), 'utf8') });
const summary = (problems: { row: number | null; column: string | null; code: string }[]) => problems.map((p) => [p.row, p.column, p.code]);
const TF = (isTrue: boolean) => [
  { text: 'Đúng', isCorrect: isTrue },
  { text: 'Sai', isCorrect: !isTrue },
];

describe('GIFT: question types', () => {
  it.each<[string, string[], QuestionInput]>([
    [
      'one right answer as single choice',
      ['::Q1:: Cơ chế một cửa quy định tại đâu? {=Nghị định 61/2018/NĐ-CP ~Nghị định 63/2010/NĐ-CP}'],
      canonical({
        type: 'single_choice',
        stem: 'Cơ chế một cửa quy định tại đâu?',
        options: [
          { text: 'Nghị định 61/2018/NĐ-CP', isCorrect: true },
          { text: 'Nghị định 63/2010/NĐ-CP', isCorrect: false },
        ],
      }),
    ],
    [
      'weighted answers as multiple choice',
      ['Những lĩnh vực nào thuộc cải cách hành chính? {', '  ~%50%Cải cách thể chế', '  ~%50%Cải cách tài chính công', '  ~%-100%Cải cách ruộng đất', '}'],
      canonical({
        type: 'multiple_choice',
        stem: 'Những lĩnh vực nào thuộc cải cách hành chính?',
        options: [
          { text: 'Cải cách thể chế', isCorrect: true },
          { text: 'Cải cách tài chính công', isCorrect: true },
          { text: 'Cải cách ruộng đất', isCorrect: false },
        ],
      }),
    ],
    ['{T} as true/false', ['Nghị quyết 76/NQ-CP ban hành Chương trình tổng thể CCHC 2021–2030. {T}'], canonical({ type: 'true_false', stem: 'Nghị quyết 76/NQ-CP ban hành Chương trình tổng thể CCHC 2021–2030.', options: TF(true) })],
    ['{FALSE} as true/false', ['Bộ phận Một cửa chỉ có ở cấp tỉnh. {FALSE}'], canonical({ type: 'true_false', stem: 'Bộ phận Một cửa chỉ có ở cấp tỉnh.', options: TF(false) })],
    [
      'all-right answers as short text',
      ['Các bộ phận tiếp nhận hồ sơ gọi chung là gì? {=Bộ phận Một cửa =Một cửa}'],
      canonical({ type: 'short_text', stem: 'Các bộ phận tiếp nhận hồ sơ gọi chung là gì?', acceptedAnswers: ['Bộ phận Một cửa', 'Một cửa'] }),
    ],
    ['{} as essay', ['Trình bày ý nghĩa của Chính phủ số. {}'], canonical({ type: 'essay', stem: 'Trình bày ý nghĩa của Chính phủ số.' })],
    [
      'general feedback as the explanation, per-answer feedback dropped',
      ['Thủ đô của Việt Nam? {=Hà Nội#Đúng rồi ~Huế#Chưa đúng ####Hà Nội là Thủ đô từ năm 1945.}'],
      canonical({
        type: 'single_choice',
        stem: 'Thủ đô của Việt Nam?',
        options: [
          { text: 'Hà Nội', isCorrect: true },
          { text: 'Huế', isCorrect: false },
        ],
        explanation: 'Hà Nội là Thủ đô từ năm 1945.',
      }),
    ],
    [
      'escaped special characters',
      ['::Tỷ lệ\\: x::Tỷ lệ\\: \\{50%\\} \\= một nửa \\~ \\# ghi chú \\\\ hết\\ndòng hai {=a\\=b ~c\\:d}'],
      canonical({
        type: 'single_choice',
        stem: 'Tỷ lệ: {50%} = một nửa ~ # ghi chú \\ hết\ndòng hai',
        options: [
          { text: 'a=b', isCorrect: true },
          { text: 'c:d', isCorrect: false },
        ],
      }),
    ],
    ['a [markdown] marker dropped, its line breaks kept', ['[markdown]Dòng **một**', 'Dòng hai {T}'], canonical({ type: 'true_false', stem: 'Dòng **một**\nDòng hai', options: TF(true) })],
    ['an [html] marker dropped', ['::H::[html]<p>Câu hỏi</p> {F}'], canonical({ type: 'true_false', stem: '<p>Câu hỏi</p>', options: TF(false) })],
    ['NFD text as NFC', ['Thủ tục hành chính là gì? {}'.normalize('NFD')], canonical({ type: 'essay', stem: 'Thủ tục hành chính là gì?' })],
  ])('reads %s', async (_, lines, expected) => {
    const result = await gift(lines);
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([{ row: 1, input: expected }]);
  });
});

describe('GIFT: metadata', () => {
  it('reads Moodle tags for topic, difficulty, points, source, accents and plain tags', async () => {
    const result = await gift([
      '// Ngân hàng câu hỏi tháng 4',
      '',
      '// [tag:topic:procedures] [tag:difficulty:easy] [tag:points:2]',
      '// [tag:source:Nghị định 61/2018/NĐ-CP|Điều 3|23/04/2018] [tag:ai:yes] [tag:một cửa] [tag:TTHC]',
      '::Q:: Tên gọi chung? {=Bộ phận Một cửa}',
    ]);
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      {
        row: 5,
        input: canonical({
          type: 'short_text',
          stem: 'Tên gọi chung?',
          acceptedAnswers: ['Bộ phận Một cửa'],
          accentInsensitive: true,
          points: 2,
          topic: 'procedures',
          difficulty: 'easy',
          source: { document: 'Nghị định 61/2018/NĐ-CP', article: 'Điều 3', date: '2018-04-23' },
          tags: ['một cửa', 'TTHC'],
        }),
      },
    ]);
  });

  it('takes the default topic from $CATEGORY until the next one', async () => {
    const result = await gift([
      'Câu không có chuyên mục. {T}',
      '',
      '$CATEGORY: $course$/top/procedures',
      '',
      'Câu một. {T}',
      '',
      '// [tag:topic:civil_service]',
      'Câu hai. {T}',
      '',
      '$CATEGORY: $course$/Ngân hàng/Hiện đại hóa hành chính',
      'Câu ba. {T}',
      '',
      '$CATEGORY: $course$/top/Cải cách thủ tục hành chính/Đợt 1',
      'Câu bốn. {T}',
      '',
      '$CATEGORY: $course$/top/Khác',
      'Câu năm. {T}',
    ]);
    expect(result.problems).toEqual([]);
    expect(result.questions.map((q) => [q.row, q.input.topic])).toEqual([
      [1, 'general'],
      [5, 'procedures'],
      [8, 'civil_service'],
      [11, 'e_government'],
      [14, 'procedures'],
      [17, 'general'],
    ]);
  });

  it.each<[string, string, [number, ImportProblemCode], string]>([
    ['an unknown topic', '[tag:topic:economy]', [2, 'INVALID_VALUE'], 'Giá trị “economy” không hợp lệ ở “Chủ đề”'],
    ['an unknown difficulty', '[tag:difficulty:rất khó]', [2, 'INVALID_VALUE'], 'Giá trị “rất khó” không hợp lệ ở “Mức độ”'],
    ['points in words', '[tag:points:hai]', [2, 'INVALID_VALUE'], 'Giá trị “hai” không hợp lệ ở “Điểm”'],
    ['points out of range', '[tag:points:500]', [3, 'POINTS_RANGE'], 'Điểm “500” không hợp lệ'],
    ['a bad source date', '[tag:source:Luật 22/2008/QH12||2008-13-01]', [2, 'DATE_INVALID'], 'Ngày ban hành “2008-13-01” không hợp lệ'],
  ])('reports %s at the line of its tag', async (_, tag, [row, code], message) => {
    const result = await gift(['// Câu hỏi có thẻ sai', `// ${tag}`, 'Câu hỏi? {T}']);
    expect(summary(result.problems)).toEqual([[row, null, code]]);
    expect(result.problems[0].message).toContain(message);
  });
});

describe('GIFT: problems', () => {
  it('reports a syntax error at its line and still reads the other questions', async () => {
    const result = await gift([
      '::Q1:: Câu một? {T}',
      '',
      '// [tag:topic:procedures]',
      '::Q2:: Theo Điều 3: cơ quan nào? {',
      '=Ủy ban',
      '~Sở',
      '}',
      '',
      '::Q3:: Câu ba? {',
      '=a',
      '~b',
      '',
      '::Q4:: Câu bốn? {F}',
    ]);
    expect(result.questions.map((q) => [q.row, q.input.stem])).toEqual([
      [1, 'Câu một?'],
      [13, 'Câu bốn?'],
    ]);
    expect(summary(result.problems)).toEqual([
      [4, null, 'SYNTAX_ERROR'],
      [11, null, 'SYNTAX_ERROR'],
    ]);
    expect(result.problems[0].message).toBe(
      'Sai cú pháp GIFT ở dòng 4, cột 19: ký tự “:” không hợp lệ ở vị trí này. Nếu nội dung có các ký tự ~ = # { } : hãy thêm dấu \\ phía trước.',
    );
    expect(result.problems[1].message).toMatch(/^Sai cú pháp GIFT ở dòng 11, cột \d+: câu hỏi kết thúc khi chưa đóng ngoặc “}”\./);
  });

  it.each<[string, string[], string]>([
    ['numerical', ['::N:: Nghị định 61 ban hành năm nào? {#2018}'], 'Câu hỏi số (Numerical) chưa được hỗ trợ'],
    ['matching', ['::M:: Ghép cặp {', '=Nghị định 61 -> Một cửa', '=Nghị định 63 -> Kiểm soát TTHC', '=Nghị định 30 -> Văn thư', '}'], 'Câu hỏi ghép cặp (Matching) chưa được hỗ trợ'],
    ['description', ['Phần I: Thủ tục hành chính'.replace(':', '\\:')], 'Đoạn mô tả không có đáp án (Description) chưa được hỗ trợ'],
    ['cloze', ['Bộ phận {=Một cửa ~Hai cửa} tiếp nhận hồ sơ.'], 'Câu hỏi điền khuyết (đáp án nằm giữa câu) chưa được hỗ trợ'],
  ])('reports a %s question as unsupported at its line', async (_, lines, message) => {
    const result = await gift(['Câu đầu. {T}', '', '// [tag:points:2]', ...lines]);
    expect(result.questions).toHaveLength(1);
    expect(summary(result.problems)).toEqual([[4, null, 'UNSUPPORTED_QUESTION']]);
    expect(result.problems[0].message).toMatch(new RegExp(`^${message.replace(/[()]/g, '\\$&')}`));
  });

  it('checks each question against the question rules, at its first line', async () => {
    const result = await gift(['Câu đúng. {T}', '', '::Q:: Không có đáp án đúng {~a ~b}', '', '// [tag:points:2]', '::R:: Trùng {=Một cửa ~một cửa}', '', '::S:: Một phương án {~%100%a}']);
    expect(result.questions.map((q) => q.input.type)).toEqual(['true_false', 'single_choice', 'single_choice', 'multiple_choice']);
    expect(summary(result.problems)).toEqual([
      [3, null, 'CORRECT_COUNT'],
      [6, null, 'OPTIONS_DUPLICATE'],
      [8, null, 'OPTIONS_COUNT'],
    ]);
    expect(result.problems[0].message).toBe('Câu một đáp án phải có đúng một đáp án đúng.');
  });

  it('reads several "=" among "~" as multiple choice', async () => {
    const result = await gift(['Hai đáp án đúng {=a =b ~c}']);
    expect(result.questions[0].input.options).toEqual([
      { text: 'a', isCorrect: true },
      { text: 'b', isCorrect: true },
      { text: 'c', isCorrect: false },
    ]);
    expect(result.questions[0].input.type).toBe('multiple_choice');
  });

  it('reads CRLF files and reports lines as an editor counts them', async () => {
    const result = await parseQuestionFile({ name: 'a.gift', data: Buffer.from('Câu một. {T}\r\n\r\nCâu hai {=a ~b\r\n') });
    expect(summary(result.problems)).toEqual([[3, null, 'SYNTAX_ERROR']]);
  });

  it('reports a file of comments only as empty', async () => {
    const result = await gift(['// chỉ có ghi chú', '', '// [tag:topic:procedures]']);
    expect(summary(result.problems)).toEqual([[null, null, 'EMPTY_FILE']]);
  });

  it('refuses more than 5,000 questions before parsing them', async () => {
    const result = await gift(Array.from({ length: 5001 }, (_, i) => `Câu ${i}. {T}\n`));
    expect(result.questions).toEqual([]);
    expect(summary(result.problems)).toEqual([[null, null, 'TOO_MANY_ROWS']]);
  });
});
