"use client";
// One theme: its title (renamed in place), how many opinions it holds (a button that lists them),
// its response and approval. Officials rename, merge other themes into it and delete it once empty;
// a leader approves its response.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { MAX_THEME_TITLE } from "@/domain/themes";
import { useChosenAction } from "../use-chosen-action";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";
import { useWhen } from "@/components/console/use-when";
import { ResponseForm, ResponseView } from "./response-form";
import type { ThemeItem } from "./types";

type Props = {
  consultationId: string;
  theme: ThemeItem;
  others: ThemeItem[];
  canManage: boolean;
  canApprove: boolean;
  listed: boolean;
  onShow: () => void;
  onDeleted: (title: string) => void;
};

type Action = "rename" | "merge" | "delete" | "approve";

export const isAnswered = (th: ThemeItem) => Boolean(th.responseKind && th.responseText);

export function ThemeStatus({ theme }: { theme: ThemeItem }) {
  const t = useTranslations("themes.state");
  const when = useWhen();
  if (!isAnswered(theme)) return <span className="badge th-badge th-badge--none">{t("unanswered")}</span>;
  if (!theme.approvedAt) return <span className="badge th-badge th-badge--wait">{t("pending")}</span>;
  return <span className="badge th-badge th-badge--ok">{t("approved", { when: when(theme.approvedAt) })}</span>;
}

export function ThemeCard({ consultationId, theme, others, canManage, canApprove, listed, onShow, onDeleted }: Props) {
  const t = useTranslations("themes.card");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const uid = useId();
  const mutations = {
    rename: useMutation(trpc.theme.rename.mutationOptions()),
    merge: useMutation(trpc.theme.merge.mutationOptions()),
    delete: useMutation(trpc.theme.delete.mutationOptions()),
    approve: useMutation(trpc.theme.approve.mutationOptions()),
  };
  const ongoing = useChosenAction(mutations);
  const { action, mutation, busy } = ongoing;
  const [editing, setEditing] = useState(false);
  const [sources, setSources] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState("");
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const shown = mutation?.error ? errorText(mutation.error, action === "rename" ? ["title"] : []) : NO_ERRORS;
  const chosenSources = others.filter((o) => sources.has(o.id));

  // Leaving the rename form puts the keyboard back on the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  function start(next: Action) {
    ongoing.choose(next);
    setDone("");
  }

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.theme.pathKey() });

  function rename(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    start("rename");
    const title = String(new FormData(e.currentTarget).get("title") ?? "");
    mutations.rename.mutate(
      { themeId: theme.id, title },
      {
        onSuccess: async () => {
          await refresh();
          setEditing(false);
          setDone(t("renamed"));
        },
      },
    );
  }

  function merge(e: FormEvent) {
    e.preventDefault();
    start("merge");
    mutations.merge.mutate(
      { targetId: theme.id, sourceIds: chosenSources.map((s) => s.id) },
      {
        onSuccess: async (r) => {
          await refresh();
          setSources(new Set());
          setDone(t("merged", { themes: chosenSources.length, count: r.moved }));
        },
      },
    );
  }

  function remove() {
    start("delete");
    mutations.delete.mutate({ themeId: theme.id }, { onSuccess: () => onDeleted(theme.title) });
  }

  function approve() {
    start("approve");
    mutations.approve.mutate(
      { consultationId, themeIds: [theme.id] },
      {
        onSuccess: async () => {
          await refresh();
          setDone(t("approved"));
        },
      },
    );
  }

  const titleError = action === "rename" ? shown.fields.title : undefined;

  return (
    <li className="th-card">
      <div className="th-card__head">
        {editing ? (
          <form className="th-rename" onSubmit={rename} noValidate>
            <label className="field__label" htmlFor={`${uid}-rename`}>
              {t("titleLabel")}
            </label>
            <div className="th-rename__row">
              <input
                id={`${uid}-rename`}
                name="title"
                defaultValue={theme.title}
                maxLength={MAX_THEME_TITLE}
                autoComplete="off"
                autoFocus
                onKeyDown={(e) => {
                  if (e.key === "Escape") setEditing(false);
                }}
                {...described(titleError, `${uid}-rename-error`)}
              />
              <button type="submit" className="button button--small button--primary" disabled={busy}>
                {mutations.rename.isPending ? t("working") : t("saveTitle")}
              </button>
              <button type="button" className="button button--small" onClick={() => setEditing(false)}>
                {t("cancel")}
              </button>
            </div>
            {theme.approvedAt ? <p className="hint">{t("renameHint")}</p> : null}
            <FieldError id={`${uid}-rename-error`} message={titleError} />
          </form>
        ) : null}
        <h3 id={`${uid}-title`} className="th-card__title" hidden={editing}>
          {theme.title}
        </h3>
        <ThemeStatus theme={theme} />
      </div>
      <div className="th-card__tools">
        <button
          type="button"
          className="th-link"
          aria-pressed={listed}
          aria-label={t("showOpinionsLabel", { count: theme.opinions, title: theme.title })}
          onClick={onShow}
        >
          {t("opinions", { count: theme.opinions })}
        </button>
        {canManage && !editing ? (
          <button
            ref={renameButton}
            type="button"
            className="button button--small"
            onClick={() => {
              start("rename");
              setEditing(true);
            }}
          >
            {t("rename")}
          </button>
        ) : null}
        {canManage && theme.opinions === 0 ? (
          <button type="button" className="button button--small button--danger" onClick={remove} disabled={busy}>
            {mutations.delete.isPending ? t("working") : t("delete")}
          </button>
        ) : null}
        {canApprove && isAnswered(theme) && !theme.approvedAt ? (
          <button type="button" className="button button--small button--primary" onClick={approve} disabled={busy}>
            {mutations.approve.isPending ? t("working") : t("approve")}
          </button>
        ) : null}
      </div>
      {canManage ? <ResponseForm theme={theme} /> : <ResponseView theme={theme} />}
      {canManage && others.length ? (
        <details className="th-merge">
          <summary>{t("mergeSummary")}</summary>
          <form className="form th-merge__form" onSubmit={merge} noValidate>
            <fieldset className="detail-choice">
              <legend className="field__label">{t("mergeLegend", { title: theme.title })}</legend>
              {others.map((o) => (
                <label key={o.id} className="check">
                  <input
                    type="checkbox"
                    checked={sources.has(o.id)}
                    onChange={(e) => {
                      const next = new Set(sources);
                      if (e.currentTarget.checked) next.add(o.id);
                      else next.delete(o.id);
                      setSources(next);
                    }}
                  />
                  <span>{t("mergeOption", { title: o.title, count: o.opinions })}</span>
                </label>
              ))}
            </fieldset>
            <p className="hint">{t("mergeHint")}</p>
            <div className="detail-buttons">
              <button type="submit" className="button button--small" disabled={busy}>
                {mutations.merge.isPending ? t("working") : t("merge", { count: chosenSources.length })}
              </button>
            </div>
          </form>
        </details>
      ) : null}
      <ErrorAlert messages={shown.alert} />
      <p className="detail-done th-done" role="status">
        {done}
      </p>
    </li>
  );
}
