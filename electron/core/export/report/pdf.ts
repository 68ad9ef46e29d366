/**
 * The findings report as a PDF, written with pdfkit (pure JavaScript: the same in Electron,
 * the CLI and web mode, no browser needed) in a Chinese font found on this machine and
 * embedded as a subset. The layout follows the HTML report: facts, counts, sign-off, then
 * each finding with the pictures of its places, never split across pages.
 */
import { ApiError } from '../../../../shared/api/contract';
import type { Signature } from '../../../../shared/domain/export/bundle';
import { countLines, pageLabel, REPORT_TEXT, shortTime, type ReportText } from '../../../../shared/domain/export/report-text';
import { availableCjkFonts, MISSING_FONT_MESSAGE, type CjkFont } from './fonts';
import type { IllustratedFindings, ReportMeta } from './model';

const MARGIN = 48;
const INK = '#1d2430';
const FAINT = '#5d6878';
const RULE = '#d8dde5';
const FAIL = '#b42318';
const NOTE = '#9a6700';
const FONT = 'report-cjk';

type Doc = PDFKit.PDFDocument;

/** The first font that opens; a collection whose face name is wrong is skipped. */
function useCjkFont(doc: Doc, fonts: readonly CjkFont[]): void {
  for (const font of fonts) {
    try {
      doc.registerFont(FONT, font.file, font.face);
      doc.font(FONT);
      return;
    } catch {
      // try the next one
    }
  }
  throw new ApiError('NOT_FOUND', MISSING_FONT_MESSAGE);
}

const contentWidth = (doc: Doc): number => doc.page.width - 2 * MARGIN;
const bottom = (doc: Doc): number => doc.page.height - MARGIN;

/** A new page when the next `height` points would not fit. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string): void {
  ensureRoom(doc, 60);
  doc.moveDown(0.6).fontSize(13).fillColor(INK).text(text, MARGIN);
  const y = doc.y + 2;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + contentWidth(doc), y).lineWidth(0.6).strokeColor(RULE).stroke();
  doc.y = y + 6;
}

function facts(doc: Doc, pairs: readonly { label: string; value: string }[]): void {
  doc.fontSize(9.5);
  for (const { label, value } of pairs) {
    const y = doc.y;
    doc.fillColor(FAINT).text(label, MARGIN, y, { width: 90 });
    doc.fillColor(INK).text(value, MARGIN + 96, y, { width: contentWidth(doc) - 96 });
    doc.y = Math.max(doc.y, y + 13);
  }
}

function counts(doc: Doc, t: ReportText, f: IllustratedFindings): void {
  const lines = countLines(t, f.counts);
  const width = contentWidth(doc) / 4;
  const top = doc.y;
  lines.forEach((line, i) => {
    const x = MARGIN + (i % 4) * width;
    const y = top + Math.floor(i / 4) * 34;
    doc.roundedRect(x, y, width - 6, 28, 4).lineWidth(0.6).strokeColor(RULE).stroke();
    doc.fontSize(14).fillColor(line.key === 'fail' && line.value > 0 ? FAIL : INK).text(String(line.value), x + 6, y + 6, { width: 44, lineBreak: false });
    doc.fontSize(8.5).fillColor(FAINT).text(line.label, x + 50, y + 9, { width: width - 60, lineBreak: false });
  });
  doc.y = top + Math.ceil(lines.length / 4) * 34;
}

function signature(doc: Doc, t: ReportText, x: number, y: number, width: number, role: string, signed: Signature | null, verb: string): void {
  doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.8).strokeColor(INK).stroke();
  doc.fontSize(9).fillColor(FAINT).text(role, x, y + 4, { width });
  doc.fontSize(12).fillColor(INK).text(signed ? `${signed.displayName} (${signed.username})` : t.notSigned, x, y + 17, { width });
  if (signed) doc.fontSize(9).fillColor(FAINT).text(`${verb} ${shortTime(signed.at)}`, x, y + 34, { width });
}

function signOff(doc: Doc, t: ReportText, f: IllustratedFindings): void {
  ensureRoom(doc, 56);
  const half = (contentWidth(doc) - 24) / 2;
  const y = doc.y + 4;
  signature(doc, t, MARGIN, y, half, t.reviewer, f.signOff.reviewer, t.submittedOn);
  signature(doc, t, MARGIN + half + 24, y, half, t.supervisor, f.signOff.supervisor, t.approvedOn);
  doc.y = y + 52;
}

interface Picture {
  png: Uint8Array;
  width: number;
  height: number;
  page: number;
}

/** A PNG's size in pixels, from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function finding(doc: Doc, t: ReportText, f: IllustratedFindings, index: number): void {
  const item = f.findings[index]!;
  const width = contentWidth(doc);
  const pictures: Picture[] = item.places.flatMap((place, i) => {
    const png = f.snippets[index]?.[i];
    if (!png) return [];
    const size = pngSize(png);
    const scale = Math.min(1, width / size.width, 300 / size.height);
    return [{ png, width: size.width * scale, height: size.height * scale, page: place.page }];
  });
  const kind = item.kind === 'check' ? t.checkFailure : t.annotation;
  const title = `${index + 1}. ${kind}  ${item.title}`;
  const details = item.details.map((d) => `${d.label}：${d.value}`).join('    ');
  const figures = item.figures.map((fig) => `#${fig.id} ${fig.label}：${fig.value}（${pageLabel(t, fig.page)}）`);
  doc.fontSize(10.5);
  const textHeight = doc.heightOfString(title, { width }) + doc.fontSize(9).heightOfString([details, ...figures].join('\n'), { width }) + 12;
  // The whole finding on one page when it fits on one; a tall one starts on a fresh page.
  ensureRoom(doc, Math.min(bottom(doc) - MARGIN, textHeight + pictures.reduce((sum, p) => sum + p.height + 16, 0)));
  const top = doc.y;
  doc.fontSize(10.5).fillColor(item.kind === 'check' ? FAIL : NOTE).text(title, MARGIN + 8, doc.y, { width: width - 8 });
  doc.fontSize(9).fillColor(INK);
  if (details) doc.text(details, MARGIN + 8, doc.y + 2, { width: width - 8 });
  if (figures.length) doc.fillColor(FAINT).text(`${t.figures}：`, MARGIN + 8, doc.y + 2).fillColor(INK).text(figures.join('\n'), MARGIN + 14, doc.y, { width: width - 14 });
  for (const picture of pictures) {
    ensureRoom(doc, picture.height + 16);
    const y = doc.y + 4;
    doc.image(Buffer.from(picture.png), MARGIN + 8, y, { width: picture.width, height: picture.height });
    doc.rect(MARGIN + 8, y, picture.width, picture.height).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.fontSize(8).fillColor(FAINT).text(pageLabel(t, picture.page), MARGIN + 8, y + picture.height + 2);
  }
  if (doc.y > top) doc.moveTo(MARGIN + 2, top).lineTo(MARGIN + 2, doc.y).lineWidth(2).strokeColor(item.kind === 'check' ? FAIL : NOTE).stroke();
  doc.y += 10;
}

function footers(doc: Doc, text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin: lift the margin for the footer, or pdfkit would start a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fontSize(8).fillColor(FAINT).text(`${text} · ${i + 1}/${range.count}`, MARGIN, doc.page.height - MARGIN + 16, { width: contentWidth(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

export async function reportPdf(f: IllustratedFindings, meta: ReportMeta, fonts: readonly CjkFont[] = availableCjkFonts()): Promise<Uint8Array> {
  const t = REPORT_TEXT[meta.lang];
  // Loaded when a report is made, not with the app: pdfkit costs every command ~0.1 s.
  const { default: PdfKitDocument } = await import('pdfkit');
  const doc: Doc = new PdfKitDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: `${t.title} · ${f.heading}`, Creator: 'Gouji' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  useCjkFont(doc, fonts);
  doc.fontSize(18).fillColor(INK).text(t.title, MARGIN, MARGIN);
  doc.fontSize(12).text(f.heading);
  doc.fontSize(8.5).fillColor(FAINT).text(`${t.generated} ${shortTime(meta.generatedAt)} · ${t.values[meta.values]}`).moveDown(0.4);
  facts(doc, [...f.facts, { label: t.status, value: t.statuses[f.reviewStatus as keyof typeof t.statuses] ?? f.reviewStatus }]);
  heading(doc, t.counts);
  counts(doc, t, f);
  heading(doc, t.signOff);
  signOff(doc, t, f);
  heading(doc, t.findings);
  if (f.findings.length === 0) doc.fontSize(10).fillColor(FAINT).text(t.none, MARGIN);
  f.findings.forEach((_, i) => finding(doc, t, f, i));
  footers(doc, f.heading);
  doc.end();
  return done;
}
