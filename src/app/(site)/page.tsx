import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { communeNamer } from "@/components/commune-name";
import { perValue, rowTemplate } from "@/i18n/row-messages";
import { getServerCaller } from "@/server/api/server-caller";
import { installShape } from "@/server/communes/data";
import { getDb } from "@/server/db";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

/** Communes a page of the list: a province holds up to ~170, and each is written twice (HTML and React's payload). */
const PER_PAGE = 50;

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
  const params = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const q = first(params.q)?.slice(0, 100).trim() ?? "";
  const { total, provinces } = await (await getServerCaller()).commune.list({ q });
  const found = provinces.reduce((n, p) => n + p.communes.length, 0);
  // A page of the communes found, in the list's order (province by province); each province's
  // heading shows over its communes on the page.
  const pages = Math.max(1, Math.ceil(found / PER_PAGE));
  const page = Math.min(pages, Math.max(1, Math.trunc(Number(first(params.page))) || 1));
  const from = (page - 1) * PER_PAGE;
  const starts = provinces.map((_, i) => provinces.slice(0, i).reduce((n, p) => n + p.communes.length, 0));
  const shown = provinces
    .map((p, i) => ({
      ...p,
      communes: p.communes.slice(Math.max(0, from - starts[i]), Math.max(0, from + PER_PAGE - starts[i])),
    }))
    .filter((p) => p.communes.length);
  const pageHref = (n: number) =>
    `/?${new URLSearchParams({ ...(q ? { q } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`;
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
      {pages > 1 ? (
        <p role="status">{t("shown", { from: from + 1, to: Math.min(found, from + PER_PAGE), total: found })}</p>
      ) : null}
      {shown.map((p) => (
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
      {pages > 1 ? (
        <nav className="pager" aria-label={t("pager")}>
          {page > 1 ? <a href={pageHref(page - 1)}>← {t("previous")}</a> : null}
          <span>{t("page", { page, pages })}</span>
          {page < pages ? <a href={pageHref(page + 1)}>{t("next")} →</a> : null}
        </nav>
      ) : null}
    </>
  );
}
