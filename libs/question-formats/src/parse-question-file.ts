import type { ImportFormat } from '@reform-quiz/contracts';
import { IMPORT_LIMITS } from './columns';
import { readAiken } from './aiken';
import { readCsv } from './csv';
import { decodeFileText, detectFormat } from './detect';
import { readGift } from './gift';
import type { ParseOptions, ParseResult, ReadResult } from './types';
import { fileProblem, finish } from './validation';
import { readXlsx } from './xlsx';

/** ParseResult needs a format even when none was recognised; the template's is the least surprising. */
const UNKNOWN_FORMAT: ImportFormat = 'xlsx';

/**
 * Detects the format (options.format, else the file extension, else the
 * content), reads every question and checks it against the question rules.
 * Never throws on bad input: every problem is an ImportProblem in Vietnamese.
 */
export async function parseQuestionFile(file: { name: string; data: Buffer }, options: ParseOptions = {}): Promise<ParseResult> {
  const detection = detectFormat(file.name, file.data, options.format);
  const format = detection.format ?? UNKNOWN_FORMAT;
  const only = (problem: ReturnType<typeof fileProblem>): ParseResult => ({ format, questions: [], problems: [problem] });

  if (file.data.length > IMPORT_LIMITS.bytes) return only(fileProblem('FILE_TOO_LARGE', { size: file.data.length, limit: IMPORT_LIMITS.bytes }));
  if (file.data.length === 0) return only(fileProblem('EMPTY_FILE'));
  if (!detection.format) return only(fileProblem('UNSUPPORTED_FORMAT', detection.reason ? { reason: detection.reason } : {}));

  try {
    const read = await readFile(detection.format, file.data);
    return finish(detection.format, read, options, detection.format === 'xlsx' || detection.format === 'csv');
  } catch {
    // The readers report what they recognise; anything a library throws beyond that is a file we cannot read.
    return only(fileProblem('INVALID_FILE'));
  }
}

async function readFile(format: ImportFormat, data: Buffer): Promise<ReadResult> {
  if (format === 'xlsx') return readXlsx(data);
  const text = decodeFileText(data);
  if (typeof text !== 'string') return { drafts: [], fileProblems: [fileProblem('INVALID_FILE', { reason: text.problem })] };
  if (format === 'csv') return readCsv(text);
  if (format === 'gift') return readGift(text);
  return readAiken(text);
}
