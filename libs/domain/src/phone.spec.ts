import { isValidPhone, normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0905123456', '0905123456'],
    ['0905 123 456', '0905123456'],
    ['0905.123.456', '0905123456'],
    ['+84 905 123 456', '0905123456'],
    ['84905123456', '0905123456'],
    ['(0905)-123-456', '0905123456'],
  ])('%j → %j', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });
});

describe('isValidPhone', () => {
  it.each([
    ['0905123456', true],
    ['0356789012', true],
    ['0776543210', true],
    ['0812345678', true],
    ['+84 912 345 678', true],
    ['0123456789', false], // 01x prefixes were retired in 2018
    ['0212345678', false], // landline prefix
    ['090512345', false], // 9 digits
    ['09051234567', false], // 11 digits
    ['9051234567', false], // no leading 0
    ['09051234a6', false],
    ['', false],
  ])('%j → %s', (input, expected) => {
    expect(isValidPhone(input)).toBe(expected);
  });
});
