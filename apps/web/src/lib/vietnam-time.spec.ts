import { isoToVietnamInput, vietnamDay, vietnamInputToIso } from './vietnam-time';

describe('Vietnam time (UTC+7) for datetime-local inputs', () => {
  it.each([
    ['2018-05-07T08:00', '2018-05-07T01:00:00.000Z'],
    ['2018-05-07T00:30', '2018-05-06T17:30:00.000Z'],
    ['2018-12-31T23:59', '2018-12-31T16:59:00.000Z'],
    ['2018-05-07T08:00:30', '2018-05-07T01:00:30.000Z'],
  ])('%s in Vietnam is %s', (local, iso) => {
    expect(vietnamInputToIso(local)).toBe(iso);
    expect(isoToVietnamInput(iso)).toBe(local.slice(0, 16));
  });

  it('refuses what is not a real date and time', () => {
    for (const value of ['', '2018-02-31T08:00', '2018-05-07', '2018-05-07T24:00', '7/5/2018 08:00']) expect(vietnamInputToIso(value)).toBeNull();
  });

  it('names the Vietnam calendar day of an instant', () => {
    expect(vietnamDay(Date.parse('2018-05-06T17:00:00Z'))).toBe('2018-05-07');
    expect(vietnamDay(Date.parse('2018-05-06T16:59:59Z'))).toBe('2018-05-06');
  });
});
