/**
 * Vietnamese mobile numbers: 10 digits starting with 0. Since the 2018
 * renumbering, mobile prefixes are 03, 05, 07, 08 and 09 (Ministry of
 * Information and Communications, Circular 22/2014/TT-BTTTT as amended).
 */
const MOBILE = /^0[35789]\d{8}$/;

/**
 * Strips the separators people type ("0905 123 456", "0905.123.456") and turns
 * the international form (+84 905 123 456, 84905123456) into the national one.
 * Returns the input unchanged (trimmed) when it does not look like a phone.
 */
export function normalizePhone(input: string): string {
  const compact = input.trim().replace(/[\s.\-()]/g, '');
  if (/^\+84\d{9}$/.test(compact)) return `0${compact.slice(3)}`;
  if (/^84\d{9}$/.test(compact)) return `0${compact.slice(2)}`;
  return compact;
}

export function isValidPhone(input: string): boolean {
  return MOBILE.test(normalizePhone(input));
}
