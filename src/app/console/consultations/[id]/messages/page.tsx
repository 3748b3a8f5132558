// Staff: each message of one consultation with its status — waiting, sent, delivered, failed (with
// the last error and the next try), or on the print list. Recipients are masked here: the full
// contacts are on the print list only, for those who may read them (docs/LAW.md#r17).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConsultationSubPageHeader } from "@/components/console/consultation-page-header";
import { DataTable } from "@/components/console/data-table";
import { dateParts } from "@/components/console/when";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { isForbidden } from "@/server/api/page-guard";
import { consultationSubPageMetadata, loadConsultationPageWith } from "../load";

export const dynamic = "force-dynamic";
export const generateMetadata = consultationSubPageMetadata("outbox.list");

const KINDS = ["INVITATION", "REMINDER", "RESULTS"] as const;
const STATUSES = ["PENDING", "SENDING", "SENT", "DELIVERED", "FAILED", "LISTED"] as const;
const PAGE = 50;

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ kind?: string; status?: string; page?: string }>;
};

export default async function MessagesPage({ params, searchParams }: Props) {
  const q = await searchParams;
  const kind = KINDS.find((k) => k === q.kind);
  const status = STATUSES.find((s) => s === q.status);
  const pageNo = Math.max(1, Math.min(100_000, Number.parseInt(q.page ?? "1", 10) || 1));
  const page = await loadConsultationPageWith((await params).id, ({ caller, c }) =>
    caller.outbox.list({ consultationId: c.id, kind, status, offset: (pageNo - 1) * PAGE, limit: PAGE }),
  );
  if (isForbidden(page)) return <ForbiddenNotice />;
  const { c, data } = page;
  const [t, tc, format] = await Promise.all([
    getTranslations("outbox"),
    getTranslations("consultationDetail"),
    getFormatter(),
  ]);
  const when = (d: Date) => tc("when", dateParts(format, d));
  const base = `/console/consultations/${encodeURIComponent(c.id)}`;
  const link = (n: number) => {
    const s = new URLSearchParams();
    if (kind) s.set("kind", kind);
    if (status) s.set("status", status);
    if (n > 1) s.set("page", String(n));
    return `${base}/messages${s.size ? `?${s}` : ""}`;
  };
  const pages = Math.max(1, Math.ceil(data.total / PAGE));
  return (
    <article className="detail" aria-labelledby="messages-list-title">
      <ConsultationSubPageHeader
        consultation={c}
        back={{ href: base, label: t("list.back") }}
        titleId="messages-list-title"
        title={t("list.title")}
      />
      <form className="form form--inline" method="get" action={`${base}/messages`}>
        <label>
          {t("list.filterKind")}{" "}
          <select name="kind" defaultValue={kind ?? ""}>
            <option value="">{t("list.all")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("list.filterStatus")}{" "}
          <select name="status" defaultValue={status ?? ""}>
            <option value="">{t("list.all")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>{" "}
        <button type="submit" className="button button--small">
          {t("list.apply")}
        </button>
      </form>
      <p>{t("list.total", { count: format.number(data.total) })}</p>
      <DataTable
        caption={t("list.title")}
        columns={[
          t("list.household"),
          t("list.neighbourhood"),
          t("kindColumn"),
          t("list.recipient"),
          t("list.filterStatus"),
          { label: t("list.attempts"), numeric: true },
          t("list.updated"),
          t("list.error"),
        ]}
        rows={data.rows}
        empty={<p className="muted">{t("list.empty")}</p>}
      >
        {(m) => (
          <tr key={m.id}>
            <td>{m.householdCode}</td>
            <td>{m.neighbourhoodName}</td>
            <td>{t(`kind.${m.kind}`)}</td>
            <td>
              {m.transport === "PRINT" ? t("transport.PRINT") : `${t(`transport.${m.transport}`)} ${m.recipient}`}
            </td>
            <td>
              {t(`status.${m.status}`)}
              {m.status === "PENDING" && m.attempts > 0 ? (
                <>
                  <br />
                  <span className="hint">{t("list.nextAttempt", { at: when(m.nextAttemptAt) })}</span>
                </>
              ) : null}
            </td>
            <td className="num">{format.number(m.attempts)}</td>
            <td>{when(m.deliveredAt ?? m.sentAt ?? m.updatedAt)}</td>
            <td>{m.lastError ?? ""}</td>
          </tr>
        )}
      </DataTable>
      {pages > 1 ? (
        <nav className="detail-pager" aria-label={t("list.title")}>
          {pageNo > 1 ? (
            <Link className="button button--small" href={link(pageNo - 1)}>
              {t("list.prev")}
            </Link>
          ) : null}
          <span>
            {pageNo} / {pages}
          </span>
          {pageNo < pages ? (
            <Link className="button button--small" href={link(pageNo + 1)}>
              {t("list.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </article>
  );
}
