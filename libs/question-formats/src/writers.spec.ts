import { canonical, SAMPLE_QUESTIONS } from './fixtures/sample-questions';
import { writeCsv } from './csv';
import { writeGift } from './gift-writer';

describe('writeCsv', () => {
  const text = writeCsv(SAMPLE_QUESTIONS);

  it('starts with a BOM and the template headers, and ends lines with CRLF', () => {
    expect(text.startsWith('\uFEFFLoại câu hỏi,Chủ đề,Mức độ,Điểm,Câu hỏi,Phương án A,')).toBe(true);
    expect(text).toContain(',Văn bản nguồn,"Điều, khoản",Ngày ban hành,Thẻ\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('quotes line breaks inside a cell and guards formula-like cells', () => {
    expect(text).toContain('"Những nội dung nào thuộc Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021–2030?\nChọn tất cả phương án đúng."');
    expect(text).toContain(",'=[html] Phương án nào bắt đầu bằng ký tự đặc biệt?,");
    expect(text).toContain(",'-5% chi phí,");
  });

  it('writes a true/false answer as its word and short-text answers joined by |', () => {
    expect(text).toContain(',Đúng,Sai,,,,,,,Sai,');
    expect(text).toContain(',Bộ phận Một cửa | Một cửa,Có,');
  });
});

describe('writeGift', () => {
  it('writes the metadata line, a title and the answers', () => {
    const questions = [
      canonical({
        type: 'single_choice',
        stem: 'Theo Điều 3: cơ quan nào {tiếp nhận}?',
        options: [
          { text: 'Bộ phận Một cửa', isCorrect: true },
          { text: 'Văn thư', isCorrect: false },
        ],
        topic: 'procedures',
        difficulty: 'easy',
        points: 2,
        source: { document: 'Nghị định 61/2018/NĐ-CP', article: 'Điều 3', date: '2018-04-23' },
        tags: ['một cửa'],
      }),
      canonical({ type: 'true_false', stem: 'Đúng hay sai?', options: [{ text: 'Đúng', isCorrect: false }, { text: 'Sai', isCorrect: true }], explanation: 'Vì\nhai dòng.' }),
      canonical({ type: 'short_text', stem: 'Gọi chung là gì?', acceptedAnswers: ['Một cửa'], accentInsensitive: true }),
      canonical({ type: 'essay', stem: '' }),
    ];
    expect(writeGift(questions)).toBe(
      [
        '// [tag:topic:procedures] [tag:difficulty:easy] [tag:points:2] [tag:source:Nghị định 61/2018/NĐ-CP|Điều 3|2018-04-23] [tag:một cửa]',
        '::Theo Điều 3\\: cơ quan nào \\{tiếp nhận\\}?::Theo Điều 3\\: cơ quan nào \\{tiếp nhận\\}? {',
        '=Bộ phận Một cửa',
        '~Văn thư',
        '}',
        '',
        '// [tag:topic:general] [tag:difficulty:medium] [tag:points:1]',
        '::Đúng hay sai?::Đúng hay sai? {',
        'F',
        '####Vì\\nhai dòng.',
        '}',
        '',
        '// [tag:topic:general] [tag:difficulty:medium] [tag:points:1] [tag:ai:yes]',
        '::Gọi chung là gì?::Gọi chung là gì? {',
        '=Một cửa',
        '}',
        '',
        '// [tag:topic:general] [tag:difficulty:medium] [tag:points:1]',
        '::Câu 4:: {}',
        '',
      ].join('\n'),
    );
  });

  it('shortens long titles to forty characters', () => {
    const [, title] = writeGift([canonical({ type: 'essay', stem: 'Trình bày đầy đủ các nội dung của Chương trình tổng thể cải cách hành chính.' })]).split('\n');
    expect(title).toMatch(/^::Trình bày đầy đủ các nội dung của Chương…::/);
  });

  it('writes nothing for no questions', () => {
    expect(writeGift([])).toBe('');
  });
});
