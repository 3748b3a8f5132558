"use client";
// What an official does with the ticked opinions: move them into a theme, start a new theme with
// them (the fast path), or take them out of their theme. Moving opinions withdraws the approval of
// every theme they leave or join, so the toolbar says so.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { MAX_THEME_TITLE } from "@/domain/themes";
import { useChosenAction } from "../use-chosen-action";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";
import type { Opinion, ThemeItem } from "./types";

type Props = { consultationId: string; chosen: Opinion[]; themes: ThemeItem[]; onClear: () => void };

type Action = "assign" | "create" | "ungroup";

function refsOf(chosen: Opinion[]) {
  return {
    answerIds: chosen.filter((o) => o.kind === "answer").map((o) => o.id),
    suggestionIds: chosen.filter((o) => o.kind === "suggestion").map((o) => o.id),
  };
}

export function SelectionToolbar({ consultationId, chosen, themes, onClear }: Props) {
  const t = useTranslations("themes.toolbar");
  const te = useTranslations("themes.errors");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const uid = useId();
  const mutations = {
    assign: useMutation(trpc.theme.assign.mutationOptions()),
    create: useMutation(trpc.theme.create.mutationOptions()),
    ungroup: useMutation(trpc.theme.ungroup.mutationOptions()),
  };
  const ongoing = useChosenAction(mutations);
  const { action, mutation, busy } = ongoing;
  const [target, setTarget] = useState("");
  const [title, setTitle] = useState("");
  const [local, setLocal] = useState<{ target?: string; title?: string; alert?: string }>({});
  const [done, setDone] = useState("");

  const count = chosen.length;
  const anyGrouped = chosen.some((o) => o.themeId);
  const targetValid = themes.some((th) => th.id === target);
  const shown = mutation?.error ? errorText(mutation.error, action === "create" ? ["title"] : []) : NO_ERRORS;
  const titleError = local.title ?? (action === "create" ? shown.fields.title : undefined);
  const alert = local.alert ? [local.alert] : shown.alert;

  function start(next: Action) {
    ongoing.choose(next);
    setLocal({});
    setDone("");
  }

  async function finish(message: string) {
    await queryClient.invalidateQueries({ queryKey: trpc.theme.pathKey() });
    onClear();
    setDone(message);
  }

  function assign(e: FormEvent) {
    e.preventDefault();
    start("assign");
    if (!targetValid) return setLocal({ target: te("noThemeSelected") });
    if (!count) return setLocal({ alert: te("noneSelected") });
    const theme = themes.find((th) => th.id === target)!;
    mutations.assign.mutate(
      { themeId: target, ...refsOf(chosen) },
      { onSuccess: (r) => finish(t("assigned", { count: r.assigned, title: theme.title })) },
    );
  }

  function create(e: FormEvent) {
    e.preventDefault();
    start("create");
    const name = title.trim();
    if (!name) return setLocal({ title: te("titleRequired") });
    mutations.create.mutate(
      { consultationId, title: name, ...refsOf(chosen) },
      {
        onSuccess: (r) => {
          setTitle("");
          // The next batch most likely goes to the theme just made.
          setTarget(r.id);
          return finish(t("created", { count: r.assigned, title: name }));
        },
      },
    );
  }

  function ungroup() {
    start("ungroup");
    if (!count) return setLocal({ alert: te("noneSelected") });
    mutations.ungroup.mutate(
      { consultationId, ...refsOf(chosen) },
      { onSuccess: (r) => finish(t("ungrouped", { count: r.ungrouped })) },
    );
  }

  return (
    <>
      <p className="hint th-toolbar__hint">{t("hint")}</p>
      <div className="th-toolbar" role="region" aria-label={t("label")}>
        <div className="th-toolbar__count">
          <p aria-live="polite">
            <strong>{t("selected", { count })}</strong>
          </p>
          {count ? (
            <button type="button" className="button button--small" onClick={onClear}>
              {t("clear")}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small th-toolbar__ungroup"
            onClick={ungroup}
            disabled={busy || !anyGrouped}
          >
            {mutations.ungroup.isPending ? t("working") : t("ungroup")}
          </button>
        </div>
        <div className="th-toolbar__actions">
          <form className="th-toolbar__form" onSubmit={assign} noValidate>
            <label className="field__label" htmlFor={`${uid}-target`}>
              {t("assignTo")}
            </label>
            <div className="th-toolbar__row">
              <select
                id={`${uid}-target`}
                value={targetValid ? target : ""}
                onChange={(e) => setTarget(e.target.value)}
                {...described(local.target, `${uid}-target-error`)}
              >
                <option value="">{themes.length ? t("chooseTheme") : t("noThemes")}</option>
                {themes.map((th) => (
                  <option key={th.id} value={th.id}>
                    {th.title}
                  </option>
                ))}
              </select>
              <button type="submit" className="button" disabled={busy || !themes.length}>
                {mutations.assign.isPending ? t("working") : t("assign")}
              </button>
            </div>
            <FieldError id={`${uid}-target-error`} message={local.target} />
          </form>
          <form className="th-toolbar__form" onSubmit={create} noValidate>
            <label className="field__label" htmlFor={`${uid}-title`}>
              {t("newTitle")}
            </label>
            <div className="th-toolbar__row">
              <input
                id={`${uid}-title`}
                value={title}
                maxLength={MAX_THEME_TITLE}
                autoComplete="off"
                onChange={(e) => setTitle(e.target.value)}
                {...described(titleError, `${uid}-title-error`)}
              />
              <button type="submit" className="button button--primary" disabled={busy}>
                {mutations.create.isPending ? t("working") : t("create")}
              </button>
            </div>
            <FieldError id={`${uid}-title-error`} message={titleError} />
          </form>
        </div>
        <ErrorAlert messages={alert} />
        <p className="detail-done th-done" role="status">
          {done}
        </p>
      </div>
    </>
  );
}
