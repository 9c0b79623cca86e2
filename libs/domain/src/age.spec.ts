import { ageOn, birthDateProblem, isIsoDate, vietnamDate } from './age';

describe('isIsoDate', () => {
  it.each([
    ['2000-01-31', true],
    ['2000-02-29', true], // leap year
    ['1900-02-29', false], // not a leap year
    ['2018-02-30', false],
    ['2018-13-01', false],
    ['2018-1-1', false],
    ['01/01/2000', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('ageOn', () => {
  it.each([
    ['2000-06-15', '2018-06-14', 17],
    ['2000-06-15', '2018-06-15', 18],
    ['2000-02-29', '2018-02-28', 17],
    ['2000-02-29', '2018-03-01', 18],
    ['1990-12-31', '2026-01-01', 35],
  ])('born %s, on %s → %d', (dob, day, expected) => {
    expect(ageOn(dob, day)).toBe(expected);
  });
});

describe('vietnamDate', () => {
  it('uses UTC+7', () => {
    expect(vietnamDate(new Date('2018-03-28T16:59:59Z'))).toBe('2018-03-28');
    expect(vietnamDate(new Date('2018-03-28T17:00:00Z'))).toBe('2018-03-29');
  });
});

describe('birthDateProblem', () => {
  const now = new Date('2026-11-25T03:00:00Z');
  it.each([
    ['2014-11-25', null], // twelfth birthday today
    ['2014-11-26', 'TOO_YOUNG'],
    ['1960-01-01', null],
    ['2030-01-01', 'DATE_INVALID'], // future
    ['1899-12-31', 'DATE_INVALID'],
    ['2001-02-29', 'DATE_INVALID'],
    ['25/11/2000', 'DATE_INVALID'],
  ])('%s → %s', (dob, expected) => {
    expect(birthDateProblem(dob, now)).toBe(expected);
  });

  it('honours another minimum age', () => {
    expect(birthDateProblem('2010-01-01', now, 18)).toBe('TOO_YOUNG');
  });
});
