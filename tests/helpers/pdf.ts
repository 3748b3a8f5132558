// Reading a rendered PDF back as a reader would: its text (pdf.js) and the QR codes printed in it
// (each embedded image decoded by pdf.js, then read by jsQR), so tests check the file itself.
import jsQR from "jsqr";

async function open(bytes: Uint8Array) {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false })
    .promise;
  return { pdfjs, doc };
}

/** Every page's text, pages separated by a newline, runs of white space as one space. */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const { doc } = await open(bytes);
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(
      content.items
        .map((i) => ("str" in i ? i.str : ""))
        .join(" ")
        .replace(/\s+/g, " "),
    );
  }
  return pages;
}

type DecodedImage = { width: number; height: number; kind?: number; data?: Uint8Array | Uint8ClampedArray };

/** The text of every QR code drawn on each page, in page order. */
export async function pdfQrCodes(bytes: Uint8Array): Promise<{ page: number; text: string }[]> {
  const { pdfjs, doc } = await open(bytes);
  const found: { page: number; text: string }[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue;
      const name = ops.argsArray[i][0] as string;
      const img = await new Promise<DecodedImage>((resolve) => page.objs.get(name, resolve));
      const rgba = toRgba(img);
      const qr = rgba ? jsQR(rgba, img.width, img.height) : null;
      if (qr) found.push({ page: p, text: qr.data });
    }
  }
  return found;
}

/** pdf.js gives grey (1 bit), RGB or RGBA pixels; jsQR reads RGBA. */
function toRgba(img: DecodedImage): Uint8ClampedArray | null {
  const { width, height, kind, data } = img;
  if (!data) return null;
  const n = width * height;
  if (kind === 3) return new Uint8ClampedArray(data);
  const out = new Uint8ClampedArray(n * 4);
  if (kind === 2) {
    for (let i = 0; i < n; i++) {
      out[i * 4] = data[i * 3];
      out[i * 4 + 1] = data[i * 3 + 1];
      out[i * 4 + 2] = data[i * 3 + 2];
      out[i * 4 + 3] = 255;
    }
    return out;
  }
  if (kind === 1) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const v = (data[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
        const o = (y * width + x) * 4;
        out[o] = out[o + 1] = out[o + 2] = v;
        out[o + 3] = 255;
      }
    return out;
  }
  return null;
}
