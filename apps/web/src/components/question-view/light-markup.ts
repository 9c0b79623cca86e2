/**
 * The only formatting a question stem may carry: **bold**, *italic* and line
 * breaks. Parsed into a small tree that components render as React elements,
 * so nothing in a stem is ever interpreted as HTML.
 */
export type Inline = string | { kind: 'strong' | 'em'; children: Inline[] };

/** Paragraphs (split at blank lines) of lines of inline runs. */
export type LightMarkup = Inline[][][];

// Markers hug their text: "2 * 3 * 4" stays arithmetic, "** x**" stays literal.
const BOLD = /\*\*(\S(?:[^\n]*?\S)?)\*\*/;
const ITALIC = /\*([^\s*](?:[^*\n]*?[^\s*])?)\*/;

function splitBy(text: string, pattern: RegExp, kind: 'strong' | 'em', inner: (text: string) => Inline[]): Inline[] {
  const runs: Inline[] = [];
  let rest = text;
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    if (match.index > 0) runs.push(...inner(rest.slice(0, match.index)));
    runs.push({ kind, children: kind === 'strong' ? parseItalic(match[1]) : [match[1]] });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) runs.push(...inner(rest));
  return runs;
}

function parseItalic(text: string): Inline[] {
  return splitBy(text, ITALIC, 'em', (plain) => [plain]);
}

/** One line: bold first (it may hold italics), then italics in what is left. */
export function parseInline(line: string): Inline[] {
  return splitBy(line, BOLD, 'strong', parseItalic);
}

export function parseLightMarkup(text: string): LightMarkup {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[^\S\n]*\n\s*/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => paragraph.split('\n').map(parseInline));
}

/** The text without its markers, on one line: for list excerpts and page titles. */
export function plainText(text: string): string {
  const flatten = (runs: Inline[]): string => runs.map((run) => (typeof run === 'string' ? run : flatten(run.children))).join('');
  return parseLightMarkup(text)
    .flatMap((paragraph) => paragraph.map(flatten))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters (code points), cut at a word and marked with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const plain = plainText(text);
  const chars = [...plain];
  if (chars.length <= max) return plain;
  const cut = chars.slice(0, max).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}
