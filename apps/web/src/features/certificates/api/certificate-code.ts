/** As printed: four, four and two characters from an alphabet without 0/O and 1/I. The API forgives case and spaces. */
export const CERTIFICATE_CODE_PATTERN = /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/;

/**
 * A code as typed or scanned — "abcd efgh jk", "ABCDEFGHJK", "ABCD–EFGH–JK" —
 * in the printed form, or null when it cannot be one.
 */
export function normalizeCertificateCode(input: string): string | null {
  const raw = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—.]/g, '');
  if (!/^[A-Z2-9]{10}$/.test(raw)) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** The public PDF of a certificate: a plain link works, no sign-in needed. */
export function certificatePdfUrl(code: string): string {
  return `/api/v1/certificates/${encodeURIComponent(code)}/pdf`;
}
