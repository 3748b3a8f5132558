// A record as a PDF in the layout of Decree 30/2020 Appendix I: A4, margins 20 / 15 / 20 / 30 mm,
// the issuer and number on the left, the national name and motto on the right, the place and date
// line, the title and subject, the content, the signature block on the right and the recipients on
// the left. Liberation Serif (metric-compatible with Times New Roman, every Vietnamese letter) is
// embedded, so the file prints the same anywhere. The PDF's own dates are the finalisation time.
import path from "node:path";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { MOTTO, NATIONAL_NAME, type Block, type RecordDoc } from "@/domain/record-content";

const FONT_DIR = path.join(process.cwd(), "assets", "fonts");
const MM = 72 / 25.4;
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const SIZE = 13;
const SMALL = 12;

/** How a paper copy is checked (src/domain/record-verification.ts); a draft has none. */
export type PrintedVerification = { lines: string[]; url: string };

/** What the layout draws: a record, or another committee document in the same form (a notice). */
export type DocLayout = Omit<RecordDoc, "kind" | "amends">;

/** A QR code printed with the content, before the signatures, with its caption above and its address below. */
export type ContentQr = { url: string; caption: string };

export async function renderRecordPdf(
  doc: DocLayout,
  meta: { title: string; at: Date; verification?: PrintedVerification; qr?: ContentQr },
): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    info: { Title: meta.title, Producer: "Ý Dân", Creator: "Ý Dân", CreationDate: meta.at, ModDate: meta.at },
  });
  registerSerifFonts(pdf);
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));

  const left = MARGIN.left;
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  const leftCol = width * 0.42;
  const rightCol = width - leftCol;
  const top = MARGIN.top;

  // Header: two columns.
  pdf.font("serif-bold").fontSize(SMALL);
  let yl = top;
  doc.issuer.forEach((line, i) => {
    pdf
      .font(i === doc.issuer.length - 1 ? "serif-bold" : "serif")
      .text(line, left, yl, { width: leftCol, align: "center" });
    yl = pdf.y;
  });
  rule(pdf, left + leftCol / 2 - 20, yl + 1, 40);
  yl += 6;
  if (doc.numberLine) {
    pdf.font("serif").fontSize(SIZE).text(doc.numberLine, left, yl, { width: leftCol, align: "center" });
    yl = pdf.y;
  }
  pdf
    .font("serif-bold")
    .fontSize(SMALL)
    .text(NATIONAL_NAME, left + leftCol, top, { width: rightCol, align: "center" });
  pdf
    .font("serif-bold")
    .fontSize(SIZE)
    .text(MOTTO, left + leftCol, pdf.y, { width: rightCol, align: "center" });
  const mottoWidth = pdf.widthOfString(MOTTO);
  rule(pdf, left + leftCol + (rightCol - mottoWidth) / 2, pdf.y + 1, mottoWidth);
  pdf
    .font("serif-italic")
    .fontSize(SIZE)
    .text(doc.placeDate, left + leftCol, pdf.y + 8, { width: rightCol, align: "center" });
  let y = Math.max(yl, pdf.y) + 18;

  // Title and subject.
  pdf.font("serif-bold").fontSize(14).text(doc.docTitle, left, y, { width, align: "center" });
  pdf
    .font("serif-bold")
    .fontSize(SIZE)
    .text(doc.subject, left + 20, pdf.y + 2, { width: width - 40, align: "center" });
  rule(pdf, left + width / 2 - 40, pdf.y + 6, 80); // below the descenders: a rule, not an underline
  y = pdf.y + 18;
  pdf.x = left;
  pdf.y = y;

  // The signature block never stands alone on a page (it would sign nothing visible; the usual
  // practice for Decree 30 documents): when the last paragraph and the signatures do not fit
  // together, the paragraph goes over with them.
  const closing = closingHeight(pdf, doc, width, leftCol, rightCol);
  const qrHeight = meta.qr ? contentQrHeight(pdf, meta.qr, width) : 0;
  doc.blocks.forEach((block, i) => {
    if (i === doc.blocks.length - 1 && block.type !== "table") {
      const h = blockHeight(pdf, block, width) + qrHeight + closing;
      if (pdf.y + h > bottomOf(pdf) && h <= bottomOf(pdf) - MARGIN.top) pdf.addPage();
    }
    renderBlock(pdf, block, left, width);
  });
  if (meta.qr) await renderContentQr(pdf, meta.qr, left, width);

  // Signatures: the committee's on the right; a thôn record's side by side.
  ensureSpace(pdf, closing);
  y = pdf.y + 16;
  const signerWidth = doc.signers.length > 1 ? width / doc.signers.length : rightCol;
  doc.signers.forEach((s, i) => {
    const x = doc.signers.length > 1 ? left + i * signerWidth : left + leftCol;
    let sy = y;
    if (s.authority) {
      pdf.font("serif-bold").fontSize(SIZE).text(s.authority, x, sy, { width: signerWidth, align: "center" });
      sy = pdf.y;
    }
    pdf.font("serif-bold").fontSize(SIZE).text(s.title, x, sy, { width: signerWidth, align: "center" });
    pdf
      .font("serif-bold")
      .fontSize(SIZE)
      .text(s.name || " ", x, pdf.y + 64, { width: signerWidth, align: "center" });
  });
  const afterSigners = pdf.y;
  if (doc.recipients.length) {
    // Appendix I, box 9: "Nơi nhận:" bold italic, size 12; the list regular, size 11.
    pdf
      .font("serif-bold-italic")
      .fontSize(SMALL)
      .text("Nơi nhận:", left, y, { width: leftCol - 10 });
    pdf.font("serif").fontSize(11);
    for (const line of doc.recipients) pdf.text(line, left, pdf.y, { width: leftCol - 10 });
  }
  pdf.y = Math.max(afterSigners, pdf.y);
  if (meta.verification) await renderVerification(pdf, meta.verification, left, width);

  // Page numbers from the second page (Decree 30 Appendix I §I 5).
  const range = pdf.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    pdf.switchToPage(i);
    pdf
      .font("serif")
      .fontSize(SMALL)
      .text(String(i + 1), left, MARGIN.top / 2, { width, align: "center", lineBreak: false });
  }
  pdf.end();
  return done;
}

/** Liberation Serif (metric-compatible with Times New Roman) in its four faces, as "serif", "serif-bold"… */
export function registerSerifFonts(pdf: PDFKit.PDFDocument) {
  pdf.registerFont("serif", path.join(/*turbopackIgnore: true*/ FONT_DIR, "LiberationSerif-Regular.ttf"));
  pdf.registerFont("serif-bold", path.join(/*turbopackIgnore: true*/ FONT_DIR, "LiberationSerif-Bold.ttf"));
  pdf.registerFont("serif-italic", path.join(/*turbopackIgnore: true*/ FONT_DIR, "LiberationSerif-Italic.ttf"));
  // Liberation 2.x: the 1.x bold italic that distributions ship lacks most Vietnamese letters.
  pdf.registerFont(
    "serif-bold-italic",
    path.join(/*turbopackIgnore: true*/ FONT_DIR, "LiberationSerif-BoldItalic.ttf"),
  );
}

/** A QR code centred in the content: its caption above (italic), the address it holds below, so it can be typed. */
const QR_SIZE = 80;

function contentQrHeight(pdf: PDFKit.PDFDocument, qr: ContentQr, width: number) {
  const captionH = pdf.font("serif-italic").fontSize(SMALL).heightOfString(qr.caption, { width });
  const urlH = pdf.font("serif").fontSize(SMALL).heightOfString(qr.url, { width });
  return 10 + captionH + 4 + QR_SIZE + 4 + urlH;
}

async function renderContentQr(pdf: PDFKit.PDFDocument, qr: ContentQr, left: number, width: number) {
  const size = QR_SIZE;
  ensureSpace(pdf, contentQrHeight(pdf, qr, width));
  const png = await QRCode.toBuffer(qr.url, { errorCorrectionLevel: "M", margin: 1, width: 384 });
  pdf
    .font("serif-italic")
    .fontSize(SMALL)
    .text(qr.caption, left, pdf.y + 10, { width, align: "center" });
  const y = pdf.y + 4;
  pdf.image(png, left + (width - size) / 2, y, { width: size, height: size });
  pdf
    .font("serif")
    .fontSize(SMALL)
    .text(qr.url, left, y + size + 4, { width, align: "center" });
  pdf.x = left;
}

/** Below everything, on the last page: a QR code of the verification address and the line beside it. */
async function renderVerification(pdf: PDFKit.PDFDocument, v: PrintedVerification, left: number, width: number) {
  const qrSize = 62;
  ensureSpace(pdf, qrSize + 24);
  const y = pdf.y + 18;
  const qr = await QRCode.toBuffer(v.url, { errorCorrectionLevel: "M", margin: 1, width: 264 });
  pdf.image(qr, left, y, { width: qrSize, height: qrSize });
  pdf.font("serif").fontSize(10);
  const textX = left + qrSize + 10;
  let ty = y + 6;
  for (const line of v.lines) {
    pdf.text(line, textX, ty, { width: width - qrSize - 10 });
    ty = pdf.y + 2;
  }
  pdf.x = left;
  pdf.y = Math.max(y + qrSize, pdf.y);
}

function rule(pdf: PDFKit.PDFDocument, x: number, y: number, w: number) {
  pdf
    .moveTo(x, y)
    .lineTo(x + w, y)
    .lineWidth(0.6)
    .stroke();
}

const bottomOf = (pdf: PDFKit.PDFDocument) => pdf.page.height - MARGIN.bottom;

function ensureSpace(pdf: PDFKit.PDFDocument, needed: number) {
  if (pdf.y + needed > bottomOf(pdf)) pdf.addPage();
}

/** A heading or paragraph's height as renderBlock sets it. */
function blockHeight(pdf: PDFKit.PDFDocument, block: Exclude<Block, { type: "table" }>, width: number) {
  if (block.type === "heading") return 6 + pdf.font("serif-bold").fontSize(SIZE).heightOfString(block.text, { width });
  return 4 + pdf.font("serif").fontSize(SIZE).heightOfString(block.text, { width, align: "justify", indent: 28 });
}

/** The signatures and, beside them, the recipients: the taller of the two, and the gap above. */
function closingHeight(pdf: PDFKit.PDFDocument, doc: DocLayout, width: number, leftCol: number, rightCol: number) {
  const signerWidth = doc.signers.length > 1 ? width / doc.signers.length : rightCol;
  const signers = Math.max(
    0,
    ...doc.signers.map((s) => {
      pdf.font("serif-bold").fontSize(SIZE);
      const h = (t: string) => pdf.heightOfString(t, { width: signerWidth });
      return (s.authority ? h(s.authority) : 0) + h(s.title) + 64 + h(s.name || " ");
    }),
  );
  let recipients = 0;
  if (doc.recipients.length) {
    recipients = pdf
      .font("serif-bold-italic")
      .fontSize(SMALL)
      .heightOfString("Nơi nhận:", { width: leftCol - 10 });
    pdf.font("serif").fontSize(11);
    for (const line of doc.recipients) recipients += pdf.heightOfString(line, { width: leftCol - 10 });
  }
  return 16 + Math.max(signers, recipients);
}

function renderBlock(pdf: PDFKit.PDFDocument, block: Block, left: number, width: number) {
  switch (block.type) {
    case "heading":
      ensureSpace(pdf, 40);
      pdf
        .font("serif-bold")
        .fontSize(SIZE)
        .text(block.text, left, pdf.y + 6, { width });
      break;
    case "para":
      pdf
        .font("serif")
        .fontSize(SIZE)
        .text(block.text, left, pdf.y + 4, { width, align: "justify", indent: 28 });
      break;
    case "table":
      renderTable(pdf, block, left, width);
      break;
  }
}

function renderTable(pdf: PDFKit.PDFDocument, table: Extract<Block, { type: "table" }>, left: number, width: number) {
  const cols = table.head.length;
  // The first column takes what the others leave: names are long, figures short.
  const first = cols > 1 ? Math.max(width * 0.34, width - (cols - 1) * 78) : width;
  const rest = cols > 1 ? (width - first) / (cols - 1) : 0;
  const widths = table.head.map((_, i) => (i === 0 ? first : rest));
  const pad = 3;
  const drawRow = (cells: string[], bold: boolean) => {
    pdf.font(bold ? "serif-bold" : "serif").fontSize(11);
    const heights = cells.map((c, i) => pdf.heightOfString(c, { width: widths[i] - 2 * pad }));
    const h = Math.max(...heights) + 2 * pad;
    if (pdf.y + h > pdf.page.height - MARGIN.bottom) pdf.addPage();
    const y = pdf.y;
    let x = left;
    cells.forEach((c, i) => {
      pdf.rect(x, y, widths[i], h).lineWidth(0.5).stroke();
      const align = bold ? "center" : table.numeric?.[i] ? "right" : "left";
      pdf.text(c, x + pad, y + pad, { width: widths[i] - 2 * pad, align });
      x += widths[i];
    });
    pdf.x = left;
    pdf.y = y + h;
  };
  pdf.y += 6;
  drawRow(table.head, true);
  for (const row of table.rows) drawRow(row, false);
  pdf.y += 4;
}
