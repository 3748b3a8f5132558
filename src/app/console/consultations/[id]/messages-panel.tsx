// Messages to households (Law on Grassroots Democracy Art 13 k3; docs/LAW.md#r17): how many of each
// kind are waiting, sent, delivered, failed or on the print list, the reminder's days, and the
// officials' buttons. The recipients themselves are on the print list only, for those who may read
// contacts.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/console/data-table";
import { dateParts } from "@/components/console/when";
import { reminderSettable } from "@/domain/outbox";
import type { MessageKind, MessageStatus } from "@/generated/prisma/enums";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";
import { MessageActions } from "./messages-actions";

type Summary = inferRouterOutputs<AppRouter>["outbox"]["summary"];

const KINDS: MessageKind[] = ["INVITATION", "REMINDER", "RESULTS"];
const STATUSES: MessageStatus[] = ["PENDING", "SENDING", "SENT", "DELIVERED", "FAILED", "LISTED"];

export async function MessagesPanel({
  summary,
  canManage,
  canReadContacts,
}: {
  summary: Summary;
  canManage: boolean;
  canReadContacts: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("outbox"), getFormatter()]);
  const tc = await getTranslations("consultationDetail");
  const when = (d: Date) => tc("when", dateParts(format, d));
  const c = summary.consultation;
  const count = (kind: MessageKind, status?: MessageStatus) =>
    summary.counts.filter((x) => x.kind === kind && (!status || x.status === status)).reduce((n, x) => n + x.count, 0);
  const queuedAt: Record<MessageKind, Date | null> = {
    INVITATION: c.invitationsQueuedAt,
    REMINDER: c.remindersQueuedAt,
    RESULTS: c.resultsQueuedAt,
  };
  const on = [summary.transports.sms && t("transport.SMS"), summary.transports.email && t("transport.EMAIL")].filter(
    Boolean,
  );
  const failed = summary.counts.filter((x) => x.status === "FAILED").reduce((n, x) => n + x.count, 0);
  const base = `/console/consultations/${encodeURIComponent(c.id)}/messages`;
  return (
    <section className="detail-section" aria-labelledby="messages-title">
      <h2 id="messages-title">{t("title")}</h2>
      <p className="hint">{t("hint")}</p>
      <p className={on.length ? "" : "notice"}>
        {on.length ? t("transportsOn", { list: on.join(", ") }) : t("transportsOff")}
      </p>
      <DataTable
        label={t("tableLabel")}
        columns={[t("kindColumn"), t("queuedAt"), ...STATUSES.map((s) => ({ label: t(`status.${s}`), numeric: true }))]}
        rows={KINDS}
      >
        {(kind) => (
          <tr key={kind}>
            <th scope="row">{t(`kind.${kind}`)}</th>
            <td>{queuedAt[kind] ? when(queuedAt[kind]) : t("notQueued")}</td>
            {STATUSES.map((s) => (
              <td key={s} className="num">
                {format.number(count(kind, s))}
              </td>
            ))}
          </tr>
        )}
      </DataTable>
      <p className="hint">{t("autoInvitation")}</p>
      <p>
        {c.remindersQueuedAt
          ? t("reminder.queued", { at: when(c.remindersQueuedAt) })
          : c.reminderDays
            ? t("reminder.current", { days: c.reminderDays })
            : t("reminder.none")}
      </p>
      <MessageActions
        consultationId={c.id}
        status={c.status}
        canManage={canManage}
        reminderDays={c.reminderDays}
        reminderLocked={!reminderSettable(c)}
        queued={{
          INVITATION: c.invitationsQueuedAt !== null,
          REMINDER: c.remindersQueuedAt !== null,
          RESULTS: c.resultsQueuedAt !== null,
        }}
        failed={failed}
      />
      <nav className="detail-tools" aria-label={t("title")}>
        <Link className="button button--small" href={base}>
          {t("listLink")}
        </Link>
        {canReadContacts
          ? KINDS.filter((k) => count(k, "LISTED") + count(k, "FAILED") > 0).map((k) => (
              <Link key={k} className="button button--small" href={`${base}/print?kind=${k}`}>
                {t("printLink", { kind: t(`kind.${k}`) })}
              </Link>
            ))
          : null}
      </nav>
    </section>
  );
}
