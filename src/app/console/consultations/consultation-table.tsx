"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CONSULTATION_STATUSES, type ConsultationStatusName } from "@/domain/consultation-status";
import { useTRPC } from "@/trpc/client";

export type ConsultationTableText = {
  filterStatus: string;
  allStatuses: string;
  loading: string;
  empty: string;
  colTitle: string;
  colMatter: string;
  colStatus: string;
  colCloses: string;
  status: Record<ConsultationStatusName, string>;
  matter: Record<string, string>;
  error: string;
};

export function ConsultationTable({ text, locale }: { text: ConsultationTableText; locale: string }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<ConsultationStatusName | "">("");
  const list = useQuery(trpc.consultation.list.queryOptions(status ? { status } : {}));
  const date = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" });
  return (
    <>
      <label className="field field--inline">
        <span className="field__label">{text.filterStatus}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as ConsultationStatusName | "")}>
          <option value="">{text.allStatuses}</option>
          {CONSULTATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {text.status[s]}
            </option>
          ))}
        </select>
      </label>
      {list.isPending ? (
        <p aria-live="polite">{text.loading}</p>
      ) : list.isError ? (
        <p className="notice notice--error" role="alert">
          {list.error.message || text.error}
        </p>
      ) : list.data.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{text.colTitle}</th>
                <th scope="col">{text.colMatter}</th>
                <th scope="col">{text.colStatus}</th>
                <th scope="col">{text.colCloses}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((c) => (
                <tr key={c.id}>
                  <td>{c.title}</td>
                  <td>{text.matter[c.matter]}</td>
                  <td>
                    <span className={`badge badge--${c.status.toLowerCase()}`}>{text.status[c.status]}</span>
                  </td>
                  <td>{c.closesAt ? date.format(new Date(c.closesAt)) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
