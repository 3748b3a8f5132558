import { getTranslations } from "next-intl/server";
import { getDates, type PublicConsultation } from "./format";

type Doc = PublicConsultation["documents"][number];

const kind = (mimeType: string) =>
  mimeType === "application/pdf" ? "pdf" : mimeType.startsWith("image/") ? "image" : "file";

/** Public documents: view inline or download, with the start of the SHA-256 digest to check a copy. */
export async function Documents({ documents }: { documents: Doc[] }) {
  const [t, { format }] = await Promise.all([getTranslations("publicPages.doc"), getDates()]);
  const megabytes = (bytes: number) => {
    const mb = bytes / 1024 / 1024;
    return format.number(Math.max(mb, 0.01), { maximumFractionDigits: mb < 1 ? 2 : 1 });
  };
  return (
    <ul className="doc-list">
      {documents.map((d) => (
        <li key={d.id} className="doc-list__item">
          <p className="doc-list__title">{d.title}</p>
          <p className="doc-list__meta">
            <span className="doc-list__file">{d.fileName}</span>
            <span>{t(kind(d.mimeType))}</span>
            <span>{t("size", { size: megabytes(d.size) })}</span>
          </p>
          <p className="doc-list__check">
            {t("checksum")}: <code title={d.sha256}>{d.sha256.slice(0, 12)}</code>
          </p>
          <p className="doc-list__actions">
            <a className="button" href={`/api/documents/${d.id}`} aria-label={t("viewLabel", { title: d.title })}>
              {t("view")}
            </a>
            <a
              className="button"
              href={`/api/documents/${d.id}?download`}
              aria-label={t("downloadLabel", { title: d.title })}
            >
              {t("download")}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
