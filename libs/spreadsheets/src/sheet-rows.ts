import type { Cell, Worksheet } from 'exceljs';
import { cellText, isFormula } from './cell-text';

export interface SheetCell {
  text: string;
  /** The cell holds a formula (its cached result is in `text`). */
  formula?: boolean;
  /** The merged range the cell belongs to, e.g. "B3:B6". */
  merged?: string;
}

export interface SheetRow {
  /** Row number as the user sees it (a CSV record's first line). */
  row: number;
  /** Indexed by column, 0-based; holes are empty cells. */
  cells: (SheetCell | undefined)[];
}

interface RawCell {
  row: number;
  col: number;
  cell: Cell;
}

/**
 * The non-empty rows of a sheet, in order. Only a merged range's top-left
 * cell carries its text; `textOf` decides how a cell reads (by default as
 * `cellText` of its value).
 */
export function sheetRows(sheet: Worksheet, textOf: (cell: Cell) => string = (cell) => cellText(cell.value)): SheetRow[] {
  const raw: RawCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => raw.push({ row: rowNumber, col, cell }));
  });
  const merges = mergedRanges(raw);
  const rows = new Map<number, SheetRow>();
  for (const { row, col, cell } of raw) {
    let sheetRow = rows.get(row);
    if (!sheetRow) rows.set(row, (sheetRow = { row, cells: [] }));
    const isSlave = cell.isMerged && cell.master.address !== cell.address;
    const sheetCell: SheetCell = { text: isSlave ? '' : textOf(cell) };
    if (!isSlave && isFormula(cell.value)) sheetCell.formula = true;
    if (cell.isMerged) sheetCell.merged = merges.get(cell.master.address);
    sheetRow.cells[col - 1] = sheetCell;
  }
  return [...rows.values()].sort((a, b) => a.row - b.row);
}

/**
 * Master address → "A2:A6". exceljs keeps its merge list private, so the
 * extent of each range is rebuilt from the cells that point at a master.
 */
function mergedRanges(raw: RawCell[]): Map<string, string> {
  const extents = new Map<string, { master: Cell; row: number; col: number }>();
  for (const { row, col, cell } of raw) {
    if (!cell.isMerged) continue;
    const key = cell.master.address;
    const extent = extents.get(key) ?? { master: cell.master, row, col };
    extents.set(key, { master: extent.master, row: Math.max(extent.row, row), col: Math.max(extent.col, col) });
  }
  const ranges = new Map<string, string>();
  for (const [key, { master, row, col }] of extents) {
    const end = master.worksheet.getCell(row, col).address;
    ranges.set(key, end === key ? key : `${key}:${end}`);
  }
  return ranges;
}
