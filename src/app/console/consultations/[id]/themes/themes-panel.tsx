"use client";
// The themes with their responses. A leader approves one by one on each theme, or every response
// still waiting at once (after a confirmation that names them).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { ConfirmButtons } from "@/components/console/consultation-confirm";
import { ErrorAlert, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";
import { isAnswered, ThemeCard } from "./theme-card";
import type { ThemeItem } from "./types";

type Props = {
  consultationId: string;
  themes: ThemeItem[];
  canManage: boolean;
  canApprove: boolean;
  filteredTheme: string;
  onShowTheme: (themeId: string) => void;
};

export function ThemesPanel({ consultationId, themes, canManage, canApprove, filteredTheme, onShowTheme }: Props) {
  const t = useTranslations("themes.panel");
  const errorText = useErrorText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const uid = useId();
  const approve = useMutation(trpc.theme.approve.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const waiting = themes.filter((th) => isAnswered(th) && !th.approvedAt);
  const shown = approve.error ? errorText(approve.error, []) : NO_ERRORS;

  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.theme.pathKey() });

  function approveAll() {
    setDone("");
    approve.mutate(
      { consultationId, themeIds: waiting.map((th) => th.id) },
      {
        onSuccess: async (r) => {
          await refresh();
          setConfirming(false);
          setDone(t("approvedAll", { count: r.approved }));
          heading.current?.focus();
        },
      },
    );
  }

  async function deleted(title: string) {
    await refresh();
    setDone(t("deleted", { title }));
    // The card that held the focus is gone.
    heading.current?.focus();
  }

  return (
    <section id="th-themes" className="th-themes" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} ref={heading} tabIndex={-1} className="th-panel-title">
        {t("title", { count: themes.length })}
      </h2>
      {canApprove && waiting.length ? (
        <div className="detail-panel th-approve-all">
          {confirming ? (
            <>
              <p className="th-approve-all__question">{t("confirmAll", { count: waiting.length })}</p>
              <ul className="th-approve-all__list">
                {waiting.map((th) => (
                  <li key={th.id}>{th.title}</li>
                ))}
              </ul>
              <div className="detail-buttons">
                <ConfirmButtons
                  danger={false}
                  pending={approve.isPending}
                  confirmLabel={t("confirm")}
                  pendingLabel={t("working")}
                  backLabel={t("back")}
                  onConfirm={approveAll}
                  onBack={() => setConfirming(false)}
                  autoFocus
                />
              </div>
            </>
          ) : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                approve.reset();
                setDone("");
                setConfirming(true);
              }}
            >
              {t("approveAll", { count: waiting.length })}
            </button>
          )}
        </div>
      ) : null}
      <ErrorAlert messages={shown.alert} />
      <p className="detail-done th-done" role="status">
        {done}
      </p>
      {themes.length === 0 ? (
        <p className="muted">{canManage ? t("emptyManage") : t("empty")}</p>
      ) : (
        <ol className="th-cards">
          {themes.map((th) => (
            <ThemeCard
              key={th.id}
              consultationId={consultationId}
              theme={th}
              others={themes.filter((o) => o.id !== th.id)}
              canManage={canManage}
              canApprove={canApprove}
              listed={filteredTheme === th.id}
              onShow={() => onShowTheme(th.id)}
              onDeleted={deleted}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
