import { IMPORT_FORMATS, type ImportFormat } from '@reform-quiz/contracts';

export type Detection = { format: ImportFormat } | { format: null; reason?: 'xls' };

const EXTENSIONS: Record<string, ImportFormat> = { xlsx: 'xlsx', csv: 'csv', gift: 'gift', aiken: 'aiken' };
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Excel 97–2003 files are OLE compound documents. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const AIKEN_ANSWER = /^ANSWER:\s*[A-Z]/m;
const AIKEN_OPTION = /^[A-Z][.)][ \t]/m;

const startsWith = (data: Buffer, magic: number[]) => magic.every((b, i) => data[i] === b);

/**
 * The format of an upload: the caller's choice, else the file extension, else
 * the content. Moodle saves both GIFT and Aiken as `.txt`, so those are sniffed.
 */
export function detectFormat(name: string, data: Buffer, forced?: ImportFormat): Detection {
  if (forced && (IMPORT_FORMATS as readonly string[]).includes(forced)) return { format: forced };
  const ext = /\.([^./\\]+)$/.exec(name.trim())?.[1]?.toLowerCase() ?? '';
  const byExtension = EXTENSIONS[ext];
  if (byExtension) return { format: byExtension };
  if (ext === 'xls' || startsWith(data, OLE_MAGIC)) return { format: null, reason: 'xls' };
  if (startsWith(data, ZIP_MAGIC)) return { format: 'xlsx' };
  const text = decodeText(data);
  if (text === null) return { format: null };
  if (AIKEN_ANSWER.test(text)) return { format: 'aiken' };
  if (/[{}]/.test(text)) return { format: 'gift' };
  // Weaker hints, for a text file that is neither cleanly: Aiken options without their ANSWER lines.
  if (AIKEN_OPTION.test(text)) return { format: 'aiken' };
  return ext === 'txt' ? { format: 'gift' } : { format: null };
}

export type Decoded = string | { problem: 'encoding' | 'binary' };

/**
 * UTF-8 with or without BOM, or UTF-16 with a BOM (Excel's "Unicode text").
 * Anything else is refused rather than guessed: Vietnamese in a legacy code
 * page would import as mojibake.
 */
export function decodeFileText(data: Buffer): Decoded {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) {
    if (data.length % 2 !== 0) return { problem: 'binary' };
    const swapped = Buffer.from(data.subarray(2));
    swapped.swap16();
    return new TextDecoder('utf-16le').decode(swapped);
  }
  if (data.includes(0)) return { problem: 'binary' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return { problem: 'encoding' };
  }
}

export function decodeText(data: Buffer): string | null {
  const decoded = decodeFileText(data);
  return typeof decoded === 'string' ? decoded : null;
}
