import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

// pdfjs-dist is ESM only, and this Jest (CommonJS through SWC, no VM modules)
// cannot import() it. So the PDF is read back by pdfjs's legacy Node build in
// a child `node`, which prints what the tests look at as JSON.
export interface PdfImage {
  width: number;
  height: number;
  /** pdfjs ImageKind: 1 = 1 bpp grey, 2 = RGB, 3 = RGBA. */
  kind: number;
  data: string;
}
export interface PdfReading {
  numPages: number;
  view: number[];
  items: { str: string; hasEOL: boolean }[];
  images: PdfImage[];
  info: Record<string, unknown>;
}

const READ_PDF = `
const [pdfUrl, workerUrl] = process.argv.slice(1);
const pdfjs = await import(pdfUrl);
pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const doc = await pdfjs.getDocument({
  data: new Uint8Array(Buffer.concat(chunks)),
  useSystemFonts: false,
  disableFontFace: true,
  isOffscreenCanvasSupported: false,
  verbosity: 0,
}).promise;
const page = await doc.getPage(1);
const content = await page.getTextContent();
const ops = await page.getOperatorList();
const images = [];
for (let i = 0; i < ops.fnArray.length; i++) {
  if (ops.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue;
  const image = await new Promise((resolve) => page.objs.get(ops.argsArray[i][0], resolve));
  images.push({ width: image.width, height: image.height, kind: image.kind, data: Buffer.from(image.data).toString('base64') });
}
const { info } = await doc.getMetadata();
process.stdout.write(JSON.stringify({
  numPages: doc.numPages,
  view: page.view,
  items: content.items.filter((item) => 'str' in item).map(({ str, hasEOL }) => ({ str, hasEOL })),
  images,
  info,
}));
await doc.destroy();
`;

export function readPdf(pdf: Buffer): Promise<PdfReading> {
  const url = (file: string) => pathToFileURL(require.resolve(`pdfjs-dist/legacy/build/${file}`)).href;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', READ_PDF, url('pdf.mjs'), url('pdf.worker.mjs')]);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`pdfjs reader exited with ${code}: ${Buffer.concat(err).toString()}`));
      resolve(JSON.parse(Buffer.concat(out).toString()) as PdfReading);
    });
    child.stdin.end(pdf);
  });
}

/** The page's text as pdfjs extracts it: items concatenated, a space at each line end. */
export function pageText(reading: PdfReading): string {
  return reading.items.map((item) => item.str + (item.hasEOL ? ' ' : '')).join('');
}
