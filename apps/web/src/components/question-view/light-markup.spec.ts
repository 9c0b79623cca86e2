import { excerpt, parseInline, parseLightMarkup, plainText } from './light-markup';

describe('parseInline', () => {
  it.each([
    ['Cơ chế **một cửa** là gì?', ['Cơ chế ', { kind: 'strong', children: ['một cửa'] }, ' là gì?']],
    ['Theo *Nghị định 61*', ['Theo ', { kind: 'em', children: ['Nghị định 61'] }]],
    ['**đậm *và nghiêng* đậm**', [{ kind: 'strong', children: ['đậm ', { kind: 'em', children: ['và nghiêng'] }, ' đậm'] }]],
    // Markers must hug their text: arithmetic and stray stars stay as typed.
    ['2 * 3 * 4', ['2 * 3 * 4']],
    ['** không đậm**', ['** không đậm**']],
    ['một *sao', ['một *sao']],
  ])('%s', (text, runs) => {
    expect(parseInline(text)).toEqual(runs);
  });
});

describe('parseLightMarkup', () => {
  it('splits paragraphs at blank lines and keeps single line breaks', () => {
    expect(parseLightMarkup('Dòng 1\nDòng 2\n\n  \nĐoạn 2')).toEqual([[['Dòng 1'], ['Dòng 2']], [['Đoạn 2']]]);
  });

  it('treats Windows line ends like any other', () => {
    expect(parseLightMarkup('a\r\nb')).toEqual([[['a'], ['b']]]);
  });
});

describe('plain text and excerpts', () => {
  it('drops the markers and the line breaks', () => {
    expect(plainText('Cơ chế **một cửa**\nliên thông là *gì*?')).toBe('Cơ chế một cửa liên thông là gì?');
  });

  it('cuts at a word and marks the cut', () => {
    expect(excerpt('Thủ tục hành chính là trình tự, cách thức thực hiện', 24)).toBe('Thủ tục hành chính là…');
    expect(excerpt('Ngắn', 24)).toBe('Ngắn');
  });
});
