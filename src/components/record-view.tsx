// A decision record (RecordDoc) as an A4 sheet in HTML, laid out like its PDF (src/server/records/pdf.ts,
// Decree 30/2020 Appendix I). The document is Vietnamese whatever the interface language, so the
// sheet carries lang="vi" and its fixed words (Nơi nhận, BẢN NHÁP) are not translated.
import localFont from "next/font/local";
import { MOTTO, NATIONAL_NAME, type Block, type RecordDoc } from "@/domain/record-content";
import { scrollRegion } from "./scroll-region";
import "./record-view.css";

// The PDF's own typeface (assets/fonts, embedded by src/server/records/pdf.ts), so the preview breaks
// lines where the signed PDF does, on any computer.
const recordFont = localFont({
  src: [
    { path: "../../assets/fonts/LiberationSerif-Regular.ttf", weight: "400", style: "normal" },
    { path: "../../assets/fonts/LiberationSerif-Italic.ttf", weight: "400", style: "italic" },
    { path: "../../assets/fonts/LiberationSerif-Bold.ttf", weight: "700", style: "normal" },
    { path: "../../assets/fonts/LiberationSerif-BoldItalic.ttf", weight: "700", style: "italic" },
  ],
  variable: "--font-record",
  adjustFontFallback: "Times New Roman",
});

type Props = {
  doc: RecordDoc;
  /** A draft carries a watermark on screen and on paper, so it is never taken for a signed record. */
  draft: boolean;
  /** Accessible name of the sheet, in the interface language. */
  label: string;
  /** A finalised record's foot: the verification line and its QR code, as the PDF prints them. */
  verification?: { lines: string[]; url: string; qr: string };
};

export function RecordView({ doc, draft, label, verification }: Props) {
  const bySeveral = doc.signers.length > 1;
  return (
    // The A4 sheet is wider than a phone: its scroller takes the focus, so a keyboard scrolls it (WCAG 2.1.1).
    <div className={`record-scroll ${recordFont.variable}`} {...scrollRegion(label)}>
      {/* Named once, by its scroller: the sheet itself is no second region. */}
      <div className={`record-sheet${draft ? " record-sheet--draft" : ""}`} lang="vi">
        <header className="record-head">
          <div className="record-head__col record-head__col--issuer">
            {doc.issuer.map((line, i) => (
              <p key={i} className={i === doc.issuer.length - 1 ? "record-bold" : undefined}>
                {line}
              </p>
            ))}
            <span className="record-rule record-rule--short" aria-hidden="true" />
            {doc.numberLine ? <p className="record-number">{doc.numberLine}</p> : null}
          </div>
          <div className="record-head__col">
            <p className="record-bold record-small">{NATIONAL_NAME}</p>
            <p className="record-bold">
              <span className="record-motto">{MOTTO}</span>
            </p>
            <p className="record-date">{doc.placeDate}</p>
          </div>
        </header>
        <h2 className="record-title">{doc.docTitle}</h2>
        <p className="record-subject">{doc.subject}</p>
        <span className="record-rule record-rule--subject" aria-hidden="true" />
        <div className="record-body">
          {doc.blocks.map((block, i) => (
            <RecordBlock key={i} block={block} />
          ))}
        </div>
        <footer className={`record-foot${bySeveral ? " record-foot--several" : ""}`}>
          {doc.recipients.length ? (
            <div className="record-recipients">
              <p className="record-bold record-italic record-small">Nơi nhận:</p>
              <ul>
                {doc.recipients.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="record-signers">
            {doc.signers.map((s, i) => (
              <div key={i} className="record-signer">
                {s.authority ? <p>{s.authority}</p> : null}
                <p>{s.title}</p>
                <p className="record-signer__name">{s.name || "\u00a0"}</p>
              </div>
            ))}
          </div>
        </footer>
        {verification ? (
          <div className="record-verify">
            {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
            <img src={verification.qr} alt={verification.url} width={62} height={62} />
            <div>
              {verification.lines.map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function RecordBlock({ block }: { block: Block }) {
  switch (block.type) {
    case "heading":
      return <h3 className="record-heading">{block.text}</h3>;
    case "para":
      return <p className="record-para">{block.text}</p>;
    case "table":
      return (
        <table className="record-table">
          <thead>
            <tr>
              {block.head.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i} className={block.numeric?.[i] ? "record-num" : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
