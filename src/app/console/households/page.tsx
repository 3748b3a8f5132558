import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/roles";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import {
  householdsHref,
  PAGE_SIZE,
  readHouseholdSearch,
  STATUSES,
  toSearchInput,
  type HouseholdSearchParams,
} from "./search";
import "@/components/console/households.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("households.list"))("title") };
}

const STATUS_LABEL = { active: "statusActive", inactive: "statusInactive", all: "statusAll" } as const;

export default async function HouseholdsPage({ searchParams }: { searchParams: Promise<HouseholdSearchParams> }) {
  const search = readHouseholdSearch(await searchParams);
  const caller = await getServerCaller();
  const [result, hoods, me] = await Promise.all([
    orNavigate(() => caller.household.search(toSearchInput(search))),
    orNavigate(() => caller.neighbourhood.list()),
    orNavigate(() => caller.session.me()),
  ]);
  if (isForbidden(result) || isForbidden(hoods) || isForbidden(me)) return <ForbiddenNotice />;
  const [t, tc, ts, format] = await Promise.all([
    getTranslations("households.list"),
    getTranslations("households.columns"),
    getTranslations("households.status"),
    getFormatter(),
  ]);
  // A head's search is limited to their neighbourhood by the server; the select says so too.
  const options = me.role === "NEIGHBOURHOOD_HEAD" ? hoods.filter((h) => h.id === me.neighbourhoodId) : hoods;
  const filtered = Boolean(search.q || search.neighbourhood || search.status !== "active");
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const from = (search.page - 1) * PAGE_SIZE + 1;
  const n = (v: number) => format.number(v);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        {can(me.role, "register.manage") ? (
          <p className="households-head-links">
            <Link href="/console/households/new">{t("addLink")}</Link>
            <Link href="/console/register/import">{t("importLink")}</Link>
          </p>
        ) : null}
      </div>
      <p className="hint">{t("intro")}</p>

      <form
        className="panel households-filters"
        method="get"
        action="/console/households"
        role="search"
        aria-labelledby="households-filters-title"
      >
        <h2 id="households-filters-title">{t("filters")}</h2>
        <div className="households-filters__grid">
          <div className="field">
            <label className="field__label" htmlFor="households-q">
              {t("q")}
            </label>
            <input
              id="households-q"
              name="q"
              type="search"
              defaultValue={search.q}
              maxLength={120}
              autoComplete="off"
              aria-describedby="households-q-hint"
            />
            <span id="households-q-hint" className="hint">
              {t("qHint")}
            </span>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="households-neighbourhood">
              {t("neighbourhood")}
            </label>
            <select id="households-neighbourhood" name="neighbourhood" defaultValue={search.neighbourhood}>
              <option value="">{t("anyNeighbourhood")}</option>
              {options.map((h) => (
                <option key={h.id} value={h.id}>
                  {h.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="households-status">
              {t("status")}
            </label>
            <select id="households-status" name="status" defaultValue={search.status}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(STATUS_LABEL[s])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="households-filters__actions">
          <button className="button button--small button--primary" type="submit">
            {t("search")}
          </button>
          {filtered ? <Link href="/console/households">{t("clear")}</Link> : null}
        </p>
      </form>

      {result.items.length === 0 ? (
        <p role="status">{filtered || search.page > 1 ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <>
          <p role="status">
            {t("showing", { from: n(from), to: n(from + result.items.length - 1), total: n(result.total) })}
          </p>
          <div className="table-wrap">
            <table className="table households-table">
              <caption className="visually-hidden">{t("caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{tc("code")}</th>
                  <th scope="col">{tc("headName")}</th>
                  <th scope="col">{tc("neighbourhood")}</th>
                  <th scope="col">{tc("address")}</th>
                  <th scope="col" className="num">
                    {tc("members")}
                  </th>
                  <th scope="col">{tc("phone")}</th>
                  <th scope="col">{tc("status")}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((h) => (
                  <tr key={h.id}>
                    <td>
                      <Link href={`/console/households/${encodeURIComponent(h.id)}`}>{h.code}</Link>
                    </td>
                    <td>{h.headName}</td>
                    <td>{h.neighbourhood.name}</td>
                    <td>{h.address}</td>
                    <td className="num">{n(h.members)}</td>
                    <td className="households-table__phone">{h.phone ?? ""}</td>
                    <td>
                      <span className={`badge ${h.active ? "badge--open" : "badge--expired"}`}>
                        {ts(h.active ? "active" : "inactive")}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {pages > 1 ? (
        <nav className="households-pager" aria-label={t("pager")}>
          {search.page > 1 ? (
            <Link href={householdsHref(search, Math.min(search.page - 1, pages))}>← {t("previous")}</Link>
          ) : null}
          <span>{t("page", { page: n(search.page), pages: n(pages) })}</span>
          {search.page < pages ? <Link href={householdsHref(search, search.page + 1)}>{t("next")} →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
