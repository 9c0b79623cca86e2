import type { Workbook, Worksheet } from 'exceljs';
import { displayText } from './cell-text';
import { loadWorkbook } from './read-workbook';
import { sheetName } from './sheet-name';
import { sheetRows, type SheetRow } from './sheet-rows';

const label = (text: string) => text.normalize('NFC').trim();

/**
 * The data rows of one sheet of a report, keyed by column header, as text
 * Excel shows. The header row is the first row naming every one of
 * `headers`; without them, the frozen header `writeReport` leaves, else
 * the first non-empty row. Blank rows are skipped. Null when the bytes are
 * not a workbook, the sheet is missing or no row matches.
 *
 * `name` may be the name given to `writeReport`: it is sanitised the same way.
 */
export async function readReport(data: Buffer, name: string, headers?: string[]): Promise<Record<string, string>[] | null> {
  const workbook = await loadWorkbook(data);
  const sheet = workbook && findSheet(workbook, name);
  if (!sheet) return null;
  const rows = sheetRows(sheet, displayText).filter((r) => r.cells.some((c) => c?.text.trim()));
  const header = headerRow(sheet, rows, headers?.map(label));
  if (!header) return null;

  const columns = new Map<string, number>();
  header.cells.forEach((c, i) => {
    const text = label(c?.text ?? '');
    if (text && !columns.has(text)) columns.set(text, i);
  });
  return rows
    .filter((r) => r.row > header.row)
    .map((r) => Object.fromEntries([...columns].map(([text, i]) => [text, r.cells[i]?.text ?? ''])));
}

function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  const safe = sheetName(name).toLowerCase();
  return workbook.worksheets.find((s) => s.name === name) ?? workbook.worksheets.find((s) => s.name.toLowerCase() === safe);
}

function headerRow(sheet: Worksheet, rows: SheetRow[], headers: string[] | undefined): SheetRow | undefined {
  if (headers?.length) {
    return rows.find((r) => {
      const texts = new Set(r.cells.map((c) => label(c?.text ?? '')));
      return headers.every((h) => texts.has(h));
    });
  }
  const frozen = sheet.views.find((v) => v.state === 'frozen');
  const frozenRows = frozen && 'ySplit' in frozen ? frozen.ySplit : undefined;
  return (frozenRows && rows.find((r) => r.row === frozenRows)) || rows[0];
}
