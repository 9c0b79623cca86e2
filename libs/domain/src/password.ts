export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_COMMON';

/**
 * Vietnamese passwords that breach corpora show often and English lists miss.
 * The API adds a large international list on top of these.
 */
export const COMMON_VIETNAMESE_PASSWORDS: readonly string[] = [
  'matkhau', 'matkhau1', 'matkhau123', 'matkhau@123', 'anhyeuem', 'anhyeuem1', 'anhyeuem123',
  'emyeuanh', 'yeuemmaimai', 'vietnam', 'vietnam1', 'vietnam123', 'hanoi123', 'saigon123',
  'quangnam', 'quangnam123', 'admin123', 'admin@123', 'abc@123', 'abc12345', 'a123456789',
  'iloveyou', 'khongbiet', 'khongcomatkhau', 'tamky123', 'hoian123', 'danang123', 'cchc2018',
  'Demo@2018',
].map((p) => p.toLowerCase());

/** Length counts characters (code points), not UTF-16 units: "mậtkhẩu" is 7. */
export function passwordLength(password: string): number {
  return [...password.normalize('NFC')].length;
}

/**
 * Checks a candidate password. `isCommon` receives the lower-cased password
 * and says whether it is on a known list.
 */
export function passwordProblem(password: string, isCommon: (lowered: string) => boolean): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'PASSWORD_TOO_LONG';
  const lowered = password.normalize('NFC').toLowerCase();
  if (COMMON_VIETNAMESE_PASSWORDS.includes(lowered) || isCommon(lowered)) return 'PASSWORD_TOO_COMMON';
  return null;
}
