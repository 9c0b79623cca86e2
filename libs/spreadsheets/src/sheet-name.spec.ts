import { sheetName } from './sheet-name';

describe('sheetName', () => {
  it.each([
    ['Kết quả vòng 1', 'Kết quả vòng 1'],
    ['Vòng 1/2: chung kết', 'Vòng 1-2- chung kết'],
    ['[Bảng] *xếp hạng*?', '(Bảng) xếp hạng'],
    ['a\\b', 'a-b'],
    ["'Trích'", 'Trích'],
    ['  nhiều    khoảng   trắng  ', 'nhiều khoảng trắng'],
    ['dòng\nmới\ttab', 'dòng mới tab'],
    ['', 'Trang'],
    ['*?', 'Trang'],
    ['Danh sách người đạt giải cấp huyện năm 2025', 'Danh sách người đạt giải cấp hu'],
    // Cut to 31 characters, then the trailing space is dropped.
    ['Tham gia theo đơn vị hành chính cấp xã', 'Tham gia theo đơn vị hành chính'],
    ['History', 'History (2)'],
  ])('%j → %j', (name, expected) => {
    const result = sheetName(name);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(31);
  });

  it('composes decomposed Vietnamese before counting', () => {
    const decomposed = 'Điểm thi'.normalize('NFD');
    expect(sheetName(decomposed)).toBe('Điểm thi'.normalize('NFC'));
  });

  it('keeps names unique, case-insensitively, within 31 characters', () => {
    expect(sheetName('Kết quả', ['kết quả'])).toBe('Kết quả (2)');
    expect(sheetName('Kết quả', ['Kết quả', 'Kết quả (2)'])).toBe('Kết quả (3)');
    const long = 'Danh sách người đạt giải cấp huyện';
    const first = sheetName(long);
    const second = sheetName(long, [first]);
    expect(second).toBe('Danh sách người đạt giải cấ (2)');
    expect(second.length).toBe(31);
  });
});
