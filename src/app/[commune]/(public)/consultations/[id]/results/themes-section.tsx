import { getTranslations } from "next-intl/server";
import type { PublicResults } from "./types";

/** The approved answers to the written opinions, theme by theme (tiếp thu / giải trình / chuyển). */
export async function ThemesSection({ themes }: { themes: PublicResults["themes"] }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="did">
      <h2 id="did">{t("results.did.title")}</h2>
      {themes.length ? (
        <>
          <p className="hint">{t("results.did.help")}</p>
          <ol className="results-themes">
            {themes.map((theme) => (
              <li key={theme.id} className="results-theme">
                <h3 className="results-theme__title">{theme.title}</h3>
                <p className="results-theme__meta">
                  <span className={`results-kind results-kind--${theme.responseKind.toLowerCase()}`}>
                    {t(`themes.responseKind.${theme.responseKind}`)}
                  </span>
                  <span>{t("results.did.opinions", { count: theme.opinions })}</span>
                </p>
                <p className="prose results-theme__response">
                  <strong>{t("results.did.response")}:</strong> {theme.responseText}
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{t("results.did.none")}</p>
      )}
    </section>
  );
}
