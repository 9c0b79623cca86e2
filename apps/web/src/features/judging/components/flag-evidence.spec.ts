import '../../../i18n/judging';
import { changeLanguage, i18n } from '../../../i18n/i18n';
import { useJudgingTranslation } from '../../../i18n/judging';
import { renderHook } from '@testing-library/react';
import { evidenceRows } from './flag-evidence';

function translators() {
  const { result } = renderHook(() => useJudgingTranslation());
  const { jt } = result.current;
  const t = (key: string) => (i18n.t as unknown as (key: string) => string)(key);
  return { jt, t };
}

const rows = (evidence: Record<string, unknown>, language = 'vi') => {
  const { jt, t } = translators();
  return evidenceRows(evidence, jt, t, language).map((row) => [row.label, row.value]);
};

describe('evidenceRows', () => {
  afterEach(async () => {
    await changeLanguage('vi');
  });

  it('reads a too-fast attempt in seconds and questions', () => {
    expect(rows({ msPerAnswer: 25 })).toEqual([['Trung bình mỗi câu', '0,03 giây']]);
    expect(rows({ durationMs: 6200, answered: 4, msPerAnswer: 1550, minimum: 2500 })).toEqual([
      ['Thời gian làm bài', '6,2 giây'],
      ['Số câu đã trả lời', '4 câu'],
      ['Trung bình mỗi câu', '1,6 giây'],
      ['Mức tối thiểu mỗi câu', '2,5 giây'],
    ]);
  });

  it('names the other accounts of a shared device and the role of a staff entrant', () => {
    expect(rows({ deviceId: 'd-1', accounts: 2, others: ['Trần Thị Bình'] })).toEqual([
      ['Số tài khoản liên quan', '2 tài khoản'],
      ['Các tài khoản khác', 'Trần Thị Bình'],
      ['Mã thiết bị', 'd-1'],
    ]);
    expect(rows({ role: 'judge' })).toEqual([['Vai trò', 'Ban giám khảo']]);
  });

  it('writes dates the local way and keeps keys it does not know', () => {
    expect(rows({ name: 'Nguyễn Văn An', dateOfBirth: '1988-04-12', accounts: 2, extra: { a: 1 } })).toEqual([
      ['Họ tên', 'Nguyễn Văn An'],
      ['Ngày sinh', '12 tháng 4, 1988'],
      ['Số tài khoản liên quan', '2 tài khoản'],
      ['extra', '{"a":1}'],
    ]);
  });

  it('speaks English too', async () => {
    await changeLanguage('en');
    expect(rows({ focusLosses: 7, threshold: 5 }, 'en')).toEqual([
      ['Times the page was left', '7 times'],
      ['Flag threshold', '5 times'],
    ]);
  });
});
