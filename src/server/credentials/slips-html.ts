// The same slips as a print-ready HTML page (A4, eight a page), for offices that print from a browser.
import QRCode from "qrcode";
import escapeHtml from "escape-html";
import type { Slip } from "./issue";
import type { SlipText } from "./slips-pdf";

const CSS = `
@page { size: A4; margin: 8mm; }
* { box-sizing: border-box; }
body { font-family: "Liberation Sans", Arial, sans-serif; margin: 0; color: #000; }
.sheet { display: grid; grid-template-columns: 1fr 1fr; grid-auto-rows: 69mm; gap: 0; }
.slip { border: 1px dashed #999; padding: 3mm 4mm; position: relative; break-inside: avoid; font-size: 9pt; overflow: hidden; }
.committee { font-weight: 700; font-size: 8pt; text-transform: uppercase; }
.title { font-weight: 700; color: #8f1d1d; font-size: 10.5pt; margin: 1mm 0; }
.consultation { font-size: 7.5pt; max-height: 2.4em; overflow: hidden; }
.code { font-weight: 700; font-size: 15pt; letter-spacing: 1px; }
.pin { font-weight: 700; font-size: 19pt; letter-spacing: 3px; }
.qr { position: absolute; right: 4mm; bottom: 7mm; width: 26mm; height: 26mm; }
.qr svg { width: 100%; height: 100%; }
.url { font-weight: 700; font-size: 7.5pt; word-break: break-all; max-width: 58mm; }
.secret { position: absolute; left: 4mm; bottom: 2mm; font-size: 7pt; color: #555; }
p { margin: 0.5mm 0; }
@media screen { body { background: #eee; } .sheet { width: 194mm; margin: 10mm auto; background: #fff; } }
`;

export async function renderSlipsHtml(
  slips: Slip[],
  text: SlipText,
  signInUrl: (code: string) => string,
  lang: string,
): Promise<string> {
  const e = escapeHtml;
  const sections = await Promise.all(
    slips.map(async (s) => {
      const url = signInUrl(s.code);
      // qrcode's SVG holds only numbers and fixed markup: safe to inline.
      const qr = await QRCode.toString(url, { type: "svg", margin: 0, errorCorrectionLevel: "M" });
      return `<section class="slip">
<p class="committee">${e(text.committee)}</p><p class="title">${e(text.title)}</p>
${text.consultation ? `<p class="consultation">${e(text.consultation)}</p>` : ""}
<p>${e(text.neighbourhood)}: ${e(s.neighbourhood)}</p><p>${e(text.head)}: ${e(s.headName)}</p>
<p>${e(text.household)}</p><p class="code">${e(s.code)}</p><p>${e(text.pin)}</p><p class="pin">${e(s.pin)}</p>
<p>${e(text.howTo)}</p><p class="url">${e(url)}</p><div class="qr">${qr}</div><p class="secret">${e(text.keepSecret)}</p>
</section>`;
    }),
  );
  return `<!doctype html><html lang="${e(lang)}"><head><meta charset="utf-8"><title>${e(text.title)}</title><style>${CSS}</style></head>
<body><div class="sheet">${sections.join("\n")}</div></body></html>`;
}
