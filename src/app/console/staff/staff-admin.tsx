"use client";
// The staff accounts page's working area: the accounts table, the create form, and one account's
// action panel at a time, opened under its row. Results are announced in one status line.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTranslations } from "next-intl";
import { Fragment, useId, useRef, useState } from "react";
import type { AppRouter } from "@/server/api/root";
import { DataTable } from "@/components/console/data-table";
import { useTRPC } from "@/trpc/client";
import type { NeighbourhoodOption } from "./account-fields";
import { AccountPanel, type AccountAction } from "./account-panel";
import { CreateForm } from "./create-form";

export type StaffItem = inferRouterOutputs<AppRouter>["staff"]["list"][number];

type Props = { initial: StaffItem[]; neighbourhoods: NeighbourhoodOption[]; meId: string };
type Open = { id: string; action: AccountAction } | { id: "new"; action: "create" };

const COLUMNS = [
  "colUsername",
  "colName",
  "colTitle",
  "colRole",
  "colNeighbourhood",
  "colStatus",
  "colActions",
] as const;

export function StaffAdmin({ initial, neighbourhoods, meId }: Props) {
  const t = useTranslations("admin.staff");
  const tr = useTranslations("role");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery({ ...trpc.staff.list.queryOptions(), initialData: initial });
  const uid = useId();
  const [open, setOpen] = useState<Open | null>(null);
  const [done, setDone] = useState("");
  const doneRef = useRef<HTMLParagraphElement>(null);
  const buttonId = (id: string, action: string) => `${uid}-${id}-${action}`;

  function start(next: Open) {
    setDone("");
    setOpen((current) => (current?.id === next.id && current.action === next.action ? null : next));
  }

  // Closing a form puts the keyboard back on the button that opened it.
  function close() {
    const opener = open && buttonId(open.id, open.action);
    setOpen(null);
    if (opener) requestAnimationFrame(() => document.getElementById(opener)?.focus());
  }

  async function finish(message: string) {
    await queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
    setOpen(null);
    setDone(message);
    requestAnimationFrame(() => doneRef.current?.focus());
  }

  const creating = open?.action === "create";

  return (
    <>
      <div className="detail-buttons">
        <button
          id={buttonId("new", "create")}
          type="button"
          className={`button${creating ? "" : " button--primary"}`}
          aria-expanded={creating}
          onClick={() => start({ id: "new", action: "create" })}
        >
          {t("create.open")}
        </button>
      </div>
      {creating ? (
        <CreateForm
          neighbourhoods={neighbourhoods}
          onCancel={close}
          onCreated={(username) => finish(t("create.done", { username }))}
        />
      ) : null}
      <p className="detail-done adm-done" role="status" ref={doneRef} tabIndex={-1}>
        {done}
      </p>
      <DataTable
        className="adm-table"
        caption={t("tableCaption")}
        columns={COLUMNS.map((c) => t(c))}
        rows={list.data}
        emptyRow={t("empty")}
      >
        {(a) => {
          const action = open && open.id === a.id && open.action !== "create" ? open.action : null;
          const actions: AccountAction[] = a.id === meId && a.active ? ["edit", "reset"] : ["edit", "active", "reset"];
          return (
            <Fragment key={a.id}>
              <tr className={a.active ? undefined : "adm-row--inactive"}>
                <th scope="row">
                  <code>{a.username}</code> {a.id === meId ? <span className="muted">{t("you")}</span> : null}
                </th>
                <td>{a.fullName}</td>
                <td>{a.title || "—"}</td>
                <td>{tr(a.role)}</td>
                <td>{a.role === "NEIGHBOURHOOD_HEAD" ? (a.neighbourhoodName ?? "—") : "—"}</td>
                <td>
                  <span className={`badge ${a.active ? "badge--open" : "badge--cancelled"}`}>
                    {a.active ? t("active") : t("inactive")}
                  </span>
                </td>
                <td>
                  <div className="adm-actions" role="group" aria-label={t("actionsFor", { username: a.username })}>
                    {actions.map((act) => (
                      <button
                        key={act}
                        id={buttonId(a.id, act)}
                        type="button"
                        className={`button button--small${act === "active" && a.active ? " button--danger" : ""}`}
                        aria-expanded={action === act}
                        onClick={() => start({ id: a.id, action: act })}
                      >
                        {act === "active" ? t(a.active ? "deactivate.open" : "activate.open") : t(`${act}.open`)}
                      </button>
                    ))}
                  </div>
                </td>
              </tr>
              {action ? (
                <tr className="adm-panel-row">
                  <td colSpan={COLUMNS.length}>
                    <AccountPanel
                      key={action}
                      account={a}
                      action={action}
                      neighbourhoods={neighbourhoods}
                      onDone={finish}
                      onCancel={close}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        }}
      </DataTable>
    </>
  );
}
