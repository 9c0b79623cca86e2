/** Excel's limit, in UTF-16 units. */
const MAX_LENGTH = 31;
const FALLBACK = 'Trang';
/** Excel refuses these; the replacement keeps "Vòng 1/2" readable as "Vòng 1-2". */
const REPLACEMENTS: Record<string, string> = { '/': '-', '\\': '-', ':': '-', '[': '(', ']': ')', '*': '', '?': '' };
/** Excel keeps "History" for its change tracking. */
const RESERVED = ['history'];

/**
 * A name Excel accepts for a new sheet: NFC, no `[]:*?/\`, no leading or
 * trailing apostrophe, at most 31 characters, and unlike every name in
 * `taken` (case-insensitively, as Excel compares), else suffixed " (2)", " (3)"…
 */
export function sheetName(name: string, taken: Iterable<string> = []): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/:[\]*?]/g, (c) => REPLACEMENTS[c] ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ');
  const base = fit(cleaned, MAX_LENGTH) || FALLBACK;
  const used = new Set([...RESERVED, ...[...taken].map(key)]);
  if (!used.has(key(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${fit(base, MAX_LENGTH - suffix.length) || FALLBACK}${suffix}`;
    if (!used.has(key(candidate))) return candidate;
  }
}

const key = (name: string) => name.toLowerCase();

/** Whole code points up to `max` UTF-16 units, without edge spaces or apostrophes. */
function fit(text: string, max: number): string {
  const trim = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s']+|[\s']+$/g, '');
  let out = '';
  for (const ch of trim(text)) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return trim(out);
}
