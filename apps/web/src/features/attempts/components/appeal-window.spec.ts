import { appealTextProblem, appealWindow } from './appeal-window';

const closesAt = '2018-05-13T16:59:59.000Z';
const closes = Date.parse(closesAt);
const DAY = 86_400_000;

describe('appeal window', () => {
  it('opens when the round closes and lasts its appeal days (3 unless set)', () => {
    expect(appealWindow({ closesAt }, closes - 1)).toEqual({ state: 'not_closed' });
    expect(appealWindow({ closesAt }, closes)).toEqual({ state: 'open', until: closes + 3 * DAY });
    expect(appealWindow({ closesAt }, closes + 3 * DAY)).toMatchObject({ state: 'open' });
    expect(appealWindow({ closesAt }, closes + 3 * DAY + 1)).toMatchObject({ state: 'over' });
    expect(appealWindow({ closesAt, appealDays: 7 }, closes + 5 * DAY)).toEqual({ state: 'open', until: closes + 7 * DAY });
    expect(appealWindow({ closesAt, appealDays: 0 }, closes + 1)).toMatchObject({ state: 'over' });
  });

  it('asks for 10 to 4000 characters of reasons', () => {
    expect(appealTextProblem('   ngắn   ')).toBe('tooShort');
    expect(appealTextProblem('Đáp án B mới đúng theo Điều 9.')).toBeNull();
    expect(appealTextProblem('a'.repeat(4001))).toBe('tooLong');
  });
});
