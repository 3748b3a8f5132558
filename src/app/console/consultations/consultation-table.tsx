"use client";
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { CONSULTATION_STATUSES, type ConsultationStatusName } from "@/domain/consultation-status";
import { MATTERS, type MatterName } from "@/domain/matters";
import { DataTable } from "@/components/console/data-table";
import { FilterSelect, InlineFilter } from "@/components/console/filter-kit";
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
        <InlineFilter label={t("console.filterStatus")}>
          <FilterSelect
            value={filter.status ?? ""}
            onChange={(e) => pick("status", e.target.value)}
            anyLabel={t("console.allStatuses")}
            options={CONSULTATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </InlineFilter>
        <InlineFilter label={t("consultationForm.filterMatter")}>
          <FilterSelect
            value={filter.matter ?? ""}
            onChange={(e) => pick("matter", e.target.value)}
            anyLabel={t("consultationForm.all")}
            options={MATTERS.map((m) => ({ value: m, label: t(`matter.${m}`) }))}
          />
        </InlineFilter>
        <InlineFilter label={t("consultationForm.filterNeighbourhood")}>
          <FilterSelect
            value={filter.neighbourhoodId ?? ""}
            onChange={(e) => pick("neighbourhoodId", e.target.value)}
            anyLabel={t("consultationForm.all")}
            options={neighbourhoods.map((n) => ({ value: n.id, label: n.name }))}
          />
        </InlineFilter>
        <InlineFilter label={t("consultationForm.filterYear")}>
          <FilterSelect
            value={filter.year ?? ""}
            onChange={(e) => pick("year", e.target.value, Number)}
            anyLabel={t("consultationForm.all")}
            options={years.map((y) => ({ value: y, label: y }))}
          />
        </InlineFilter>
      </div>
      {list.isPending ? (
        <p aria-live="polite">{t("console.loading")}</p>
      ) : list.isError ? (
        <p className="notice notice--error" role="alert">
          {messageOf(list.error, t("errors.internal"))}
        </p>
      ) : (
        <DataTable
          columns={[
            t("console.colTitle"),
            t("console.colMatter"),
            t("consultationForm.colArea"),
            t("console.colStatus"),
            t("console.colCloses"),
          ]}
          rows={list.data}
          empty={<p>{t("console.empty")}</p>}
        >
          {(c) => (
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
          )}
        </DataTable>
      )}
    </>
  );
}
