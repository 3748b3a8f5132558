// Staff: the households to phone or visit for one kind of message — no transport reaches them, they
// declined messages, or sending failed — one table per neighbourhood, with a column to tick on the
// round. Printed on A4. A list of households' contacts: each view is audited on the server.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsultationSubPageHeader } from "@/components/console/consultation-page-header";
import { DataTable } from "@/components/console/data-table";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { can } from "@/domain/roles";
import { isForbidden } from "@/server/api/page-guard";
import { loadConsultationPage, loadConsultationPageWith } from "../../load";
import { PrintListButton } from "./print-button";
import "./print-list.css";

export const dynamic = "force-dynamic";

const KINDS = ["INVITATION", "REMINDER", "RESULTS"] as const;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ kind?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("outbox");
  const asked = (await searchParams).kind;
  const kind = KINDS.find((k) => k === asked) ?? "INVITATION";
  const page = await loadConsultationPage((await params).id);
  const title = t("print.title", { kind: t(`kind.${kind}`) });
  return { title: isForbidden(page) ? title : `${title} — ${page.c.title}` };
}

export default async function PrintListPage({ params, searchParams }: Props) {
  const asked = (await searchParams).kind;
  const kind = KINDS.find((k) => k === asked) ?? "INVITATION";
  const page = await loadConsultationPageWith((await params).id, async ({ caller, c, me }) =>
    can(me.role, "contact.read")
      ? caller.outbox.printList({ consultationId: c.id, kind })
      : { forbidden: true as const },
  );
  if (isForbidden(page) || "forbidden" in page.data) return <ForbiddenNotice />;
  const { c, data: rows } = page;
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  const hoods = new Map<string, typeof rows>();
  for (const r of rows) hoods.set(r.neighbourhoodName, [...(hoods.get(r.neighbourhoodName) ?? []), r]);
  const text = rows.find((r) => r.transport === "PRINT")?.text;
  return (
    <article className="detail print-list" aria-labelledby="print-list-title">
      <ConsultationSubPageHeader
        consultation={c}
        back={{ href: `/console/consultations/${encodeURIComponent(c.id)}`, label: t("list.back") }}
        titleId="print-list-title"
        title={t("print.title", { kind: t(`kind.${kind}`) })}
      />
      <p>{t("print.lead")}</p>
      {text ? <blockquote className="print-list__text">{text}</blockquote> : null}
      <p className="hint print-hide">{t("print.audited")}</p>
      <p className="print-hide">
        <PrintListButton />
      </p>
      {rows.length === 0 ? <p className="muted">{t("print.none")}</p> : null}
      {[...hoods].map(([name, list]) => (
        <section key={name} className="print-list__hood">
          <h2>
            {name} — {t("print.households", { count: format.number(list.length) })}
          </h2>
          <DataTable
            caption={name}
            className="print-list__table"
            columns={[
              t("print.code"),
              t("print.head"),
              t("print.address"),
              t("print.phone"),
              t("print.email"),
              t("print.note"),
              t("print.done"),
            ]}
            rows={list}
          >
            {(r) => (
              <tr key={r.id}>
                <td>{r.code}</td>
                <td>{r.headName}</td>
                <td>{r.address}</td>
                <td>{r.phone ?? ""}</td>
                <td>{r.email ?? ""}</td>
                <td>
                  {r.optedOut
                    ? t("print.optedOut")
                    : r.status === "FAILED"
                      ? t("print.failed", { error: r.lastError ?? "" })
                      : ""}
                </td>
                <td className="print-list__tick" aria-hidden="true">
                  ☐
                </td>
              </tr>
            )}
          </DataTable>
          <p className="print-list__sign">{t("print.signature")}</p>
        </section>
      ))}
    </article>
  );
}
