import type { PrizeKind } from '@reform-quiz/contracts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as QRCode from 'qrcode';
import { pageText, type PdfReading, readPdf } from '../../../test/support/pdf-reader';
import { CERTIFICATE_FONTS, type CertificateFont, certificateFontCandidates, resolveCertificateFont } from './certificate-fonts';
import {
  CERTIFICATE_TEMPLATE_TEXTS,
  type CertificateContent,
  PRIZE_NAMES,
  QR_MARGIN_MODULES,
  QR_PIXELS_PER_MODULE,
  qrPayload,
  renderCertificatePdf,
} from './certificate-pdf';
import { vietnameseDate } from './vietnamese-date';

// ---------------------------------------------------------------------------
// fontkit: the very copy pdfkit embeds fonts with (a dependency of pdfkit, not
// of ours, hence loaded through pdfkit's require), typed as far as used here.
interface FontkitFont {
  postscriptName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { id: number };
}
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { openSync(path: string): FontkitFont };

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

// ---------------------------------------------------------------------------

const SAMPLE: CertificateContent = {
  kind: 'prize',
  fullName: 'Nguyễn Thị Thu Hà',
  unit: 'Thành phố Tam Kỳ',
  contestTitle: 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018',
  roundTitle: 'Tuần 1',
  prize: 'first',
  issuedAt: '2026-11-25T02:30:00.000Z',
  place: 'Quảng Nam',
  issuer: 'BAN TỔ CHỨC CUỘC THI',
  code: 'K7QX-2MPA-9D',
  verifyUrl: 'https://example.org/verify/K7QX-2MPA-9D',
};

const nfd = (text: string) => text.normalize('NFD');

/** Every Vietnamese vowel with every tone (none, huyền, sắc, hỏi, ngã, nặng), both cases, and đ Đ. */
function vietnameseLetters(): string[] {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  const letters = vowels.flatMap((vowel) => tones.map((tone) => (vowel + tone).normalize('NFC')));
  return [...letters, ...letters.map((letter) => letter.toUpperCase()), 'đ', 'Đ'];
}

const NAMES = [
  'Nguyễn Thị Thu Hà',
  'Trần Văn Đức',
  'Lê Thị Hồng Nhung',
  'Phạm Quốc Việt',
  'Hoàng Minh Tuấn',
  'Huỳnh Thị Mỹ Duyên',
  'Võ Thành Lộc',
  'Đặng Ngọc Ánh',
  'Bùi Thị Xuân Quỳnh',
  'Đỗ Hữu Thắng',
  'Hồ Thị Kiều Oanh',
  'Ngô Bảo Châu',
  'Dương Thị Ngọc Diễm',
  'Lý Thường Kiệt',
  'Phan Thị Thúy Hằng',
  'Vũ Đình Khải',
  'Đinh Thị Quế Chi',
  'Trương Công Định',
  'Lương Thế Vinh',
  'Mai Thị Ửng',
  'Tôn Nữ Thị Ý',
  'Ông Văn Ỷ',
  'Ưng Hoàng Phúc',
  'Ân Thị Ẩn',
  'Tạ Quang Bửu',
  'Hà Thị Ỹ',
  'Kiều Thị Ỵ',
  'Châu Ngọc Ẵng',
  'Nguyễn Phước Bửu Lộc',
  'Ê Ban Y Ơn',
  'Y Ngông Niê Kđăm',
  'Alăng Thị Ớt',
  'Zơrâm Thị Ợt',
];

const UNITS = [
  'Sở Lao động – Thương binh và Xã hội',
  'Huyện Bắc Trà My',
  'Huyện Nam Trà My',
  'Thành phố Tam Kỳ',
  'Thành phố Hội An',
  'Thị xã Điện Bàn',
  'Huyện Tây Giang',
  'Huyện Đông Giang',
  'Huyện Đại Lộc',
  'Huyện Duy Xuyên',
  'Huyện Quế Sơn',
  'Huyện Phước Sơn',
  'Huyện Hiệp Đức',
  'Huyện Thăng Bình',
  'Huyện Tiên Phước',
  'Huyện Núi Thành',
  'Huyện Phú Ninh',
  'Huyện Nông Sơn',
  'Văn phòng UBND tỉnh',
  'Sở Nông nghiệp và PTNT',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Thông tin và Truyền thông',
  'Sở Tài nguyên và Môi trường',
  'Ủy ban nhân dân xã Trà Leng',
];

/** URLs and codes may hold any printable ASCII. */
const ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

describe('certificate fonts', () => {
  const fonts = Object.keys(CERTIFICATE_FONTS) as CertificateFont[];

  it('are Be Vietnam Pro, found in the font package when running from sources', () => {
    for (const font of fonts) {
      const path = resolveCertificateFont(font);
      expect(path).toContain(join('node_modules', '@expo-google-fonts', 'be-vietnam-pro'));
      expect(fontkit.openSync(path).postscriptName).toMatch(/^BeVietnamPro-/);
    }
  });

  it('are taken from fonts/ beside the bundle first (where the api build copies them)', () => {
    const bundleDir = mkdtempSync(join(tmpdir(), 'rq-bundle-'));
    try {
      mkdirSync(join(bundleDir, 'fonts'));
      for (const font of fonts) {
        expect(certificateFontCandidates(font, bundleDir)[0]).toBe(join(bundleDir, 'fonts', CERTIFICATE_FONTS[font].file));
        // Outside the repository there is no package to fall back on: a clear error.
        expect(() => resolveCertificateFont(font, bundleDir)).toThrow(/not found; looked at/);
        writeFileSync(join(bundleDir, 'fonts', CERTIFICATE_FONTS[font].file), 'ttf');
        expect(resolveCertificateFont(font, bundleDir)).toBe(join(bundleDir, 'fonts', CERTIFICATE_FONTS[font].file));
      }
    } finally {
      rmSync(bundleDir, { recursive: true, force: true });
    }
  });

  it('have a glyph for every code point the certificate can print (pdfkit would draw empty boxes)', () => {
    const letters = vietnameseLetters();
    // 12 vowels × 6 tones × 2 cases + đ Đ, each one precomposed code point.
    expect(new Set(letters).size).toBe(146);
    expect(letters.every((letter) => [...letter].length === 1)).toBe(true);
    const texts = [...CERTIFICATE_TEMPLATE_TEXTS, ...letters, ...NAMES, ...UNITS, ASCII, SAMPLE.contestTitle, SAMPLE.issuer, '–—…'];
    const codePoints = [...new Set(texts.flatMap((text) => [...text.normalize('NFC')].map((ch) => ch.codePointAt(0) as number)))];
    expect(codePoints.length).toBeGreaterThan(200);
    for (const font of fonts) {
      const face = fontkit.openSync(resolveCertificateFont(font));
      const missing = codePoints.filter((cp) => !face.hasGlyphForCodePoint(cp) || face.glyphForCodePoint(cp).id === 0);
      expect({ font, missing: missing.map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`) }).toEqual({ font, missing: [] });
    }
  });
});

describe('vietnameseDate', () => {
  it('prints the calendar date in Vietnam (UTC+7)', () => {
    expect(vietnameseDate('2026-11-25T02:30:00Z')).toBe('ngày 25 tháng 11 năm 2026');
    expect(vietnameseDate('2026-11-24T17:00:00Z')).toBe('ngày 25 tháng 11 năm 2026');
    expect(vietnameseDate('2026-11-24T16:59:59Z')).toBe('ngày 24 tháng 11 năm 2026');
    expect(vietnameseDate('2026-12-31T17:00:00Z')).toBe('ngày 01 tháng 01 năm 2027');
    expect(vietnameseDate(new Date('2026-11-25T09:00:00+07:00'))).toBe('ngày 25 tháng 11 năm 2026');
  });

  it('puts a zero before days below 10 and the months 1 and 2 only (Decree 30/2020)', () => {
    expect(vietnameseDate('2027-02-05T03:00:00Z')).toBe('ngày 05 tháng 02 năm 2027');
    expect(vietnameseDate('2027-03-09T03:00:00Z')).toBe('ngày 09 tháng 3 năm 2027');
    expect(vietnameseDate('2027-10-10T03:00:00Z')).toBe('ngày 10 tháng 10 năm 2027');
  });

  it('refuses what is not an instant', () => {
    expect(() => vietnameseDate('not a date')).toThrow(RangeError);
  });
});

describe('renderCertificatePdf', () => {
  const nameNfd = nfd(SAMPLE.fullName);
  let pdf: Buffer;
  let reading: PdfReading;

  beforeAll(async () => {
    pdf = await renderCertificatePdf({ ...SAMPLE, fullName: nameNfd });
    reading = await readPdf(pdf);
  });

  it('is one small A4 landscape page', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(reading.numPages).toBe(1);
    const [x0, y0, x1, y1] = reading.view;
    expect([Math.round(x1 - x0), Math.round(y1 - y0)]).toEqual([842, 595]);
    expect(pdf.length).toBeLessThan(200 * 1024);
  });

  it('prints an NFD name in NFC, with the prize, round, contest, unit, place and date, issuer and code', () => {
    expect(nameNfd).not.toBe(SAMPLE.fullName);
    const text = pageText(reading);
    expect(text).toContain('Nguyễn Thị Thu Hà'.normalize('NFC'));
    expect(text).not.toContain(nameNfd);
    expect(text).toBe(text.normalize('NFC'));
    const flat = squeeze(text);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY CHỨNG NHẬN',
      'BAN TỔ CHỨC CUỘC THI chứng nhận:',
      'Đơn vị: Thành phố Tam Kỳ',
      'Giải Nhất',
      'Tuần 1',
      SAMPLE.contestTitle,
      'Quảng Nam, ngày 25 tháng 11 năm 2026',
      `Mã xác thực: ${SAMPLE.code}`,
      `Kiểm tra tại: ${SAMPLE.verifyUrl}`,
    ]) {
      expect(flat).toContain(expected);
    }
    expect(flat).toMatch(/Đã đạt ?Giải Nhất/);
  });

  it('embeds only Be Vietnam Pro subsets, never a PDF standard font', () => {
    const raw = pdf.toString('latin1');
    const baseFonts = [...raw.matchAll(/\/BaseFont\s*\/([^\s/>]+)/g)].map((m) => m[1]);
    expect(baseFonts.length).toBeGreaterThanOrEqual(2);
    for (const name of baseFonts) expect(name).toMatch(/^[A-Z]{6}\+BeVietnamPro-(Regular|Bold|Italic)$/);
    expect(raw).not.toMatch(/Helvetica|Times-Roman|Courier/);
    expect(raw).toMatch(/\/FontFile2 /);
  });

  it('draws one image, the QR code of exactly the verification URL (error correction M)', () => {
    expect(qrPayload(SAMPLE)).toBe(SAMPLE.verifyUrl);
    expect(reading.images).toHaveLength(1);
    expect((pdf.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length).toBe(1);

    // Read the embedded picture module by module and compare it with the QR symbol of the URL.
    const [image] = reading.images;
    const symbol = QRCode.create(SAMPLE.verifyUrl, { errorCorrectionLevel: 'M' });
    const size = symbol.modules.size;
    expect(image.width).toBe((size + 2 * QR_MARGIN_MODULES) * QR_PIXELS_PER_MODULE);
    expect(image.height).toBe(image.width);
    const bytesPerPixel = { 2: 3, 3: 4 }[image.kind];
    if (!bytesPerPixel) throw new Error(`unexpected image kind ${image.kind}`);
    const data = Buffer.from(image.data, 'base64');
    const darkAt = (row: number, col: number) => {
      const px = (QR_MARGIN_MODULES + row + 0.5) * QR_PIXELS_PER_MODULE;
      const py = (QR_MARGIN_MODULES + col + 0.5) * QR_PIXELS_PER_MODULE;
      return data[(Math.floor(px) * image.width + Math.floor(py)) * bytesPerPixel] < 128;
    };
    const printed: boolean[] = [];
    const expected: boolean[] = [];
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        printed.push(darkAt(row, col));
        expected.push(symbol.modules.get(row, col) === 1);
      }
    }
    expect(printed).toEqual(expected);
    // The payload really is what tells the symbols apart.
    const other = QRCode.create(`${SAMPLE.verifyUrl}X`, { errorCorrectionLevel: 'M' });
    expect(Array.from(other.modules.data).map((m) => m === 1)).not.toEqual(expected);
  });

  it('sets the document information', () => {
    expect(reading.info).toMatchObject({
      Title: 'Giấy chứng nhận - Nguyễn Thị Thu Hà',
      Author: SAMPLE.issuer,
      Subject: `${SAMPLE.contestTitle} - ${SAMPLE.roundTitle}`,
      Creator: 'ReformQuiz',
      CreationDate: 'D:20261125023000Z',
    });
    expect(String(reading.info.Keywords)).toContain(SAMPLE.code);
  });

  it('gives the same bytes for the same content, whether it comes in NFC or NFD', async () => {
    const decomposed = Object.fromEntries(Object.entries(SAMPLE).map(([key, value]) => [key, typeof value === 'string' ? nfd(value) : value])) as CertificateContent;
    const [a, b, c] = await Promise.all([renderCertificatePdf(SAMPLE), renderCertificatePdf(SAMPLE), renderCertificatePdf(decomposed)]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(true);
    expect(a.equals(pdf)).toBe(true);
  });

  it.each(Object.entries(PRIZE_NAMES) as [PrizeKind, string][])('prints the %s prize as “%s”', async (prize, name) => {
    const text = squeeze(pageText(await readPdf(await renderCertificatePdf({ ...SAMPLE, prize }))));
    expect(text).toContain(name);
    for (const otherName of Object.values(PRIZE_NAMES)) if (!name.includes(otherName) && otherName !== name) expect(text).not.toContain(otherName);
  });

  it('prints a participation certificate for the whole contest without a prize, round or unit', async () => {
    const text = squeeze(pageText(await readPdf(await renderCertificatePdf({ ...SAMPLE, kind: 'participation', prize: null, roundTitle: null, unit: null }))));
    expect(text).toContain('Đã tham gia');
    expect(text).toContain(SAMPLE.contestTitle);
    expect(text).not.toMatch(/Giải|Tuần 1|Đơn vị/);
  });

  it('refuses a prize certificate without its prize', async () => {
    await expect(renderCertificatePdf({ ...SAMPLE, prize: null })).rejects.toThrow(/prize/);
  });

  it('fits a 60-character name and a 200-character contest title on the one page', async () => {
    const fullName = 'Tôn Nữ Hoàng Thị Khánh Huyền Nguyễn Phước Bửu Diễm Ngọc Thảo';
    const contestTitle =
      'Cuộc thi trực tuyến tìm hiểu cải cách hành chính, chuyển đổi số và xây dựng chính quyền điện tử, chính quyền số tỉnh Quảng Nam giai đoạn 2021 - 2025 dành cho cán bộ, công chức, viên chức';
    const longTitle = `${contestTitle}${' và Nhân dân'.repeat(3)}`.slice(0, 200).trim();
    expect([...fullName]).toHaveLength(60);
    expect(longTitle.length).toBeGreaterThanOrEqual(199);
    const long = await renderCertificatePdf({ ...SAMPLE, fullName: nfd(fullName), contestTitle: longTitle, unit: 'Sở Lao động – Thương binh và Xã hội' });
    const longReading = await readPdf(long);
    expect(longReading.numPages).toBe(1);
    const text = squeeze(pageText(longReading));
    expect(text).toContain(fullName);
    expect(text).toContain(longTitle);
    expect(text).toContain('Sở Lao động – Thương binh và Xã hội');
    expect(text).not.toContain('…');
  });

  it('stays on one page, cutting with “…”, when every field is far too long', async () => {
    const absurd = await renderCertificatePdf({
      ...SAMPLE,
      fullName: 'Nguyễn Thị Thu Hà '.repeat(20),
      unit: 'Ủy ban nhân dân xã Trà Leng '.repeat(12),
      contestTitle: 'Cuộc thi tìm hiểu cải cách hành chính '.repeat(30),
      roundTitle: 'Vòng chung kết '.repeat(10),
      place: 'Thành phố Tam Kỳ, tỉnh Quảng Nam '.repeat(4),
      issuer: 'Ban tổ chức cuộc thi '.repeat(10),
      verifyUrl: `https://example.org/verify/${'K7QX-2MPA-9D'.repeat(20)}`,
    });
    const absurdReading = await readPdf(absurd);
    expect(absurdReading.numPages).toBe(1);
    expect(pageText(absurdReading)).toContain('…');
  });
});
