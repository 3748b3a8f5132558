// "Tài liệu công khai": a published consultation's ready-to-post materials (docs/LAW.md#r17; Law on
// Grassroots Democracy Art 12–13): the notice for notice boards in two sizes, the loudspeaker script
// (short and full) and the short message for SMS and Zalo with its segment counts. Rendered on the
// server; only the copy and print buttons run in the browser (materials-actions.tsx), so the page
// carries no segment calculator and no extra messages.
import { getTranslations } from "next-intl/server";
import type { SmsCount } from "@/domain/materials/sms";
import { CopyButton, PrintButton } from "./materials-actions";
import "./materials.css";

type Script = { text: string; words: number; seconds: number };

export type MaterialsData = {
  publicUrl: string;
  shortScript: Script;
  fullScript: Script;
  sms: { accented: SmsCount; unaccented: SmsCount };
};

export async function MaterialsPanel({
  consultationId,
  materials,
}: {
  consultationId: string;
  materials: MaterialsData;
}) {
  const t = await getTranslations("materials");
  const base = `/api/consultations/${encodeURIComponent(consultationId)}/notice`;
  const labels = { copy: t("copy"), copied: t("copied"), copyFailed: t("copyFailed") };
  const scripts = [
    { key: "short", title: t("script.short"), script: materials.shortScript },
    { key: "full", title: t("script.full"), script: materials.fullScript },
  ] as const;
  const messages = [
    { key: "accented", title: t("sms.accented"), sms: materials.sms.accented },
    { key: "unaccented", title: t("sms.unaccented"), sms: materials.sms.unaccented },
  ] as const;
  return (
    <section className="detail-section materials" aria-labelledby="materials-title">
      <h2 id="materials-title">{t("title")}</h2>
      <p className="hint materials__no-print">{t("intro")}</p>

      <div className="materials__block materials__no-print">
        <h3>{t("notice.title")}</h3>
        <p className="hint">{t("notice.hint")}</p>
        <ul className="materials__links">
          {(["standard", "large"] as const).map((size) => (
            <li key={size}>
              <a
                className="button button--small"
                href={size === "large" ? `${base}?size=large` : base}
                target="_blank"
                rel="noopener"
              >
                {t(`notice.${size}`)}
              </a>{" "}
              <a
                className="materials__download"
                href={`${base}?${size === "large" ? "size=large&" : ""}download=1`}
                aria-label={`${t("notice.download")}: ${t(`notice.${size}`)}`}
              >
                {t("notice.download")}
              </a>
            </li>
          ))}
        </ul>
      </div>

      <div className="materials__block">
        <h3 className="materials__no-print">{t("script.title")}</h3>
        <p className="hint materials__no-print">{t("script.hint")}</p>
        {scripts.map(({ key, title, script }) => (
          <div className="materials__script" data-script={key} key={key}>
            <h4 id={`materials-script-${key}`}>{title}</h4>
            <p className="hint materials__no-print">
              {t("script.length", { words: script.words, seconds: script.seconds })}
            </p>
            <textarea
              className="materials__text materials__no-print"
              readOnly
              rows={key === "short" ? 6 : 14}
              value={script.text}
              aria-labelledby={`materials-script-${key}`}
            />
            {/* On paper the whole text, in large type: a textarea prints only what it shows. */}
            <div className="materials__print">{script.text}</div>
            <div className="detail-buttons materials__no-print">
              <CopyButton text={script.text} labels={labels} />
              <PrintButton target={key} label={t("print")} ariaLabel={t("printLabel", { what: title })} />
            </div>
          </div>
        ))}
      </div>

      <div className="materials__block materials__no-print">
        <h3>{t("sms.title")}</h3>
        <p className="hint">{t("sms.hint")}</p>
        {messages.map(({ key, title, sms }) => (
          <div className="materials__sms" key={key}>
            <h4 id={`materials-sms-${key}`}>{title}</h4>
            <textarea
              className="materials__text"
              readOnly
              rows={3}
              value={sms.text}
              aria-labelledby={`materials-sms-${key}`}
              aria-describedby={`materials-sms-${key}-count`}
            />
            <p className="hint" id={`materials-sms-${key}-count`}>
              {t("sms.count", {
                characters: sms.characters,
                segments: sms.segments,
                encoding: sms.encoding,
                perSegment: sms.perSegment,
              })}
            </p>
            <div className="detail-buttons">
              <CopyButton text={sms.text} labels={labels} />
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
