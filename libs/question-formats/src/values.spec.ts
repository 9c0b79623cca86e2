import { parseDate, parseDifficulty, parsePoints, parseTopic, parseType, parseYesNo, topicFromCategory } from './values';

describe('coded cells', () => {
  it.each([
    ['Một đáp án', 'single_choice'],
    ['mot dap an', 'single_choice'],
    ['SINGLE_CHOICE', 'single_choice'],
    ['Nhiều đáp án', 'multiple_choice'],
    ['Đúng / Sai', 'true_false'],
    ['dung sai', 'true_false'],
    ['Trả lời ngắn', 'short_text'],
    ['Tự luận', 'essay'],
    ['trắc nghiệm', null],
  ])('type %s → %s', (text, expected) => expect(parseType(text)).toBe(expected));

  it.each([
    ['Cải cách thể chế', 'institutional'],
    ['Cải cách thủ tục hành chính', 'procedures'],
    ['cai cach thu tuc hanh chinh', 'procedures'],
    ['TTHC', 'procedures'],
    ['Cải cách tổ chức bộ máy hành chính nhà nước', 'organization'],
    ['Cải cách chế độ công vụ', 'civil_service'],
    ['Cải cách tài chính công', 'public_finance'],
    ['Chính quyền điện tử, chính quyền số', 'e_government'],
    ['Hiện đại hóa hành chính', 'e_government'],
    ['Hiện đại hoá hành chính', 'e_government'],
    ['e_government', 'e_government'],
    ['Chung', 'general'],
    ['Kinh tế', null],
  ])('topic %s → %s', (text, expected) => expect(parseTopic(text)).toBe(expected));

  it.each([
    ['Dễ', 'easy'],
    ['de', 'easy'],
    ['Trung bình', 'medium'],
    ['hard', 'hard'],
    ['Khó', 'hard'],
    ['Rất khó', null],
  ])('difficulty %s → %s', (text, expected) => expect(parseDifficulty(text)).toBe(expected));

  it.each([
    ['Có', true],
    ['co', true],
    ['yes', true],
    ['TRUE', true],
    ['1', true],
    ['Không', false],
    ['no', false],
    ['false', false],
    ['0', false],
    ['', false],
    ['có lẽ', null],
  ])('yes/no %s → %s', (text, expected) => expect(parseYesNo(text)).toBe(expected));

  it.each([
    ['2018-04-23', '2018-04-23'],
    ['23/04/2018', '2018-04-23'],
    ['23/4/2018', '2018-04-23'],
    ['3/4/2018', '2018-04-03'],
    ['23-04-2018', '2018-04-23'],
    ['23.04.2018', '2018-04-23'],
    [' 23/04/2018 ', '2018-04-23'],
    ['29/02/2020', '2020-02-29'],
    ['29/02/2019', null],
    ['2018-02-30', null],
    ['04/23/2018', null],
    ['23/04/18', null],
    ['tháng 4', null],
  ])('date %s → %s', (text, expected) => expect(parseDate(text)).toBe(expected));

  it.each([
    ['', { points: 1 }],
    ['2', { points: 2 }],
    [' 10 ', { points: 10 }],
    ['3.0', { points: 3 }],
    ['0', { points: 0 }],
    ['1,5', { problem: 'POINTS_RANGE' }],
    ['1.5', { problem: 'POINTS_RANGE' }],
    ['hai', { problem: 'INVALID_VALUE' }],
    ['2 điểm', { problem: 'INVALID_VALUE' }],
  ])('points %s → %j', (text, expected) => expect(parsePoints(text)).toEqual(expected));

  it.each([
    ['$course$/top/procedures', 'procedures'],
    ['$course$/top/Cải cách thủ tục hành chính', 'procedures'],
    ['$course$/Hiện đại hóa hành chính/Đợt 1', 'e_government'],
    ['$course$/top/Default for CCHC', null],
  ])('category %s → %s', (path, expected) => expect(topicFromCategory(path)).toBe(expected));
});
