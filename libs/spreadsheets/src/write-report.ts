import { Workbook, type Cell, type Worksheet } from 'exceljs';
import { displayText } from './cell-text';
import { DAY_MS, NUMBER_FORMATS, VIETNAM_OFFSET_MS, type ColumnKind } from './number-formats';
import { sheetName } from './sheet-name';

export interface ReportColumn {
  header: string;
  /** The property of each row that fills this column. */
  key: string;
  /** In Excel's character units; by default fitted to the header and the values. */
  width?: number;
  /** Default `text`. */
  kind?: ColumnKind;
}

/**
 * By kind: integer/decimal take numbers (or numeric strings, as Postgres
 * returns `numeric`); percent a ratio (0.853 → 85.3%); datetime a Date,
 * epoch milliseconds or an ISO string with its zone; duration milliseconds.
 * A value that does not fit its kind is written as text; null, undefined,
 * "" and non-finite numbers leave the cell blank.
 */
export type ReportValue = string | number | Date | null | undefined;

export interface ReportSheet {
  /** Sanitised to Excel's rules by `sheetName`. */
  name: string;
  /** A bold line above the header, which then sits on row 3. */
  title?: string;
  columns: ReportColumn[];
  rows: Record<string, ReportValue>[];
}

export interface ReportMeta {
  /** The document title in the file's properties. */
  title?: string;
  /** Default "ReformQuiz". */
  creator?: string;
}

/** Excel's default, named so that every viewer draws the header alike. */
const FONT = 'Calibri';
const HEADER_FILL = 'FF1F4E79';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Longer headers wrap onto more lines instead of widening their column. */
const MAX_HEADER_WIDTH = 24;
/** Excel's own limit; a longer cell makes it "repair" the file. */
const MAX_CELL_TEXT = 32_767;
const LINE_HEIGHT = 15;
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ZONED_ISO = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A workbook a secretary can open and filter straight away: bold filled
 * header, frozen under the optional title, autofilter, fitted widths,
 * numbers as numbers in the formats of `NUMBER_FORMATS`. Text is stored as
 * text, so "=HYPERLINK(…)" in a name stays a name and never runs.
 */
export async function writeReport(sheets: ReportSheet[], meta: ReportMeta = {}): Promise<Buffer> {
  if (sheets.length === 0) throw new Error('writeReport needs at least one sheet');
  const workbook = new Workbook();
  workbook.creator = workbook.lastModifiedBy = meta.creator?.normalize('NFC') ?? 'ReformQuiz';
  if (meta.title) workbook.title = meta.title.normalize('NFC');
  const taken: string[] = [];
  for (const spec of sheets) {
    const name = sheetName(spec.name, taken);
    taken.push(name);
    fillSheet(workbook, name, spec);
  }
  // exceljs types its output as an ArrayBuffer; under Node it is a Buffer.
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function fillSheet(workbook: Workbook, name: string, spec: ReportSheet): void {
  const headerRow = spec.title ? 3 : 1;
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  if (spec.title) {
    const title = sheet.getCell(1, 1);
    title.value = text(spec.title);
    title.font = { name: FONT, size: 14, bold: true };
    sheet.getRow(1).height = 22;
  }
  const widths = spec.columns.map(() => 0);
  spec.rows.forEach((values, r) => {
    const row = sheet.getRow(headerRow + 1 + r);
    spec.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      writeValue(cell, c.kind ?? 'text', values[c.key]);
      const shown = displayText(cell);
      widths[i] = Math.max(widths[i], longestLine(shown));
      if (typeof cell.value === 'string' && (shown.length > MAX_WIDTH || shown.includes('\n'))) {
        cell.alignment = { wrapText: true, vertical: 'top' };
      }
    });
  });
  spec.columns.forEach((c, i) => {
    const content = Math.max(widths[i], Math.min(longestLine(text(c.header)), MAX_HEADER_WIDTH));
    sheet.getColumn(i + 1).width = c.width ?? Math.min(Math.max(content + 2, MIN_WIDTH), MAX_WIDTH);
  });
  styleHeader(sheet, headerRow, spec.columns);
}

function styleHeader(sheet: Worksheet, rowNumber: number, columns: ReportColumn[]): void {
  if (columns.length === 0) return;
  const row = sheet.getRow(rowNumber);
  let lines = 1;
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.value = text(c.header);
    cell.font = { name: FONT, size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    const room = Math.max((sheet.getColumn(i + 1).width ?? MIN_WIDTH) - 2, 1);
    lines = Math.max(lines, Math.ceil(longestLine(text(c.header)) / room));
  });
  // Excel does not grow a row for wrapped text it did not lay out itself.
  row.height = LINE_HEIGHT * lines + 5;
  sheet.autoFilter = { from: { row: rowNumber, column: 1 }, to: { row: rowNumber, column: columns.length } };
}

function writeValue(cell: Cell, kind: ColumnKind, value: ReportValue): void {
  if (value === null || value === undefined || value === '') return;
  if (typeof value === 'number' && !Number.isFinite(value)) return;
  if (kind === 'datetime' || value instanceof Date) {
    const instant = instantOf(value);
    if (instant === null) return void (cell.value = text(String(value)));
    // Excel has no zones: the stored wall clock is Vietnam's, whatever the server's zone.
    cell.value = new Date(instant + VIETNAM_OFFSET_MS);
    cell.numFmt = NUMBER_FORMATS.datetime;
    return;
  }
  const number = typeof value === 'number' ? value : kind !== 'text' && NUMERIC.test(value.trim()) ? Number(value) : null;
  if (number === null) return void (cell.value = text(value as string));
  if (kind === 'duration') {
    cell.value = number / DAY_MS;
    cell.numFmt = NUMBER_FORMATS.duration;
  } else {
    cell.value = number;
    if (kind !== 'text') cell.numFmt = NUMBER_FORMATS[kind];
  }
}

function instantOf(value: string | number | Date): number | null {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : ZONED_ISO.test(value) ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : null;
}

/** NFC, within Excel's cell limit. exceljs itself drops control characters XML cannot carry. */
function text(value: string): string {
  const nfc = value.normalize('NFC');
  return nfc.length <= MAX_CELL_TEXT ? nfc : `${nfc.slice(0, MAX_CELL_TEXT - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}

function longestLine(shown: string): number {
  return shown.split('\n').reduce((max, line) => Math.max(max, [...line].length), 0);
}
