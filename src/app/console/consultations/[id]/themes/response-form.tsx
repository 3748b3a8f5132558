"use client";
// A theme's response: how it is handled (tiếp thu, giải trình, chuyển cơ quan có thẩm quyền) and the
// words published with it. Officials edit it; everyone else reads it. Saving a changed response
// withdraws the leader's approval (the server decides; the form says so beforehand).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { THEME_RESPONSE_KINDS, MAX_THEME_RESPONSE, type ThemeResponseKindName } from "@/domain/themes";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";
import { useWhen } from "@/components/console/use-when";
import type { ThemeItem } from "./types";

export function ResponseView({ theme }: { theme: ThemeItem }) {
  const t = useTranslations("themes.response");
  const tk = useTranslations("themes.responseKind");
  const when = useWhen();
  if (!theme.responseKind || !theme.responseText) return <p className="muted th-response">{t("none")}</p>;
  return (
    <div className="th-response">
      <p className="th-response__kind">{tk(theme.responseKind)}</p>
      <p className="th-response__text">{theme.responseText}</p>
      {theme.respondedAt ? <p className="hint">{t("respondedAt", { when: when(theme.respondedAt) })}</p> : null}
    </div>
  );
}

type Draft = { kind: ThemeResponseKindName | ""; text: string };

export function ResponseForm({ theme }: { theme: ThemeItem }) {
  const t = useTranslations("themes.response");
  const tk = useTranslations("themes.responseKind");
  const te = useTranslations("themes.errors");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const respond = useMutation(trpc.theme.respond.mutationOptions());
  const uid = useId();
  // null: show what the server has; a draft once the official starts editing.
  const [draft, setDraft] = useState<Draft | null>(null);
  const [local, setLocal] = useState<{ kind?: string; text?: string }>({});
  const [done, setDone] = useState("");
  const kind = draft?.kind ?? theme.responseKind ?? "";
  const text = draft?.text ?? theme.responseText ?? "";
  const shown = respond.error ? errorText(respond.error, ["kind", "text"]) : NO_ERRORS;
  const kindError = local.kind ?? shown.fields.kind;
  const textError = local.text ?? shown.fields.text;

  function edit(next: Partial<Draft>) {
    setDraft({ kind, text, ...next });
    setDone("");
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    respond.reset();
    setDone("");
    const issues = {
      kind: kind ? undefined : t("kindRequired"),
      text: text.trim() ? undefined : te("responseRequired"),
    };
    setLocal(issues);
    if (!kind || issues.text) return;
    respond.mutate(
      { themeId: theme.id, kind, text },
      {
        onSuccess: async (r) => {
          await queryClient.invalidateQueries({ queryKey: trpc.theme.pathKey() });
          setDraft(null);
          setDone(r.approvalWithdrawn ? t("savedWithdrawn") : t("saved"));
        },
      },
    );
  }

  function saveShortcut(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.currentTarget.form?.requestSubmit();
    }
  }

  return (
    <form className="form th-response-form" onSubmit={submit} noValidate>
      <fieldset className="detail-choice th-kinds" aria-describedby={kindError ? `${uid}-kind-error` : undefined}>
        <legend className="field__label">{t("kind")}</legend>
        {THEME_RESPONSE_KINDS.map((k) => (
          <label key={k} className="detail-choice__option">
            <input
              type="radio"
              name={`${uid}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => edit({ kind: k })}
            />
            <span>{tk(k)}</span>
          </label>
        ))}
        <FieldError id={`${uid}-kind-error`} message={kindError} />
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-text`}>
          {t("text")}
        </label>
        <textarea
          id={`${uid}-text`}
          rows={4}
          maxLength={MAX_THEME_RESPONSE}
          value={text}
          onChange={(e) => edit({ text: e.target.value })}
          onKeyDown={saveShortcut}
          {...described(textError, `${uid}-text-error`, `${uid}-text-hint`)}
        />
        <p id={`${uid}-text-hint`} className="hint">
          {theme.approvedAt ? `${t("hint")} ${t("approvedHint")}` : t("hint")}
        </p>
        <FieldError id={`${uid}-text-error`} message={textError} />
      </div>
      <ErrorAlert messages={shown.alert} />
      <div className="detail-buttons">
        <button type="submit" className="button button--small button--primary" disabled={respond.isPending}>
          {respond.isPending ? t("saving") : t("save")}
        </button>
        {draft ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setDraft(null);
              setLocal({});
              respond.reset();
            }}
          >
            {t("discard")}
          </button>
        ) : null}
      </div>
      <p className="detail-done th-done" role="status">
        {done}
      </p>
    </form>
  );
}
