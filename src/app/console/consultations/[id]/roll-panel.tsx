"use client";
// The frozen household roll: searchable by code or head's name, filterable by neighbourhood, 50 a
// page. Removed entries stay listed (muted) with when and why; amendments are made below while open.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { ErrorAlert, useErrorText } from "@/components/console/form-kit";
import { useWhen } from "@/components/console/use-when";
import type { AreaOption } from "./disclosure-form";
import { Pager } from "./pager";
import { RollAmend } from "./roll-amend";

const PAGE_SIZE = 50;

type Props = { consultationId: string; areas: AreaOption[]; canAmend: boolean };

export function RollPanel({ consultationId, areas, canAmend }: Props) {
  const t = useTranslations("consultationDetail.roll");
  const when = useWhen();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const uid = useId();
  const [draft, setDraft] = useState("");
  const [search, setSearch] = useState("");
  const [neighbourhoodId, setNeighbourhoodId] = useState("");
  const [page, setPage] = useState(1);
  const list = useQuery({
    ...trpc.roll.list.queryOptions({
      consultationId,
      neighbourhoodId: neighbourhoodId || undefined,
      search: search || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const names = new Map(areas.map((a) => [a.id, a.name]));
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const hasNotes = list.data?.entries.some((e) => e.removedAt || e.addedReason) ?? false;
  const several = areas.length > 1;

  function applySearch(e: FormEvent) {
    e.preventDefault();
    setSearch(draft.trim());
    setPage(1);
  }

  return (
    <section className="detail-section" aria-labelledby="roll-title">
      <h2 id="roll-title">{t("title")}</h2>
      <p className="hint">{t("hint")}</p>
      {canAmend ? <RollAmend consultationId={consultationId} /> : null}
      <form className="detail-roll__filters" onSubmit={applySearch} role="search">
        <div className="field">
          <label className="field__label" htmlFor={`${uid}-search`}>
            {t("search")}
          </label>
          <div className="detail-roll__search">
            <input
              id={`${uid}-search`}
              type="search"
              maxLength={100}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
            />
            <button type="submit" className="button">
              {t("searchButton")}
            </button>
          </div>
        </div>
        {areas.length > 1 ? (
          <div className="field">
            <label className="field__label" htmlFor={`${uid}-nb`}>
              {t("neighbourhood")}
            </label>
            <select
              id={`${uid}-nb`}
              value={neighbourhoodId}
              onChange={(e) => {
                setNeighbourhoodId(e.target.value);
                setPage(1);
              }}
            >
              <option value="">{t("allNeighbourhoods")}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </form>
      {list.isPending ? (
        <p aria-live="polite">{t("loading")}</p>
      ) : list.isError ? (
        <ErrorAlert messages={errorText(list.error, []).alert} />
      ) : (
        <>
          <p className="detail-roll__count" aria-live="polite">
            {t("found", { total: list.data.total })}
            {list.isFetching ? ` · ${t("loading")}` : ""}
          </p>
          {list.data.entries.length === 0 ? (
            <p className="muted">{t("empty")}</p>
          ) : (
            <div className="table-wrap">
              <table className="table detail-roll__table">
                <thead>
                  <tr>
                    <th scope="col">{t("colCode")}</th>
                    <th scope="col">{t("colHead")}</th>
                    {several ? <th scope="col">{t("colNeighbourhood")}</th> : null}
                    {hasNotes ? <th scope="col">{t("colNote")}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {list.data.entries.map((e) => (
                    <tr key={e.householdCode} className={e.removedAt ? "detail-roll__removed" : undefined}>
                      <td>{e.removedAt ? <s>{e.householdCode}</s> : e.householdCode}</td>
                      <td>{e.headName}</td>
                      {several ? <td>{names.get(e.neighbourhoodId) ?? "—"}</td> : null}
                      {hasNotes ? (
                        <td>
                          {e.removedAt
                            ? t("removed", { when: when(e.removedAt), reason: e.removedReason ?? "" })
                            : e.addedReason
                              ? t("added", { when: when(e.addedAt), reason: e.addedReason })
                              : ""}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 ? (
            <Pager
              t={t}
              position={t("pages", { page, pages })}
              onPrev={page > 1 ? () => setPage(page - 1) : undefined}
              onNext={page < pages ? () => setPage(page + 1) : undefined}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
