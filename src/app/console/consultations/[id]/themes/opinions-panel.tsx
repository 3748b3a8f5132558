"use client";
// The opinions received, 100 a page, filtered by question, neighbourhood, channel and theme. Officials
// tick opinions (shift-click ticks a range) and act on the selection from the toolbar. A selection
// belongs to the page it was made on: changing filter or page starts a new one.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from "react";
import { useTRPC } from "@/trpc/client";
import { ErrorAlert, useErrorText } from "@/components/console/form-kit";
import { Pager } from "../pager";
import { SelectionToolbar } from "./selection-toolbar";
import type { AreaOption, Channel, Filter, Opinion, QuestionOption, ThemeItem } from "./types";

export const PAGE_SIZE = 100;
const QUESTION_LABEL_LENGTH = 60;

type Props = {
  consultationId: string;
  filter: Filter;
  onFilter: (f: Filter) => void;
  offset: number;
  onOffset: (offset: number) => void;
  questions: QuestionOption[];
  areas: AreaOption[];
  channels: string[];
  themes: ThemeItem[];
  canManage: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

export const opinionKey = (o: Pick<Opinion, "kind" | "id">) => `${o.kind}:${o.id}`;

function shorten(text: string, max: number) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export function OpinionsPanel({
  consultationId,
  filter,
  onFilter,
  offset,
  onOffset,
  questions,
  areas,
  channels,
  themes,
  canManage,
  headingRef,
}: Props) {
  const t = useTranslations("themes.opinions");
  const tc = useTranslations("channel");
  const format = useFormatter();
  const errorText = useErrorText();
  const trpc = useTRPC();
  const uid = useId();
  const list = useQuery({
    ...trpc.theme.opinions.queryOptions({
      consultationId,
      questionId: filter.questionId || undefined,
      neighbourhoodId: filter.neighbourhoodId || undefined,
      channel: (filter.channel || undefined) as Channel | undefined,
      theme: filter.theme || undefined,
      offset,
      limit: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const viewKey = JSON.stringify([filter, offset]);
  // The last ticked row anchors a shift-click range.
  const [selection, setSelection] = useState<{ view: string; keys: ReadonlySet<string>; last: number | null }>({
    view: viewKey,
    keys: new Set(),
    last: null,
  });
  const selectAll = useRef<HTMLInputElement>(null);

  const items = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const current = selection.view === viewKey;
  const keys = current ? selection.keys : new Set<string>();
  const anchor = current ? selection.last : null;
  const chosen = items.filter((o) => keys.has(opinionKey(o)));
  const allChosen = items.length > 0 && chosen.length === items.length;

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = chosen.length > 0 && !allChosen;
  }, [chosen.length, allChosen]);

  // After opinions move out of the current filter the page may be past the end.
  useEffect(() => {
    if (list.data && !list.isPlaceholderData && offset > 0 && offset >= list.data.total) {
      onOffset(Math.max(0, Math.floor((list.data.total - 1) / PAGE_SIZE) * PAGE_SIZE));
    }
  }, [list.data, list.isPlaceholderData, offset, onOffset]);

  const themeTitle = new Map(themes.map((th) => [th.id, th.title]));
  const questionText = new Map(
    questions.map((q) => [
      q.id,
      t("question", { number: q.position + 1, text: shorten(q.text, QUESTION_LABEL_LENGTH) }),
    ]),
  );

  function tick(index: number, on: boolean, range: boolean) {
    const next = new Set(keys);
    const from = range && anchor !== null ? Math.min(anchor, index) : index;
    const to = range && anchor !== null ? Math.max(anchor, index) : index;
    for (const o of items.slice(from, to + 1)) {
      if (on) next.add(opinionKey(o));
      else next.delete(opinionKey(o));
    }
    setSelection({ view: viewKey, keys: next, last: index });
  }

  function tickAll(on: boolean) {
    setSelection({ view: viewKey, keys: on ? new Set(items.map(opinionKey)) : new Set(), last: null });
  }

  function filterSelect(
    name: keyof Filter,
    label: string,
    options: { value: string; label: string }[],
    all: string,
    extra?: ReactNode,
  ) {
    return (
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-${name}`}>
          {label}
        </label>
        <select
          id={`${uid}-${name}`}
          value={filter[name]}
          onChange={(e) => onFilter({ ...filter, [name]: e.target.value })}
        >
          <option value="">{all}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {extra}
        </select>
      </div>
    );
  }

  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + items.length, total);
  const filtered = Object.values(filter).some(Boolean);

  return (
    <section id="th-opinions" className="th-opinions" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} ref={headingRef} tabIndex={-1} className="th-panel-title">
        {t("title")}
      </h2>
      <div className="th-filters" role="group" aria-label={t("filtersLabel")}>
        {filterSelect(
          "theme",
          t("filterTheme"),
          [
            { value: "ungrouped", label: t("themeUngrouped") },
            { value: "grouped", label: t("themeGrouped") },
          ],
          t("themeAll"),
          themes.length ? (
            <optgroup label={t("themeGroup")}>
              {themes.map((th) => (
                <option key={th.id} value={th.id}>
                  {t("themeOption", { title: shorten(th.title, 80), count: th.opinions })}
                </option>
              ))}
            </optgroup>
          ) : null,
        )}
        {questions.length
          ? filterSelect(
              "questionId",
              t("filterQuestion"),
              questions.map((q) => ({ value: q.id, label: questionText.get(q.id)! })),
              t("questionAll"),
            )
          : null}
        {areas.length > 1
          ? filterSelect(
              "neighbourhoodId",
              t("filterNeighbourhood"),
              areas.map((a) => ({ value: a.id, label: a.name })),
              t("neighbourhoodAll"),
            )
          : null}
        {filterSelect(
          "channel",
          t("filterChannel"),
          channels.map((c) => ({ value: c, label: tc(c as Channel) })),
          t("channelAll"),
        )}
      </div>
      {canManage ? (
        <SelectionToolbar
          consultationId={consultationId}
          chosen={chosen}
          themes={themes}
          onClear={() => tickAll(false)}
        />
      ) : null}
      {list.isPending ? (
        <p aria-live="polite">{t("loading")}</p>
      ) : list.isError ? (
        <ErrorAlert messages={errorText(list.error, []).alert} />
      ) : (
        <>
          <div className="th-list-head">
            {canManage && items.length ? (
              <label className="check th-all">
                <input
                  ref={selectAll}
                  type="checkbox"
                  checked={allChosen}
                  onChange={(e) => tickAll(e.currentTarget.checked)}
                />
                <span>{t("selectPage")}</span>
              </label>
            ) : null}
            <p className="th-count" aria-live="polite">
              {t("range", { first, last, total })}
              {list.isFetching ? ` · ${t("loading")}` : ""}
            </p>
          </div>
          {items.length === 0 ? (
            <p className="muted">{filtered ? t("emptyFiltered") : t("empty")}</p>
          ) : (
            <ul className="th-ops">
              {items.map((o, i) => {
                const key = opinionKey(o);
                const on = keys.has(key);
                const id = `${uid}-op-${i}`;
                return (
                  <li key={key} className={on ? "th-op th-op--on" : "th-op"}>
                    {canManage ? (
                      <input
                        id={id}
                        type="checkbox"
                        className="th-op__check"
                        checked={on}
                        aria-describedby={`${id}-meta`}
                        onChange={(e) =>
                          tick(i, e.currentTarget.checked, (e.nativeEvent as MouseEvent).shiftKey === true)
                        }
                      />
                    ) : null}
                    <div className="th-op__body">
                      {canManage ? (
                        <label htmlFor={id} className="th-op__text">
                          {o.text}
                        </label>
                      ) : (
                        <p className="th-op__text">{o.text}</p>
                      )}
                      <p id={`${id}-meta`} className="th-op__meta">
                        <span>
                          {o.questionId ? (questionText.get(o.questionId) ?? t("questionUnknown")) : t("suggestionBox")}
                        </span>
                        <span>{o.neighbourhoodName ?? t("noNeighbourhood")}</span>
                        <span>{tc(o.channel as Channel)}</span>
                        <span>
                          {format.dateTime(new Date(o.receivedAt), {
                            day: "2-digit",
                            month: "2-digit",
                            year: "numeric",
                          })}
                        </span>
                        <span className={o.themeId ? "th-op__theme" : "th-op__theme th-op__theme--none"}>
                          {o.themeId ? t("inTheme", { title: themeTitle.get(o.themeId) ?? "—" }) : t("notInTheme")}
                        </span>
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {total > PAGE_SIZE ? (
            <Pager
              t={t}
              position={t("range", { first, last, total })}
              onPrev={offset > 0 ? () => onOffset(Math.max(0, offset - PAGE_SIZE)) : undefined}
              onNext={offset + PAGE_SIZE < total ? () => onOffset(offset + PAGE_SIZE) : undefined}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
