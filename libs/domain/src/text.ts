/**
 * Vietnamese-aware text normalisation. Input may arrive in NFD (macOS, some
 * keyboards) or NFC, with stray whitespace; stored and compared text is NFC.
 */

/** NFC, trimmed, inner whitespace runs collapsed to one space. */
export function normalizeText(input: string): string {
  return input.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Removes diacritics (tone and vowel marks) and maps đ/Đ to d/D. */
export function foldAccents(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** The key used for accent- and case-insensitive search: "Sở Nội vụ" → "so noi vu". */
export function searchKey(input: string): string {
  return foldAccents(normalizeText(input)).toLowerCase();
}

/**
 * For text that may span lines (question stems, explanations): NFC, each line
 * trimmed with its inner spaces collapsed, at most one blank line in a row,
 * none at the start or end.
 */
export function normalizeMultilineText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
