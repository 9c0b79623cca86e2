import { searchKey } from '@reform-quiz/domain';
import { loadWorkbook, sheetRows } from '@reform-quiz/spreadsheets';
import { QUESTIONS_SHEET } from './columns';
import { findHeader, readTable } from './table';
import { fileProblem } from './validation';
import type { ReadResult } from './types';

/** Sheet names tried first, compared accent- and case-insensitively. */
const QUESTION_SHEET_NAMES = [searchKey(QUESTIONS_SHEET), 'questions'];

export async function readXlsx(data: Buffer): Promise<ReadResult> {
  const invalid: ReadResult = { drafts: [], fileProblems: [fileProblem('INVALID_FILE', { reason: 'xlsx' })] };
  const workbook = await loadWorkbook(data);
  if (!workbook) return invalid;

  for (const name of QUESTION_SHEET_NAMES) {
    const sheet = workbook.worksheets.find((s) => searchKey(s.name) === name);
    if (sheet) return readTable(sheetRows(sheet));
  }
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    if (findHeader(rows)) return readTable(rows);
  }
  return { drafts: [], fileProblems: [fileProblem('WRONG_SHEET')] };
}
