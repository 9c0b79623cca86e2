import type { PrizeKind } from '@reform-quiz/contracts';
import PDFDocument from 'pdfkit';
import * as QRCode from 'qrcode';
import { type CertificateFont, certificateFontData } from './certificate-fonts';
import { vietnameseDate } from './vietnamese-date';

export interface CertificateContent {
  kind: 'prize' | 'participation';
  /** e.g. 'Nguyễn Thị Thu Hà'; any Unicode form (NFD input prints the same). */
  fullName: string;
  /** e.g. 'Thành phố Tam Kỳ'. */
  unit: string | null;
  /** e.g. 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018'. */
  contestTitle: string;
  /** e.g. 'Tuần 1'; null for the whole contest. */
  roundTitle: string | null;
  /** For kind 'prize'. */
  prize: PrizeKind | null;
  /** ISO instant; printed as the Vietnam (UTC+7) calendar date. */
  issuedAt: string;
  /** e.g. 'Quảng Nam' → 'Quảng Nam, ngày 25 tháng 11 năm 2026'. */
  place: string;
  /** e.g. 'BAN TỔ CHỨC CUỘC THI'; printed in capitals. */
  issuer: string;
  /** Verification code, e.g. 'K7QX-2MPA-9D'. */
  code: string;
  /** The public verification page; the QR code encodes exactly this. */
  verifyUrl: string;
}

export const PRIZE_NAMES: Record<PrizeKind, string> = {
  first: 'Giải Nhất',
  second: 'Giải Nhì',
  third: 'Giải Ba',
  consolation: 'Giải Khuyến khích',
};

const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const TITLE = 'GIẤY CHỨNG NHẬN';
const CERTIFIES = 'chứng nhận:';
const UNIT_LABEL = 'Đơn vị:';
const PRIZE_LEAD = 'Đã đạt';
const PARTICIPATION_LEAD = 'Đã tham gia';
const CODE_LABEL = 'Mã xác thực:';
const VERIFY_LABEL = 'Kiểm tra tại:';

/** Every fixed text the template prints (headings, labels, prize names…), for the glyph test. */
export const CERTIFICATE_TEMPLATE_TEXTS: readonly string[] = Object.freeze([
  NATIONAL_NAME,
  NATIONAL_MOTTO,
  TITLE,
  CERTIFIES,
  UNIT_LABEL,
  PRIZE_LEAD,
  PARTICIPATION_LEAD,
  CODE_LABEL,
  VERIFY_LABEL,
  ', ', // between place and date
  // The date line's words and digits ('ngày 05 tháng 02 năm 2027').
  vietnameseDate('2027-02-05T00:00:00Z'),
  '0123456789',
  '…', // ends a text cut at its last allowed line
  ...Object.values(PRIZE_NAMES),
]);

/** The QR image: a one-module quiet zone (the paper around it is blank anyway), 8 px per module. */
export const QR_MARGIN_MODULES = 1;
export const QR_PIXELS_PER_MODULE = 8;
/**
 * qrcode hands these to pngjs: a grey PNG without alpha, so pdfkit embeds one
 * image (an RGBA PNG would add a soft-mask image and bytes).
 */
const QR_PNG_OPTIONS = { deflateLevel: 9, colorType: 0 };

/** What the QR code encodes: the verification URL, byte for byte. */
export function qrPayload(content: Pick<CertificateContent, 'verifyUrl'>): string {
  return content.verifyUrl;
}

/** Text as printed: NFC (so NFD input prints the same glyphs), single spaces, trimmed. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

// A4 landscape, in points.
const PAGE_WIDTH = 841.89;
const PAGE_HEIGHT = 595.28;
const OUTER_INSET = 22;
const INNER_INSET = 29;
const CONTENT_LEFT = 64;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * CONTENT_LEFT;
const INNER_BOTTOM = PAGE_HEIGHT - INNER_INSET;
/** 3 cm. */
const QR_SIZE = 85;
/** The signature column (date, issuer) on the right. */
const SIGN_WIDTH = 330;
const SIGN_LEFT = PAGE_WIDTH - CONTENT_LEFT - SIGN_WIDTH;
const SIGN_TOP = 396;
/** At most this much air above the body when it is short. */
const BODY_MAX_OFFSET = 24;

const ACCENT = '#8b1a1a';
const INK = '#1a1a1a';
const MUTED = '#444444';

/**
 * Be Vietnam Pro's line is 1.265 em (ascent 1.0, descent 0.265), but capitals
 * with stacked marks reach 1.16 em (Ễ, Ỗ, Ẫ) and the hooks under Ự, ỵ go to
 * -0.25 em: 0.2 em of extra line gap keeps two wrapped lines from touching.
 */
const LINE_GAP_EM = 0.2;

type Align = 'left' | 'center' | 'right';

interface Block {
  font: CertificateFont;
  /** Largest size, used when the text fits. */
  size: number;
  /** Smallest size; below it the text wraps (and, past maxLines, ends with an ellipsis). */
  minSize: number;
  maxLines: number;
  /** Shrink to keep one line before wrapping (names), rather than wrap at the largest size (titles). */
  shrinkFirst?: boolean;
  width: number;
  align: Align;
  color: string;
}

interface Fit {
  size: number;
  lines: number;
  height: number;
}

/** Be Vietnam Pro's ascent, as a share of the font size (pdfkit keeps it on the font object). */
function ascentEm(doc: PDFKit.PDFDocument): number {
  return (doc as unknown as { _font: { ascender: number } })._font.ascender / 1000;
}

class CertificateWriter {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private use(font: CertificateFont, size: number): void {
    this.doc.font(font).fontSize(size);
  }

  lineAdvance(font: CertificateFont, size: number): number {
    this.use(font, size);
    return this.doc.currentLineHeight(true) + LINE_GAP_EM * size;
  }

  private linesAt(text: string, block: Block, size: number): number {
    this.use(block.font, size);
    const height = this.doc.heightOfString(text, { width: block.width, lineGap: LINE_GAP_EM * size });
    return Math.round(height / this.lineAdvance(block.font, size));
  }

  /** The size (stepping by 0.5 pt) and line count the block takes. */
  fit(text: string, block: Block): Fit {
    const result = (size: number): Fit => {
      const lines = Math.min(block.maxLines, this.linesAt(text, block, size));
      return { size, lines, height: lines * this.lineAdvance(block.font, size) };
    };
    for (const lines of block.shrinkFirst && block.maxLines > 1 ? [1, block.maxLines] : [block.maxLines]) {
      for (let size = block.size; size >= block.minSize; size -= 0.5) {
        if (this.linesAt(text, block, size) <= lines) return result(size);
      }
    }
    return result(block.minSize);
  }

  /** Draws a block with its top at y; returns the y below it. */
  block(text: string, x: number, y: number, block: Block): number {
    const { size, height } = this.fit(text, block);
    this.use(block.font, size);
    this.doc.fillColor(block.color).text(text, x, y, {
      width: block.width,
      align: block.align,
      lineGap: LINE_GAP_EM * size,
      // Never more than maxLines: anything past them ends in '…' rather than spilling.
      height: height + 0.5,
      ellipsis: '…',
    });
    return y + height;
  }

  /** One centred line made of runs in different faces and sizes on one baseline, shrunk as a whole to fit. */
  runs(parts: Run[], minScale = 0.5): Placed {
    const measure = (scale: number) =>
      parts.reduce((sum, part) => {
        this.use(part.font, part.size * scale);
        return sum + this.doc.widthOfString(part.text);
      }, 0);
    let scale = 1;
    while (scale > minScale && measure(scale) > CONTENT_WIDTH) scale -= 0.025;
    const height = Math.max(...parts.map((part) => this.lineAdvance(part.font, part.size * scale)));
    const draw = (y: number) => {
      let x = CONTENT_LEFT + Math.max(0, (CONTENT_WIDTH - measure(scale)) / 2);
      const baseline =
        y +
        Math.max(
          ...parts.map((part) => {
            this.use(part.font, part.size * scale);
            return ascentEm(this.doc) * part.size * scale;
          }),
        );
      for (const part of parts) {
        this.use(part.font, part.size * scale);
        this.doc.fillColor(part.color).text(part.text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
        x += this.doc.widthOfString(part.text);
      }
    };
    return { height, draw };
  }

  /** A block in the centred column, measured now and drawn later. */
  placed(text: string, block: Block): Placed {
    return { height: this.fit(text, block).height, draw: (y) => this.block(text, CONTENT_LEFT, y, block) };
  }
}

interface Run {
  text: string;
  font: CertificateFont;
  size: number;
  color: string;
}

interface Placed {
  height: number;
  draw(y: number): void;
}

function drawFrame(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc
    .lineWidth(2.5)
    .strokeColor(ACCENT)
    .rect(OUTER_INSET, OUTER_INSET, PAGE_WIDTH - 2 * OUTER_INSET, PAGE_HEIGHT - 2 * OUTER_INSET)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(INNER_INSET, INNER_INSET, PAGE_WIDTH - 2 * INNER_INSET, PAGE_HEIGHT - 2 * INNER_INSET)
    .stroke();
  // A small diamond at each corner of the inner frame.
  for (const [cx, cy] of [
    [INNER_INSET, INNER_INSET],
    [PAGE_WIDTH - INNER_INSET, INNER_INSET],
    [INNER_INSET, PAGE_HEIGHT - INNER_INSET],
    [PAGE_WIDTH - INNER_INSET, PAGE_HEIGHT - INNER_INSET],
  ]) {
    doc
      .polygon([cx, cy - 5], [cx + 5, cy], [cx, cy + 5], [cx - 5, cy])
      .fillColor(ACCENT)
      .fill();
  }
  doc.restore();
}

/**
 * Renders one certificate (giấy chứng nhận): A4 landscape, one page, fonts
 * embedded and subset, QR code of the verification URL in the lower left.
 * The same content gives the same bytes (the creation date is the issue date).
 */
export async function renderCertificatePdf(content: CertificateContent): Promise<Buffer> {
  if (content.kind === 'prize' && !content.prize) throw new Error('A prize certificate needs its prize');
  const issuedAt = new Date(content.issuedAt);
  const dateLine = vietnameseDate(issuedAt);
  const fullName = clean(content.fullName);
  const unit = content.unit === null ? '' : clean(content.unit);
  const contestTitle = clean(content.contestTitle);
  const roundTitle = content.roundTitle === null ? '' : clean(content.roundTitle);
  const issuer = clean(content.issuer).toLocaleUpperCase('vi');
  const place = clean(content.place);
  const code = clean(content.code);
  const verifyUrl = clean(content.verifyUrl);

  const qrPng = await QRCode.toBuffer(qrPayload(content), {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: QR_MARGIN_MODULES,
    scale: QR_PIXELS_PER_MODULE,
    color: { dark: '#000000', light: '#ffffff' },
    rendererOpts: QR_PNG_OPTIONS,
  });

  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    compress: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `Giấy chứng nhận - ${fullName}`,
      Author: issuer,
      Subject: roundTitle ? `${contestTitle} - ${roundTitle}` : contestTitle,
      Keywords: `giấy chứng nhận, ${code}`,
      Creator: 'ReformQuiz',
      Producer: 'ReformQuiz (PDFKit)',
      CreationDate: issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let pages = 1;
  doc.on('pageAdded', () => (pages += 1));

  const fonts = certificateFontData();
  for (const font of Object.keys(fonts) as CertificateFont[]) doc.registerFont(font, fonts[font]);
  const w = new CertificateWriter(doc);

  drawFrame(doc);

  // National name and motto, the motto underlined over its own width.
  const center = (font: CertificateFont, size: number, color: string): Block => ({ font, size, minSize: size, maxLines: 1, width: CONTENT_WIDTH, align: 'center', color });
  let y = 52;
  y = w.block(NATIONAL_NAME, CONTENT_LEFT, y, center('bold', 13.5, INK));
  y = w.block(NATIONAL_MOTTO, CONTENT_LEFT, y, center('bold', 13, INK));
  doc.font('bold').fontSize(13);
  const mottoWidth = doc.widthOfString(NATIONAL_MOTTO);
  const underlineY = y - 0.2 * 13 - 1;
  doc
    .lineWidth(0.75)
    .strokeColor(INK)
    .moveTo(PAGE_WIDTH / 2 - mottoWidth / 2, underlineY)
    .lineTo(PAGE_WIDTH / 2 + mottoWidth / 2, underlineY)
    .stroke();

  y = w.block(TITLE, CONTENT_LEFT, 114, center('bold', 34, ACCENT));

  // The body, centred in the space between the title and the signature column.
  const round: Run[] = roundTitle ? [{ text: ` ${roundTitle}`, font: 'regular', size: 16, color: INK }] : [];
  const lead: Run[] =
    content.kind === 'prize' && content.prize
      ? [{ text: `${PRIZE_LEAD} `, font: 'regular', size: 16, color: INK }, { text: PRIZE_NAMES[content.prize], font: 'bold', size: 19, color: ACCENT }, ...round]
      : [{ text: PARTICIPATION_LEAD, font: 'regular', size: 16, color: INK }, ...round];
  const body: [gap: number, item: Placed][] = [
    [0, w.placed(`${issuer} ${CERTIFIES}`, { ...center('regular', 15, INK), minSize: 11, maxLines: 2, shrinkFirst: true })],
    [12, w.placed(fullName, { ...center('bold', 30, ACCENT), minSize: 18, maxLines: 2, shrinkFirst: true })],
    ...(unit ? [[4, w.placed(`${UNIT_LABEL} ${unit}`, { ...center('regular', 15, INK), minSize: 11, maxLines: 2, shrinkFirst: true })] as [number, Placed]] : []),
    [10, w.runs(lead)],
    [4, w.placed(contestTitle, { ...center('bold', 17, INK), minSize: 11, maxLines: 3 })],
  ];
  const bodyHeight = body.reduce((sum, [gap, item]) => sum + gap + item.height, 0);
  y += 8 + Math.min(BODY_MAX_OFFSET, Math.max(0, (SIGN_TOP - 16 - (y + 8) - bodyHeight) / 2));
  for (const [gap, item] of body) {
    item.draw(y + gap);
    y += gap + item.height;
  }

  // Place and date, issuer: the right-hand signature column.
  const signColumn = (font: CertificateFont, size: number, minSize: number, maxLines: number): Block => ({ font, size, minSize, maxLines, width: SIGN_WIDTH, align: 'center', color: INK });
  let sy = Math.max(SIGN_TOP, y + 16);
  sy = w.block(`${place}, ${dateLine}`, SIGN_LEFT, sy, { ...signColumn('italic', 13.5, 9, 2), shrinkFirst: true });
  w.block(issuer, SIGN_LEFT, sy + 2, signColumn('bold', 14, 10, 2));

  // QR code and its caption in the lower left corner.
  const captionWidth = SIGN_LEFT - CONTENT_LEFT - 24;
  const caption = (font: CertificateFont, size: number): Block => ({ font, size, minSize: 6, maxLines: 2, width: captionWidth, align: 'left', color: MUTED });
  const codeLine = `${CODE_LABEL} ${code}`;
  const urlLine = `${VERIFY_LABEL} ${verifyUrl}`;
  const codeBlock = caption('regular', 9);
  const urlBlock = { ...caption('regular', 8), shrinkFirst: true };
  const captionHeight = w.fit(codeLine, codeBlock).height + w.fit(urlLine, urlBlock).height;
  const qrLeft = CONTENT_LEFT - 16;
  const qrTop = INNER_BOTTOM - 12 - captionHeight - QR_SIZE - 4;
  doc.image(qrPng, qrLeft, qrTop, { width: QR_SIZE, height: QR_SIZE });
  let cy = qrTop + QR_SIZE + 4;
  cy = w.block(codeLine, qrLeft, cy, codeBlock);
  w.block(urlLine, qrLeft, cy, urlBlock);

  doc.end();
  const pdf = await finished;
  if (pages !== 1) throw new Error(`Certificate layout overflowed onto ${pages} pages`);
  return pdf;
}
