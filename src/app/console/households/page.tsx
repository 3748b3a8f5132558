import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/roles";
import { DataTable } from "@/components/console/data-table";
import { FilterField, FilterPanel, SelectFilter } from "@/components/console/filter-kit";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { ContactCell } from "./contact-cell";
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
  const [t, tc, ts, tk, format] = await Promise.all([
    getTranslations("households.list"),
    getTranslations("households.columns"),
    getTranslations("households.status"),
    getTranslations("contacts"),
    getFormatter(),
  ]);
  // The server sends phones and e-mails only to contact.read, and records the view (data.ts).
  const shown = result.contactsShown;
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
      <p className="hint">{tk(shown ? "auditedNotice" : "hiddenNotice")}</p>

      <FilterPanel
        action="/console/households"
        isSearch
        title={t("filters")}
        titleId="households-filters-title"
        submit={t("search")}
        clear={filtered ? { href: "/console/households", label: t("clear") } : undefined}
      >
        <FilterField id="households-q" label={t("q")} hint={t("qHint")}>
          {(control) => (
            <input {...control} name="q" type="search" defaultValue={search.q} maxLength={120} autoComplete="off" />
          )}
        </FilterField>
        <SelectFilter
          id="households-neighbourhood"
          label={t("neighbourhood")}
          name="neighbourhood"
          defaultValue={search.neighbourhood}
          anyLabel={t("anyNeighbourhood")}
          options={options.map((h) => ({ value: h.id, label: h.name }))}
        />
        <SelectFilter
          id="households-status"
          label={t("status")}
          name="status"
          defaultValue={search.status}
          options={STATUSES.map((s) => ({ value: s, label: t(STATUS_LABEL[s]) }))}
        />
      </FilterPanel>

      {result.items.length > 0 ? (
        <p role="status">
          {t("showing", { from: n(from), to: n(from + result.items.length - 1), total: n(result.total) })}
        </p>
      ) : null}
      <DataTable
        className="households-table"
        caption={t("caption")}
        columns={[
          tc("code"),
          tc("headName"),
          tc("neighbourhood"),
          tc("address"),
          { label: tc("members"), numeric: true },
          tk("column"),
          ...(shown ? [tk("consentColumn")] : []),
          tc("status"),
        ]}
        rows={result.items}
        empty={<p role="status">{filtered || search.page > 1 ? t("emptyFiltered") : t("empty")}</p>}
      >
        {(h) => (
          <tr key={h.id}>
            <td>
              <Link href={`/console/households/${encodeURIComponent(h.id)}`}>{h.code}</Link>
            </td>
            <td>{h.headName}</td>
            <td>{h.neighbourhood.name}</td>
            <td>{h.address}</td>
            <td className="num">{n(h.members)}</td>
            <td className="households-table__phone">
              <ContactCell
                contact={h.contact}
                hasPhone={h.hasPhone}
                hasEmail={h.hasEmail}
                text={{ hasPhone: tk("hasPhone"), hasEmail: tk("hasEmail"), none: tk("noContact") }}
              />
            </td>
            {h.contact ? <td>{tk(`consent.${h.contact.consent}`)}</td> : null}
            <td>
              <span className={`badge ${h.active ? "badge--open" : "badge--expired"}`}>
                {ts(h.active ? "active" : "inactive")}
              </span>
            </td>
          </tr>
        )}
      </DataTable>

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
