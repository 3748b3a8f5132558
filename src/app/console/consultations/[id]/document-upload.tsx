"use client";
// Upload form: title + file, sent as multipart form data (document.upload). The server checks the
// content type and size; the browser refuses files over 20 MB before sending them.
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { Field, useFormKit, type Local } from "@/components/console/form-kit";
import { megabytes } from "./format";
import { PanelForm, usePanelSubmit } from "./panel-form";

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = "application/pdf,image/jpeg,image/png,image/webp,.pdf,.jpg,.jpeg,.png,.webp";

export function DocumentUpload({ consultationId }: { consultationId: string }) {
  const t = useTranslations("consultationDetail.documents");
  const tp = useTranslations("plan");
  const format = useFormatter();
  const trpc = useTRPC();
  const upload = useMutation(trpc.document.upload.mutationOptions());
  const sending = usePanelSubmit(upload);
  const kit = useFormKit(upload.error, ["title", "file"], { local: sending.local });

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const title = String(data.get("title") ?? "").trim();
    const file = data.get("file");
    const issues: Local = {};
    if (!title) issues.title = tp("documentTitleRequired");
    if (!(file instanceof File) || !file.name) issues.file = tp("fileRequired");
    else if (file.size > MAX_BYTES) {
      issues.file = tp("fileTooLarge", {
        name: file.name,
        size: format.number(megabytes(file.size), { maximumFractionDigits: 1 }),
        max: 20,
      });
    }
    if (!sending.check(issues)) return;
    data.set("consultationId", consultationId);
    data.set("title", title);
    sending.send(form, data);
  }

  return (
    <PanelForm
      title={t("uploadTitle")}
      onSubmit={submit}
      alert={kit.alert}
      done={sending.result ? t("uploaded", { title: sending.result.title }) : null}
      submit={{ label: t("upload"), pendingLabel: t("uploading"), pending: upload.isPending }}
    >
      <Field kit={kit} name="title" label={t("fieldTitle")}>
        <input maxLength={300} required {...kit.props("title")} />
      </Field>
      <Field kit={kit} name="file" label={t("fieldFile")} hint={t("fileHint")}>
        <input type="file" accept={ACCEPT} required {...kit.props("file", true)} />
      </Field>
    </PanelForm>
  );
}
