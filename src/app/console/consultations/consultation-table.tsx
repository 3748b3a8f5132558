"use client";
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { CONSULTATION_STATUSES, type ConsultationStatusName } from "@/domain/consultation-status";
import { MATTERS, type MatterName } from "@/domain/matters";
import { DataTable } from "@/components/console/data-table";
import { FilterSelect, InlineFilter, type FilterOption } from "@/components/console/filter-kit";
import { messageOf } from "@/components/console/server-errors";
import { useTRPC } from "@/trpc/client";

type Filter = { status?: ConsultationStatusName; matter?: MatterName; neighbourhoodId?: string; year?: number };
/** One select of the filter row; every one starts on "any", which leaves its filter out. */
type Choice = {
  key: keyof Filter;
  label: string;
  anyLabel: string;
  options: FilterOption[];
  parse?: (v: string) => number;
};

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
  const choices: Choice[] = [
    {
      key: "status",
      label: t("console.filterStatus"),
      anyLabel: t("console.allStatuses"),
      options: CONSULTATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    },
    {
      key: "matter",
      label: t("consultationForm.filterMatter"),
      anyLabel: t("consultationForm.all"),
      options: MATTERS.map((m) => ({ value: m, label: t(`matter.${m}`) })),
    },
    {
      key: "neighbourhoodId",
      label: t("consultationForm.filterNeighbourhood"),
      anyLabel: t("consultationForm.all"),
      options: neighbourhoods.map((n) => ({ value: n.id, label: n.name })),
    },
    {
      key: "year",
      label: t("consultationForm.filterYear"),
      anyLabel: t("consultationForm.all"),
      options: years.map((y) => ({ value: y, label: y })),
      parse: Number,
    },
  ];
  const date = (d: Date | null) =>
    d ? format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" }) : "—";
  return (
    <>
      <div className="filters" role="search">
        {choices.map(({ key, label, anyLabel, options, parse }) => (
          <InlineFilter key={key} label={label}>
            <FilterSelect
              value={filter[key] ?? ""}
              onChange={(e) => pick(key, e.target.value, parse)}
              anyLabel={anyLabel}
              options={options}
            />
          </InlineFilter>
        ))}
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
