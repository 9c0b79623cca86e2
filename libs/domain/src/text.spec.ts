import { foldAccents, normalizeMultilineText, normalizeText, searchKey } from './text';

const nfd = (s: string) => s.normalize('NFD');

describe('normalizeText', () => {
  it.each([
    ['  Nguyễn   Văn  An ', 'Nguyễn Văn An'],
    [nfd('Quảng Nam'), 'Quảng Nam'],
    ['a\t\nb', 'a b'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    const out = normalizeText(input);
    expect(out).toBe(expected);
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('foldAccents', () => {
  it.each([
    ['Sở Nội vụ', 'So Noi vu'],
    ['Đại Lộc', 'Dai Loc'],
    ['đường', 'duong'],
    [nfd('Thăng Bình'), 'Thang Binh'],
    ['Hội An', 'Hoi An'],
    ['Bắc Trà My', 'Bac Tra My'],
    ['ABC 123', 'ABC 123'],
  ])('%j → %j', (input, expected) => {
    expect(foldAccents(input)).toBe(expected);
  });
});

describe('searchKey', () => {
  it.each([
    ['Sở Tài nguyên và Môi trường', 'so tai nguyen va moi truong'],
    [nfd('  ĐIỆN   BÀN '), 'dien ban'],
    ['tam ky', 'tam ky'],
  ])('%j → %j', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it('makes NFC and NFD spellings equal', () => {
    expect(searchKey(nfd('Nông Sơn'))).toBe(searchKey('Nông Sơn'));
  });
});

describe('normalizeMultilineText', () => {
  it.each([
    ['  Dòng   một \r\n\r\n\r\n  dòng  hai  ', 'Dòng một\n\ndòng hai'],
    ['\n\nA\nB\n\n', 'A\nB'],
    ['Câu hỏi'.normalize('NFD'), 'Câu hỏi'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeMultilineText(input)).toBe(expected);
  });
});
