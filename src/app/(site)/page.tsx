import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { communeNamer } from "@/components/commune-name";
import { perValue, rowTemplate } from "@/i18n/row-messages";
import { getServerCaller } from "@/server/api/server-caller";
import { installShape } from "@/server/communes/data";
import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/**
 * The root: nothing yet (operators set up from the README; visitors are told only that), one
 * commune (its page), or the province's list with a search that works without JavaScript.
 */
export default async function RootPage({ searchParams }: Props) {
  const shape = await installShape(await getDb());
  if (shape.kind === "single") redirect(`/${shape.slug}`);
  const t = await getTranslations("communes");
  if (shape.kind === "empty") {
    return (
      <section className="narrow">
        <h1>{t("notSetUpTitle")}</h1>
        <p>{t("notSetUp")}</p>
      </section>
    );
  }
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100).trim() ?? "";
  const { total, provinces } = await (await getServerCaller()).commune.list({ q });
  const found = provinces.reduce((n, p) => n + p.communes.length, 0);
  const nameOf = await communeNamer();
  // Formatted once for the hundred rows (src/i18n/row-messages.ts).
  const codeText = rowTemplate((v) => t("code", v as { code: string }), "code");
  const openText = perValue((count: number) => t("open", { count }));
  const noneOpen = t("noneOpen");
  return (
    <>
      <section className="hero">
        <h1>{t("listTitle")}</h1>
        <p>{t("listIntro")}</p>
        <form method="get" action="/" className="form commune-search" role="search">
          <label className="field">
            <span className="field__label">{t("searchLabel")}</span>
            <span className="hint">{t("searchHint")}</span>
            <input name="q" type="search" defaultValue={q} maxLength={100} autoComplete="off" enterKeyHint="search" />
          </label>
          <p>
            <button className="button button--primary" type="submit">
              {t("search")}
            </button>{" "}
            {q ? (
              <Link className="button" href="/">
                {t("showAll")}
              </Link>
            ) : null}
          </p>
        </form>
        {q ? <p role="status">{found ? t("found", { count: found, total, q }) : t("none", { q })}</p> : null}
      </section>
      {provinces.map((p) => (
        <section key={p.code} aria-labelledby={`p-${p.code}`}>
          <h2 id={`p-${p.code}`}>{t("province", { name: p.name })}</h2>
          <ul className="commune-list">
            {p.communes.map((c) => (
              // Two elements and a text each: a province lists ~100 communes, and every element is written
              // twice (the HTML and React's payload). A plain link, so the browser prefetches none of them.
              <li key={c.id}>
                <a href={`/${c.slug}`}>{nameOf(c)}</a>
                {`${codeText(c.code)} · ${c.openConsultations ? openText(c.openConsultations) : noneOpen}`}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
