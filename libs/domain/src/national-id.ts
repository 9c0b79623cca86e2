/**
 * Căn cước công dân (CCCD) numbers: 12 digits. Digits 1–3 are the province
 * where the birth was registered, digit 4 encodes century and sex, digits 5–6
 * are the last two digits of the birth year (Circular 07/2016/TT-BCA, art. 7).
 */
const PROVINCE_CODES = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019',
  '020', '022', '024', '025', '026', '027', '030', '031', '033', '034', '035', '036',
  '037', '038', '040', '042', '044', '045', '046', '048', '049', '051', '052', '054',
  '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093',
  '094', '095', '096',
]);

export type NationalIdProblem = 'NATIONAL_ID_INVALID' | 'NATIONAL_ID_BIRTH_YEAR_MISMATCH';

/** Digit 4: 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s, 6/7 → 2200s, 8/9 → 2300s. */
function birthYearOf(id: string): number {
  const centuryDigit = Number(id[3]);
  const century = 1900 + Math.floor(centuryDigit / 2) * 100;
  return century + Number(id.slice(4, 6));
}

/**
 * Checks the format and, when the birth date is known, that the year encoded in
 * the number is the entrant's birth year. Returns null when the number is fine.
 */
export function nationalIdProblem(id: string, dateOfBirth?: string): NationalIdProblem | null {
  if (!/^\d{12}$/.test(id) || !PROVINCE_CODES.has(id.slice(0, 3))) return 'NATIONAL_ID_INVALID';
  if (dateOfBirth && /^\d{4}-/.test(dateOfBirth) && birthYearOf(id) !== Number(dateOfBirth.slice(0, 4))) {
    return 'NATIONAL_ID_BIRTH_YEAR_MISMATCH';
  }
  return null;
}

export function isValidNationalId(id: string): boolean {
  return nationalIdProblem(id) === null;
}
