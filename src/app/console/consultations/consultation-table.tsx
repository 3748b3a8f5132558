"use client";
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { CONSULTATION_STATUSES, type ConsultationStatusName } from "@/domain/consultation-status";
import { MATTERS, type MatterName } from "@/domain/matters";
import { messageOf } from "@/components/console/server-errors";
import { useTRPC } from "@/trpc/client";

type Filter = { status?: ConsultationStatusName; matter?: MatterName; neighbourhoodId?: string; year?: number };

export function ConsultationTable({
  neighbourhoods,
  years,
}: {
  neighbourhoods: { id: string; name: string }[];
  years: number[];
}) {
  const t = useTranslations();
  const format = useFormatter();
  const trpc = useTRPC();
  const [filter, setFilter] = useState<Filter>({});
  const list = useQuery(trpc.consultation.list.queryOptions(filter));
  const pick = <K extends keyof Filter>(
    key: K,
    value: string,
    parse: (v: string) => Filter[K] = (v) => v as Filter[K],
  ) => setFilter((f) => ({ ...f, [key]: value ? parse(value) : undefined }));
  const date = (d: Date | null) =>
    d ? format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" }) : "—";
  return (
    <>
      <div className="filters" role="search">
        <label className="field field--inline">
          <span className="field__label">{t("console.filterStatus")}</span>
          <select value={filter.status ?? ""} onChange={(e) => pick("status", e.target.value)}>
            <option value="">{t("console.allStatuses")}</option>
            {CONSULTATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--inline">
          <span className="field__label">{t("consultationForm.filterMatter")}</span>
          <select value={filter.matter ?? ""} onChange={(e) => pick("matter", e.target.value)}>
            <option value="">{t("consultationForm.all")}</option>
            {MATTERS.map((m) => (
              <option key={m} value={m}>
                {t(`matter.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--inline">
          <span className="field__label">{t("consultationForm.filterNeighbourhood")}</span>
          <select value={filter.neighbourhoodId ?? ""} onChange={(e) => pick("neighbourhoodId", e.target.value)}>
            <option value="">{t("consultationForm.all")}</option>
            {neighbourhoods.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--inline">
          <span className="field__label">{t("consultationForm.filterYear")}</span>
          <select value={filter.year ?? ""} onChange={(e) => pick("year", e.target.value, Number)}>
            <option value="">{t("consultationForm.all")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.isPending ? (
        <p aria-live="polite">{t("console.loading")}</p>
      ) : list.isError ? (
        <p className="notice notice--error" role="alert">
          {messageOf(list.error, t("errors.internal"))}
        </p>
      ) : list.data.length === 0 ? (
        <p>{t("console.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("console.colTitle")}</th>
                <th scope="col">{t("console.colMatter")}</th>
                <th scope="col">{t("consultationForm.colArea")}</th>
                <th scope="col">{t("console.colStatus")}</th>
                <th scope="col">{t("console.colCloses")}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link href={`/console/consultations/${c.id}`}>{c.title}</Link>
                  </td>
                  <td>{t(`matter.${c.matter}`)}</td>
                  <td>{t("consultationForm.areaCount", { count: c._count.areas })}</td>
                  <td>
                    <span className={`badge badge--${c.status.toLowerCase()}`}>{t(`status.${c.status}`)}</span>
                  </td>
                  <td>{date(c.closesAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
