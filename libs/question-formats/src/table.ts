import type { ImportProblem } from '@reform-quiz/contracts';
import { searchKey } from '@reform-quiz/domain';
import type { SheetRow } from '@reform-quiz/spreadsheets';
import { columnHeader, COLUMNS, emptyRow, IMPORT_LIMITS, type ColumnKey } from './columns';
import { rowToDraft } from './row-model';
import type { Draft, RawProblem, ReadResult } from './types';
import { fileProblem } from './validation';

/**
 * The spreadsheet model shared by xlsx and CSV: find the header row, map
 * columns by name, then read each non-empty row below it as a question.
 */

/** Header rows may sit below a title block; only the first rows are searched. */
const HEADER_SEARCH_ROWS = 10;
/** A row naming this many known columns is taken for the header. */
const HEADER_MIN_MATCHES = 3;

const ALIASES = new Map<string, ColumnKey>();
for (const c of COLUMNS) {
  ALIASES.set(searchKey(c.header), c.key);
  for (const alias of c.aliases) ALIASES.set(alias, c.key);
}

/** "Điểm *" and "Ngày ban hành (dd/mm/yyyy)" still name their columns. */
export function headerKey(text: string): ColumnKey | null {
  const cleaned = text.replace(/\*/g, '').replace(/\([^)]*\)\s*$/, '');
  return ALIASES.get(searchKey(cleaned)) ?? null;
}

const isBlank = (r: SheetRow) => r.cells.every((c) => !c || (!c.text.trim() && !c.formula));

function matches(r: SheetRow): number {
  return new Set(r.cells.map((c) => (c ? headerKey(c.text) : null)).filter(Boolean)).size;
}

/** The header row: the first of the top rows that names enough columns. */
export function findHeader(rows: SheetRow[]): SheetRow | null {
  return rows.filter((r) => !isBlank(r)).slice(0, HEADER_SEARCH_ROWS).find((r) => matches(r) >= HEADER_MIN_MATCHES) ?? null;
}

/**
 * Reads the questions of a sheet meant to hold them. Without a row that
 * looks like a header, the first non-empty row is taken for it, so the
 * organizer learns which columns are missing.
 */
export function readTable(rows: SheetRow[]): ReadResult {
  const nonBlank = rows.filter((r) => !isBlank(r));
  const header = findHeader(rows) ?? nonBlank[0];
  if (!header) return { drafts: [], fileProblems: [] };

  const columnOf = new Map<number, ColumnKey>();
  const seen = new Set<ColumnKey>();
  const problems: ImportProblem[] = [];
  header.cells.forEach((cell, index) => {
    const key = cell ? headerKey(cell.text) : null;
    if (!key) return;
    if (seen.has(key)) {
      if (!problems.some((p) => p.code === 'DUPLICATE_COLUMN' && p.column === columnHeader(key))) {
        problems.push(fileProblem('DUPLICATE_COLUMN', { field: columnHeader(key) }, header.row, columnHeader(key)));
      }
      return;
    }
    seen.add(key);
    columnOf.set(index, key);
  });
  for (const c of COLUMNS) {
    if (c.required && !seen.has(c.key)) problems.push(fileProblem('MISSING_COLUMN', { field: c.header }, header.row, c.header));
  }
  if (problems.length > 0) return { drafts: [], fileProblems: problems };

  const known = (r: SheetRow) => [...columnOf.keys()].some((i) => r.cells[i]?.text.trim() || r.cells[i]?.formula);
  const body = rows.filter((r) => r.row > header.row && known(r));
  if (body.length > IMPORT_LIMITS.rows) {
    return { drafts: [], fileProblems: [fileProblem('TOO_MANY_ROWS', { count: body.length, limit: IMPORT_LIMITS.rows })] };
  }

  const reportedMerges = new Set<string>();
  const mergeProblems = (r: SheetRow) => cellProblems(r, columnOf, reportedMerges);
  const headerMerges = mergeProblems(header).filter((p) => p.code === 'MERGED_CELLS');
  const fileProblems = headerMerges.map((p) => fileProblem(p.code, p.params, header.row, p.slot && columnHeader(p.slot)));
  const drafts: Draft[] = body.map((r) => {
    const values = emptyRow();
    for (const [index, key] of columnOf) values[key] = r.cells[index]?.text ?? '';
    return rowToDraft(values, r.row, mergeProblems(r));
  });
  return { drafts, fileProblems };
}

/** Formulas and merged ranges in the columns we read; each merged range once. */
function cellProblems(r: SheetRow, columnOf: Map<number, ColumnKey>, reportedMerges: Set<string>): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const [index, key] of columnOf) {
    const cell = r.cells[index];
    if (cell?.formula) problems.push({ code: 'FORMULA_CELL', slot: key });
    if (cell?.merged && !reportedMerges.has(cell.merged)) {
      reportedMerges.add(cell.merged);
      problems.push({ code: 'MERGED_CELLS', slot: key, params: { range: cell.merged } });
    }
  }
  return problems;
}
