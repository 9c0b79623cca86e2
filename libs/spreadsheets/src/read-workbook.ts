import { Workbook } from 'exceljs';
import { displayText } from './cell-text';
import { sheetRows, type SheetRow } from './sheet-rows';

export interface SheetData {
  name: string;
  /** `rows[0]` is Excel's row 1; every row has the sheet's width; trailing empty rows and columns are cut. */
  rows: string[][];
}

/** The workbook in `data`, or null when the bytes are not one. */
export async function loadWorkbook(data: Buffer): Promise<Workbook | null> {
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; at run time it takes a Node Buffer.
    await workbook.xlsx.load(data as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    return null;
  }
  // A zip that is not a workbook (a .docx, an archive) loads with no sheets.
  return workbook.worksheets.length === 0 ? null : workbook;
}

/** Every worksheet as a grid of the text Excel shows (see `displayText`); merged ranges read as their top-left cell. */
export async function readWorkbook(data: Buffer): Promise<SheetData[] | null> {
  const workbook = await loadWorkbook(data);
  if (!workbook) return null;
  return workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: grid(sheetRows(sheet, displayText)) }));
}

function grid(rows: SheetRow[]): string[][] {
  const filled = (r: SheetRow) => r.cells.reduce((last, c, i) => (c?.text ? i + 1 : last), 0);
  const width = rows.reduce((max, r) => Math.max(max, filled(r)), 0);
  const height = rows.reduce((max, r) => (filled(r) > 0 ? r.row : max), 0);
  const out = Array.from({ length: height }, () => Array.from({ length: width }, () => ''));
  for (const r of rows) {
    if (r.row > height) break;
    r.cells.slice(0, width).forEach((c, i) => (out[r.row - 1][i] = c?.text ?? ''));
  }
  return out;
}
