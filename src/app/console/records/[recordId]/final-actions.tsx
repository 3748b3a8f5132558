"use client";
// The small interactive pieces of the record page: copy the digest, print the preview, and draft a
// correction of a finalised record (a new draft of the same kind that names the original).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { RecordKindName } from "@/domain/records";
import { useTRPC } from "@/trpc/client";
import { ErrorAlert, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";

export function CopyDigest({ digest }: { digest: string }) {
  const t = useTranslations("records.final");
  const [state, setState] = useState<"" | "copied" | "failed">("");
  async function copy() {
    try {
      await navigator.clipboard.writeText(digest);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <>
      <button type="button" className="button button--small" onClick={copy}>
        {t("copy")}
      </button>
      <span className="rec-page__copied" role="status">
        {state ? t(state === "copied" ? "copied" : "copyFailed") : null}
      </span>
    </>
  );
}

export function PrintButton() {
  const t = useTranslations("records.view");
  return (
    <button type="button" className="button button--small" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}

type AmendProps = {
  recordId: string;
  consultationId: string;
  kind: RecordKindName;
  neighbourhoodId?: string;
  meetingId?: string;
};

export function AmendButton({ recordId, consultationId, kind, neighbourhoodId, meetingId }: AmendProps) {
  const t = useTranslations("records.final");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const create = useMutation(trpc.record.createDraft.mutationOptions());
  const [opening, startOpening] = useTransition();
  const busy = create.isPending || opening;
  const shown = create.error ? errorText(create.error, []) : NO_ERRORS;

  function amend() {
    create.mutate(
      { consultationId, kind, amendsId: recordId, neighbourhoodId, meetingId },
      { onSuccess: (r) => startOpening(() => router.push(`/console/records/${encodeURIComponent(r.id)}`)) },
    );
  }

  return (
    <div className="rec-page__amend">
      <p className="hint">{t("amendHint")}</p>
      <button type="button" className="button button--small" disabled={busy} onClick={amend}>
        {busy ? t("amending") : t("amend")}
      </button>
      <ErrorAlert messages={shown.alert} />
    </div>
  );
}
