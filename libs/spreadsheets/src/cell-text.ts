import type { Cell, CellValue } from 'exceljs';
import { clock, DAY_MS, dayTime, EXCEL_1904_EPOCH_MS, EXCEL_EPOCH_MS, fixed, NUMBER_FORMATS } from './number-formats';

export function isFormula(value: CellValue): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && ('formula' in value || 'sharedFormula' in value);
}

/** Every kind of cell as the text the organizer sees; dates as `YYYY-MM-DD`. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDay(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('hyperlink' in value) return cellText(value.text as CellValue);
  if ('error' in value) return value.error;
  return '';
}

/**
 * Excel dates carry no time zone; exceljs reads them as UTC midnight, so the
 * UTC parts are the day the organizer typed, whatever the server's zone.
 */
export function isoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * `cellText`, except that numbers and dates in the report formats are shown
 * as Excel shows them (with `.` for decimals): "12.50", "85.3%",
 * "15/03/2025 21:30:00", "0:01:23.456". Other formats read as `cellText`.
 */
export function displayText(cell: Cell): string {
  const value = isFormula(cell.value) ? (cell.value as { result?: CellValue }).result ?? null : cell.value;
  if (typeof value !== 'number' && !(value instanceof Date)) return cellText(value);
  if (value instanceof Date && Number.isNaN(value.getTime())) return '';
  // exceljs turns numbers in any date-like format into Dates on reading; a written cell may still hold the number.
  const epoch = cell.worksheet.workbook.properties?.date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS;
  const serialMs = typeof value === 'number' ? value * DAY_MS : value.getTime() - epoch;
  switch (cell.numFmt) {
    case NUMBER_FORMATS.integer:
      return typeof value === 'number' ? fixed(value, 0) : cellText(value);
    case NUMBER_FORMATS.decimal:
      return typeof value === 'number' ? fixed(value, 2) : cellText(value);
    case NUMBER_FORMATS.percent:
      return typeof value === 'number' ? `${fixed(value * 100, 1)}%` : cellText(value);
    case NUMBER_FORMATS.datetime:
      return dayTime(new Date(epoch + serialMs));
    case NUMBER_FORMATS.duration:
      return clock(serialMs);
    default:
      return cellText(value);
  }
}
