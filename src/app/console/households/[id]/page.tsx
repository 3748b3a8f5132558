import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { can } from "@/domain/roles";
import { DataTable } from "@/components/console/data-table";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { HouseholdActiveForm } from "./active-form";
import { ContactCell } from "../contact-cell";
import { HouseholdForm } from "../household-form";
import "@/components/console/households.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// One read per request for the title and the page: a read that shows contacts is an audited view
// (households/data.ts), and the title must not count as a second one.
const loadHousehold = cache(async (id: string) => (await getServerCaller()).household.get({ id }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const h = await loadHousehold((await params).id.slice(0, 64)).catch(() => null);
  return { title: h ? h.code : (await getTranslations("households.list"))("title") };
}

export default async function HouseholdPage({ params }: Props) {
  const id = (await params).id.slice(0, 64);
  const caller = await getServerCaller();
  const [h, me] = await Promise.all([orNavigate(() => loadHousehold(id)), orNavigate(() => caller.session.me())]);
  if (isForbidden(h) || isForbidden(me)) return <ForbiddenNotice />;
  const isAdmin = can(me.role, "register.manage");
  const hoods = isAdmin ? await caller.neighbourhood.list() : [];
  const [t, tc, ts, tStatus, tk, format] = await Promise.all([
    getTranslations("households.detail"),
    getTranslations("households.columns"),
    getTranslations("households.status"),
    getTranslations("status"),
    getTranslations("contacts"),
    getFormatter(),
  ]);
  const when = (d: Date) =>
    `${format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" })}, ${format.dateTime(d, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}`;
  // A household of a merged (inactive) neighbourhood still shows where it is.
  const options = hoods.some((n) => n.id === h.neighbourhood.id) ? hoods : [h.neighbourhood, ...hoods];
  return (
    <>
      <p className="detail-back">
        <Link href="/console/households">← {t("back")}</Link>
      </p>
      <h1>{t("title", { code: h.code, headName: h.headName })}</h1>

      <section className="panel households-section" aria-labelledby="household-details-title">
        <h2 id="household-details-title">{t("detailsTitle")}</h2>
        <dl className="households-details">
          <dt>{tc("code")}</dt>
          <dd>{h.code}</dd>
          <dt>{tc("headName")}</dt>
          <dd>{h.headName}</dd>
          <dt>{tc("neighbourhood")}</dt>
          <dd>{h.neighbourhood.name}</dd>
          <dt>{tc("address")}</dt>
          <dd>{h.address || t("none")}</dd>
          <dt>{tc("members")}</dt>
          <dd>{format.number(h.members)}</dd>
          {h.contact ? (
            <>
              <dt>{tc("phone")}</dt>
              <dd className="households-table__phone">{h.contact.phone ?? t("none")}</dd>
              <dt>{tk("email")}</dt>
              <dd>{h.contact.email ?? t("none")}</dd>
              <dt>{tk("consentColumn")}</dt>
              <dd>{tk(`consent.${h.contact.consent}`)}</dd>
            </>
          ) : (
            <>
              <dt>{tk("column")}</dt>
              <dd>
                <ContactCell
                  contact={null}
                  hasPhone={h.hasPhone}
                  hasEmail={h.hasEmail}
                  text={{ hasPhone: tk("hasPhone"), hasEmail: tk("hasEmail"), none: tk("noContact") }}
                />
              </dd>
            </>
          )}
          <dt>{tc("status")}</dt>
          <dd>
            <span className={`badge ${h.active ? "badge--open" : "badge--expired"}`}>
              {ts(h.active ? "active" : "inactive")}
            </span>
          </dd>
          <dt>{t("credentials")}</dt>
          <dd>{format.number(h._count.credentials)}</dd>
          <dt>{t("created")}</dt>
          <dd>{when(h.createdAt)}</dd>
          <dt>{t("updated")}</dt>
          <dd>{when(h.updatedAt)}</dd>
        </dl>
        <p className="hint">{tk(h.contact ? "auditedNotice" : "hiddenNotice")}</p>
      </section>

      <section className="households-section" aria-labelledby="household-roll-title">
        <h2 id="household-roll-title">{t("rollTitle")}</h2>
        <p className="hint">{t("rollHint")}</p>
        <DataTable
          columns={[t("rollConsultation"), t("rollStatus"), t("rollEntry")]}
          rows={h.rollEntries}
          empty={<p>{t("rollEmpty")}</p>}
        >
          {(r) => (
            <tr key={r.consultationId}>
              <td>
                <Link href={`/console/consultations/${encodeURIComponent(r.consultationId)}`}>
                  {r.consultation.title}
                </Link>
              </td>
              <td>{tStatus(r.consultation.status)}</td>
              <td>{r.removedAt ? `${t("rollRemoved")} (${when(r.removedAt)})` : t("rollIncluded")}</td>
            </tr>
          )}
        </DataTable>
      </section>

      {isAdmin && h.contact ? (
        <>
          <HouseholdForm
            household={{
              id: h.id,
              code: h.code,
              headName: h.headName,
              address: h.address,
              members: h.members,
              phone: h.contact.phone ?? "",
              email: h.contact.email ?? "",
              contactConsent: h.contact.consent,
              neighbourhoodId: h.neighbourhood.id,
            }}
            neighbourhoods={options.map((n) => ({ id: n.id, name: n.name }))}
          />
          <HouseholdActiveForm id={h.id} active={h.active} />
        </>
      ) : null}
    </>
  );
}
