// Invitation slips as a PDF: A4, eight slips a page (2 × 4), each with the commune, neighbourhood,
// household code, head of household, PIN, the sign-in address and a QR code of it with the code
// filled in. The font is embedded (Liberation Sans: every Vietnamese letter), so any printer works.
import path from "node:path";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type { Slip } from "./issue";

export type SlipText = {
  committee: string;
  title: string;
  consultation: string | null;
  neighbourhood: string;
  household: string;
  head: string;
  pin: string;
  howTo: string;
  keepSecret: string;
};

const FONT_DIR = path.join(process.cwd(), "assets", "fonts");
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 24;
const COLS = 2;
const ROWS = 4;

export async function renderSlipsPdf(
  slips: Slip[],
  text: SlipText,
  signInUrl: (code: string) => string,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    autoFirstPage: false,
    info: { Title: text.title, Producer: "Ý Dân" },
  });
  doc.registerFont("sans", path.join(/*turbopackIgnore: true*/ FONT_DIR, "LiberationSans-Regular.ttf"));
  doc.registerFont("sans-bold", path.join(/*turbopackIgnore: true*/ FONT_DIR, "LiberationSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const w = (A4.width - 2 * MARGIN) / COLS;
  const h = (A4.height - 2 * MARGIN) / ROWS;
  for (let i = 0; i < slips.length; i++) {
    if (i % (COLS * ROWS) === 0) doc.addPage();
    const s = slips[i];
    const x = MARGIN + (i % COLS) * w;
    const y = MARGIN + (Math.floor(i / COLS) % ROWS) * h;
    const pad = 10;
    doc.save().dash(3, { space: 3 }).lineWidth(0.5).strokeColor("#999").rect(x, y, w, h).stroke().restore();
    const url = signInUrl(s.code);
    const qr = await QRCode.toBuffer(url, { errorCorrectionLevel: "M", margin: 0, width: 240 });
    const qrSize = 78;
    doc.image(qr, x + w - pad - qrSize, y + h - pad - qrSize - 14, { width: qrSize });
    const textWidth = w - 2 * pad;
    doc
      .fillColor("#000")
      .font("sans-bold")
      .fontSize(8.5)
      .text(text.committee, x + pad, y + pad, { width: textWidth });
    doc.font("sans-bold").fontSize(10.5).fillColor("#8f1d1d").text(text.title, { width: textWidth });
    doc.fillColor("#000");
    if (text.consultation)
      doc.font("sans").fontSize(7.5).text(text.consultation, { width: textWidth, height: 20, ellipsis: true });
    doc
      .moveDown(0.3)
      .font("sans")
      .fontSize(8.5)
      .text(`${text.neighbourhood}: ${s.neighbourhood}`, { width: textWidth - qrSize });
    doc
      .font("sans")
      .fontSize(8.5)
      .text(`${text.head}: ${s.headName}`, { width: textWidth - qrSize });
    doc.moveDown(0.2).font("sans").fontSize(8.5).text(text.household, { continued: false });
    doc.font("sans-bold").fontSize(16).text(s.code, { characterSpacing: 1 });
    doc.font("sans").fontSize(8.5).text(text.pin);
    doc.font("sans-bold").fontSize(20).text(s.pin, { characterSpacing: 3 });
    doc
      .font("sans")
      .fontSize(7.5)
      .text(text.howTo, x + pad, y + h - pad - 36, { width: textWidth - qrSize - 6 });
    doc
      .font("sans-bold")
      .fontSize(7.5)
      .text(url, { width: textWidth - qrSize - 6 });
    doc
      .font("sans")
      .fontSize(7)
      .fillColor("#555")
      .text(text.keepSecret, x + pad, y + h - pad - 9, { width: textWidth });
    doc.fillColor("#000");
  }
  if (slips.length === 0) doc.addPage().font("sans").fontSize(12).text(text.title);
  doc.end();
  return done;
}
