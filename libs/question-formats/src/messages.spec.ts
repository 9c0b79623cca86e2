import { IMPORT_PROBLEM_CODES, type ImportProblemCode } from '@reform-quiz/contracts';
import { formatCount, formatMegabytes, importProblemMessage } from './messages';
import type { MessageParams } from './types';

describe('importProblemMessage', () => {
  it.each(IMPORT_PROBLEM_CODES.map((code) => [code]))('has a Vietnamese message for %s, with or without params', (code) => {
    for (const params of [{}, { field: 'Câu hỏi', value: 'x', type: 'single_choice', line: 3, count: 9, max: 10 }] as MessageParams[]) {
      const message = importProblemMessage(code, params);
      expect(message).toMatch(/^[\p{Lu}“].*\.$/su);
      expect(message).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu);
      expect(message).not.toMatch(/undefined|NaN|\[object/);
      expect(message).toBe(message.normalize('NFC'));
    }
  });

  it.each<[ImportProblemCode, MessageParams, string]>([
    ['MISSING_COLUMN', { field: 'Câu hỏi' }, 'Thiếu cột “Câu hỏi”.'],
    ['DUPLICATE_COLUMN', { field: 'Điểm' }, 'Cột “Điểm” xuất hiện nhiều lần.'],
    ['CORRECT_UNKNOWN_OPTION', { value: 'E' }, 'Đáp án đúng “E” không ứng với phương án nào đã điền.'],
    ['FORMULA_CELL', {}, 'Ô chứa công thức; hãy dán giá trị thay vì công thức.'],
    ['TOO_MANY_ROWS', { count: 5231, limit: 5000 }, 'Tệp có 5.231 câu hỏi, vượt giới hạn 5.000 câu mỗi lần nhập.'],
    ['FILE_TOO_LARGE', { size: 6.5 * 1024 * 1024 }, 'Tệp nặng 6,5 MB, vượt giới hạn 5 MB mỗi lần nhập.'],
    ['CORRECT_COUNT', { type: 'single_choice' }, 'Câu một đáp án phải có đúng một đáp án đúng.'],
    ['CORRECT_COUNT', { type: 'multiple_choice' }, 'Câu nhiều đáp án phải có ít nhất một đáp án đúng.'],
    ['CORRECT_COUNT', { type: 'true_false' }, 'Câu Đúng/Sai phải có đáp án là “Đúng” hoặc “Sai”.'],
    ['TRUE_FALSE_OPTIONS', {}, 'Câu Đúng/Sai chỉ có hai phương án “Đúng” và “Sai”, theo thứ tự đó.'],
    ['TOO_LONG', { field: 'Câu hỏi', max: 2000 }, '“Câu hỏi” dài quá 2.000 ký tự.'],
    ['REQUIRED', { field: 'Loại câu hỏi' }, 'Chưa điền “Loại câu hỏi”.'],
    ['POINTS_RANGE', {}, 'Điểm phải là số nguyên từ 1 đến 100.'],
    ['SOURCE_REQUIRED', {}, 'Cần ghi văn bản nguồn (văn bản pháp lý làm căn cứ của câu hỏi).'],
    ['MERGED_CELLS', { range: 'B2:B6' }, 'Vùng ô B2:B6 đang được gộp; hãy bỏ gộp ô và điền giá trị vào từng dòng.'],
    ['SYNTAX_ERROR', { format: 'Aiken', line: 12, reason: 'missing_answer' }, 'Sai cú pháp Aiken ở dòng 12: thiếu dòng “ANSWER: …” sau các phương án.'],
    ['UNSUPPORTED_QUESTION', { kind: 'numerical' }, 'Câu hỏi số (Numerical) chưa được hỗ trợ; chỉ nhập được câu một đáp án, nhiều đáp án, Đúng/Sai, trả lời ngắn và tự luận.'],
  ])('words %s', (code, params, expected) => {
    expect(importProblemMessage(code, params)).toBe(expected);
  });

  it.each([
    [0, '0'],
    [999, '999'],
    [5000, '5.000'],
    [1234567, '1.234.567'],
  ])('writes %d as %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it('writes megabytes with a decimal comma', () => {
    expect(formatMegabytes(5 * 1024 * 1024)).toBe('5');
    expect(formatMegabytes(6.25 * 1024 * 1024)).toBe('6,3');
  });
});
