import { passwordLength, passwordProblem } from './password';

const list = new Set(['password', '12345678', 'qwertyuiop']);
const isCommon = (p: string) => list.has(p);

describe('passwordProblem', () => {
  it.each([
    ['Xuân-Hạ-2018!', null],
    ['short1!', 'PASSWORD_TOO_SHORT'],
    ['x'.repeat(128), null],
    ['x'.repeat(129), 'PASSWORD_TOO_LONG'],
    ['PASSWORD', 'PASSWORD_TOO_COMMON'],
    ['12345678', 'PASSWORD_TOO_COMMON'],
    ['MatKhau123', 'PASSWORD_TOO_COMMON'], // Vietnamese list
    ['anhyeuem', 'PASSWORD_TOO_COMMON'],
    ['', 'PASSWORD_TOO_SHORT'],
  ])('%j → %s', (password, expected) => {
    expect(passwordProblem(password, isCommon)).toBe(expected);
  });

  it('counts characters, not UTF-16 units or combining marks', () => {
    expect(passwordLength('mậtkhẩu')).toBe(7);
    expect(passwordLength('mậtkhẩu'.normalize('NFD'))).toBe(7);
    expect(passwordLength('🔒🔒🔒🔒🔒🔒🔒🔒')).toBe(8);
    expect(passwordProblem('🔒🔒🔒🔒🔒🔒🔒', isCommon)).toBe('PASSWORD_TOO_SHORT');
  });
});
