// The notice as a PDF, in two sizes. The standard one is the Decree 30/2020 layout the records use
// (src/server/records/pdf.ts), with the QR code of the public page in its content. The large-print
// one is for elderly readers and the cultural house's board: 18 pt and more, the few facts that
// matter, a QR code large enough to scan from a step away, its address printed beneath.
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { fileNameForType } from "@/domain/file-names";
import type { MaterialFacts } from "@/domain/materials/facts";
import { buildLargeNotice, buildNotice, MOTTO, NATIONAL_NAME, type LargeNotice } from "@/domain/materials/notice";
import { registerSerifFonts, renderRecordPdf } from "../records/pdf";

export type NoticeSize = "standard" | "large";

/** "Thông báo - Lấy ý kiến về làm đường thôn Đông.pdf"; the title cut so the name stays short. */
export function noticeFileName(title: string, size: NoticeSize): string {
  const words = Array.from(title.normalize("NFC").trim()).slice(0, 80).join("");
  return fileNameForType(`${size === "large" ? "Thông báo chữ lớn" : "Thông báo"} - ${words}.pdf`, "application/pdf");
}

export async function renderNoticePdf(facts: MaterialFacts, size: NoticeSize, at: Date): Promise<Buffer> {
  if (size === "standard") {
    const doc = buildNotice(facts);
    return renderRecordPdf(doc, { title: `Thông báo: ${facts.title}`, at, qr: doc.qr });
  }
  return renderLargeNotice(buildLargeNotice(facts), { title: `Thông báo (chữ lớn): ${facts.title}`, at });
}

const MM = 72 / 25.4;
const MARGIN = 18 * MM;
const BODY = 20;
const LABEL = 20;

async function renderLargeNotice(n: LargeNotice, meta: { title: string; at: Date }): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    info: { Title: meta.title, Producer: "Ý Dân", Creator: "Ý Dân", CreationDate: meta.at, ModDate: meta.at },
  });
  registerSerifFonts(pdf);
  const chunks: Buffer[] = [];
  pdf.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on("end", () => resolve(Buffer.concat(chunks))));
  const left = MARGIN;
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = pdf.page.height - MARGIN;

  // The committee and the national motto, as on every document of the commune (smaller here: the
  // notice's own words are what must be read from afar).
  pdf.font("serif-bold").fontSize(13).text(NATIONAL_NAME, left, MARGIN, { width, align: "center" });
  pdf.font("serif-bold").fontSize(14).text(MOTTO, { width, align: "center" });
  for (const line of n.issuer)
    pdf
      .font("serif-bold")
      .fontSize(16)
      .text(line, left, pdf.y + 8, { width, align: "center" });
  pdf
    .font("serif-bold")
    .fontSize(36)
    .text(n.docTitle, left, pdf.y + 10, { width, align: "center" });
  pdf
    .font("serif-bold")
    .fontSize(24)
    .text(n.headline, left, pdf.y + 4, { width, align: "center" });
  pdf.y += 10;

  for (const line of n.lines) {
    pdf
      .font("serif-bold")
      .fontSize(LABEL)
      .text(`${line.label}: `, left, pdf.y + 8, { width, continued: true });
    pdf.font("serif").fontSize(BODY).text(line.text);
  }
  if (n.ways.length) {
    pdf
      .font("serif-bold")
      .fontSize(LABEL)
      .text("Cách tham gia:", left, pdf.y + 8, { width });
    // A hanging bullet: the text's second line starts under its first word, not under the bullet.
    for (const way of n.ways) {
      const y = pdf.y + 2;
      pdf
        .font("serif")
        .fontSize(BODY)
        .text("•", left + 8, y, { lineBreak: false });
      pdf.text(way, left + 26, y, { width: width - 26 });
    }
  }

  // The QR code: as large as the page leaves room for, between 150 and 200 points (5–7 cm).
  pdf.font("serif-italic").fontSize(18);
  const captionH = pdf.heightOfString(n.qr.caption, { width });
  // The address on one line, so it reads as one thing to type: 16 pt, smaller only if it must be.
  pdf.font("serif-bold").fontSize(16);
  const urlSize = Math.max(10, Math.min(16, (16 * width * 0.97) / Math.max(1, pdf.widthOfString(n.qr.url))));
  pdf.fontSize(urlSize);
  const urlH = pdf.heightOfString(n.qr.url, { width });
  pdf.font("serif-bold").fontSize(16);
  const signH = pdf.heightOfString(n.signOff, { width });
  const free = bottom - pdf.y - captionH - urlH - signH - 40;
  if (free < 150) pdf.addPage();
  const qrSize = Math.max(150, Math.min(200, bottom - pdf.y - captionH - urlH - signH - 40));
  pdf
    .font("serif-italic")
    .fontSize(18)
    .text(n.qr.caption, left, pdf.y + 14, { width, align: "center" });
  const png = await QRCode.toBuffer(n.qr.url, { errorCorrectionLevel: "M", margin: 1, width: 600 });
  const qy = pdf.y + 6;
  pdf.image(png, left + (width - qrSize) / 2, qy, { width: qrSize, height: qrSize });
  pdf
    .font("serif-bold")
    .fontSize(urlSize)
    .text(n.qr.url, left, qy + qrSize + 6, { width, align: "center" });
  pdf
    .font("serif-bold")
    .fontSize(16)
    .text(n.signOff, left, pdf.y + 12, { width, align: "right" });
  pdf.end();
  return done;
}
