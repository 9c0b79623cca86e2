import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The faces the certificate prints with: Be Vietnam Pro, full TTFs (every
 * Vietnamese letter with every tone mark; pdfkit subsets them on embedding).
 * Never the PDF standard fonts: they have no Vietnamese glyphs, and pdfkit
 * draws empty boxes for missing glyphs without a word. The api build copies
 * these three files to `fonts/` (apps/api/webpack.config.js): keep both in step.
 */
export const CERTIFICATE_FONTS = {
  regular: { folder: '400Regular', file: 'BeVietnamPro_400Regular.ttf' },
  italic: { folder: '400Regular_Italic', file: 'BeVietnamPro_400Regular_Italic.ttf' },
  bold: { folder: '700Bold', file: 'BeVietnamPro_700Bold.ttf' },
} as const;

export type CertificateFont = keyof typeof CERTIFICATE_FONTS;

const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';

/**
 * Where a font file may be, in order: in `fonts/` beside the running code
 * (the api build copies the TTFs next to `main.js`), else in the font package
 * (running from sources, in tests). `createRequire` keeps webpack from
 * resolving the package path at build time.
 */
export function certificateFontCandidates(font: CertificateFont, baseDir: string = __dirname): string[] {
  const { folder, file } = CERTIFICATE_FONTS[font];
  const candidates = [join(baseDir, 'fonts', file)];
  try {
    candidates.push(createRequire(join(baseDir, 'noop.js')).resolve(`${FONT_PACKAGE}/${folder}/${file}`));
  } catch {
    // Not installed next to this code: only the copied file can serve.
  }
  return candidates;
}

export function resolveCertificateFont(font: CertificateFont, baseDir: string = __dirname): string {
  const candidates = certificateFontCandidates(font, baseDir);
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error(`Certificate font ${CERTIFICATE_FONTS[font].file} not found; looked at: ${candidates.join(', ')}`);
  return path;
}

let loaded: Readonly<Record<CertificateFont, Buffer>> | null = null;

/** The font files' bytes, read once per process. */
export function certificateFontData(): Readonly<Record<CertificateFont, Buffer>> {
  if (!loaded) {
    const entries = (Object.keys(CERTIFICATE_FONTS) as CertificateFont[]).map((font) => [font, readFileSync(resolveCertificateFont(font))] as const);
    loaded = Object.freeze(Object.fromEntries(entries) as Record<CertificateFont, Buffer>);
  }
  return loaded;
}
