import type { QuestionInput } from '@reform-quiz/contracts';
import type { SheetRow } from '@reform-quiz/spreadsheets';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { COLUMNS } from './columns';
import { questionToRow } from './row-model';
import { readTable } from './table';
import { fileProblem } from './validation';
import type { ReadResult } from './types';

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Vietnamese Excel saves "CSV" with `;` (the decimal separator is `,`), so
 * the delimiter is the one the header line uses most, outside quotes.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim()) ?? '';
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, d) => ((counts.get(d) ?? 0) > (counts.get(best) ?? 0) ? d : best), DELIMITERS[0]);
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** `writeCsv` guards cells that Excel would run as formulas with a leading `'`; reading takes it off again. */
const GUARDED_FORMULA = /^'(?=[=+\-@\t\r])/;

/** Excel honours a first line `sep=;`; it is blanked rather than dropped so line numbers hold. */
const SEP_LINE = /^sep=(.)[ \t]*(?=\r?\n|\r|$)/i;

export function readCsv(input: string): ReadResult {
  const sep = SEP_LINE.exec(input)?.[1];
  const text = sep ? input.replace(SEP_LINE, '') : input;
  let records: CsvRecord[];
  try {
    records = parse(text, {
      delimiter: sep ?? detectDelimiter(text),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const params = { format: 'CSV', ...(lines ? { line: lines } : {}), ...(code === 'CSV_QUOTE_NOT_CLOSED' ? { reason: 'quote_not_closed' } : {}) };
    return { drafts: [], fileProblems: [fileProblem('SYNTAX_ERROR', params, lines ?? null)] };
  }
  // csv-parse reports the line a record ends on; a record starts on the line after the previous one ended.
  let start = 1;
  const rows: SheetRow[] = records.map(({ record, info }) => {
    const row = { row: start, cells: record.map((text) => ({ text: text.replace(GUARDED_FORMULA, '') })) };
    start = info.lines + 1;
    return row;
  });
  return readTable(rows);
}

/** UTF-8 with BOM (so Excel shows the accents), CRLF, the template's headers. */
export function writeCsv(questions: QuestionInput[]): string {
  const header = COLUMNS.map((c) => c.header);
  const rows = questions.map((q) => {
    const row = questionToRow(q);
    return COLUMNS.map((c) => row[c.key]);
  });
  // csv-stringify quotes only the record delimiter (CRLF); a line break inside a stem must be quoted too.
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true });
}
