import type { QuestionInput, QuestionOptionInput } from '@reform-quiz/contracts';
import { searchKey, TRUE_FALSE_TEXTS } from '@reform-quiz/domain';

/**
 * Questions → Moodle GIFT, in the one form `readGift` reads back field for
 * field: a `// [tag:…]` metadata line, then `::title::stem {answers}`.
 */

const TITLE_LENGTH = 40;
const FORMAT_MARKER = /^\[(html|markdown|plain|moodle)\]/i;

/** GIFT's special characters take a backslash; line breaks become `\n` so a question stays one block. */
export function escapeGift(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/[~=#{}:]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, '\\n');
}

/** Text that starts like a format marker gets an explicit one, or the parser would eat it. */
function richText(text: string): string {
  return `${FORMAT_MARKER.test(text) ? '[moodle]' : ''}${escapeGift(text)}`;
}

/** A percent sign at the start of an answer would read as a weight, so such answers carry one explicitly. */
function answer(mark: '=' | '~', weight: number | null, text: string): string {
  const w = weight ?? (text.startsWith('%') ? (mark === '=' ? 100 : 0) : null);
  return `${mark}${w === null ? '' : `%${w}%`}${richText(text)}`;
}

function title(q: QuestionInput, index: number): string {
  const chars = [...q.stem.replace(/\s+/g, ' ').trim()];
  if (chars.length === 0) return `Câu ${index}`;
  return chars.length > TITLE_LENGTH ? `${chars.slice(0, TITLE_LENGTH).join('').trimEnd()}…` : chars.join('');
}

/** Moodle's accepted fractions for 1–8 correct options are these, to five decimals. */
const share = (k: number) => Number((100 / k).toFixed(5));

function answers(q: QuestionInput): string[] {
  const options: QuestionOptionInput[] = q.options ?? [];
  switch (q.type) {
    case 'single_choice':
      return options.map((o) => answer(o.isCorrect ? '=' : '~', null, o.text));
    case 'multiple_choice': {
      const correct = options.filter((o) => o.isCorrect).length;
      return options.map((o) => answer('~', o.isCorrect ? share(correct) : -100, o.text));
    }
    case 'true_false':
      return [searchKey(options.find((o) => o.isCorrect)?.text ?? '') === searchKey(TRUE_FALSE_TEXTS[1]) ? 'F' : 'T'];
    case 'short_text':
      return (q.acceptedAnswers ?? []).map((a) => answer('=', null, a));
    case 'essay':
      return [];
  }
}

/** Tag values end at the first `]`, so one inside a value is softened to `)`. */
const tagValue = (text: string) => text.replace(/]/g, ')');

function metadata(q: QuestionInput): string {
  const tags = [`topic:${q.topic}`, `difficulty:${q.difficulty}`, `points:${q.points}`];
  if (q.source) tags.push(`source:${[q.source.document, q.source.article ?? '', q.source.date ?? ''].join('|')}`);
  if (q.type === 'short_text' && q.accentInsensitive) tags.push('ai:yes');
  tags.push(...(q.tags ?? []));
  return `// ${tags.map((t) => `[tag:${tagValue(t)}]`).join(' ')}`;
}

function questionToGift(q: QuestionInput, index: number): string {
  const body = answers(q);
  if (q.explanation) body.push(`####${richText(q.explanation)}`);
  const head = `::${escapeGift(title(q, index))}::${richText(q.stem)} {`;
  const block = body.length === 0 ? [`${head}}`] : [head, ...body, '}'];
  return [metadata(q), ...block].join('\n');
}

export function writeGift(questions: QuestionInput[]): string {
  return questions.length === 0 ? '' : `${questions.map((q, i) => questionToGift(q, i + 1)).join('\n\n')}\n`;
}
