"use client";
// Upload form: title + file, sent as multipart form data (document.upload). The server checks the
// content type and size; the browser refuses files over 20 MB before sending them.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";
import { megabytes } from "./format";

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = "application/pdf,image/jpeg,image/png,image/webp,.pdf,.jpg,.jpeg,.png,.webp";

export function DocumentUpload({ consultationId }: { consultationId: string }) {
  const t = useTranslations("consultationDetail.documents");
  const tp = useTranslations("plan");
  const format = useFormatter();
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const upload = useMutation(trpc.document.upload.mutationOptions());
  const [local, setLocal] = useState<Record<string, string>>({});
  const [uploaded, setUploaded] = useState<string | null>(null);
  const uid = useId();

  const shown = upload.error ? errorText(upload.error, ["title", "file"]) : NO_ERRORS;
  const titleError = local.title ?? shown.fields.title;
  const fileError = local.file ?? shown.fields.file;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const title = String(data.get("title") ?? "").trim();
    const file = data.get("file");
    const issues: Record<string, string> = {};
    if (!title) issues.title = tp("documentTitleRequired");
    if (!(file instanceof File) || !file.name) issues.file = tp("fileRequired");
    else if (file.size > MAX_BYTES) {
      issues.file = tp("fileTooLarge", {
        name: file.name,
        size: format.number(megabytes(file.size), { maximumFractionDigits: 1 }),
        max: 20,
      });
    }
    setLocal(issues);
    setUploaded(null);
    upload.reset();
    if (Object.keys(issues).length) return;
    data.set("consultationId", consultationId);
    data.set("title", title);
    upload.mutate(data, {
      onSuccess: (doc) => {
        form.reset();
        setUploaded(doc.title);
        router.refresh();
      },
    });
  }

  return (
    <form className="form detail-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} className="detail-form__title">
        {t("uploadTitle")}
      </h3>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-doc-title`}>
          {t("fieldTitle")}
        </label>
        <input
          id={`${uid}-doc-title`}
          name="title"
          maxLength={300}
          required
          {...described(titleError, `${uid}-title-error`)}
        />
        <FieldError id={`${uid}-title-error`} message={titleError} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${uid}-file`}>
          {t("fieldFile")}
        </label>
        <input
          id={`${uid}-file`}
          name="file"
          type="file"
          accept={ACCEPT}
          required
          {...described(fileError, `${uid}-file-error`, `${uid}-file-hint`)}
        />
        <p id={`${uid}-file-hint`} className="hint">
          {t("fileHint")}
        </p>
        <FieldError id={`${uid}-file-error`} message={fileError} />
      </div>
      <ErrorAlert messages={shown.alert} />
      {uploaded ? (
        <p className="detail-done" role="status">
          {t("uploaded", { title: uploaded })}
        </p>
      ) : null}
      <div className="detail-buttons">
        <button type="submit" className="button button--primary" disabled={upload.isPending}>
          {upload.isPending ? t("uploading") : t("upload")}
        </button>
      </div>
    </form>
  );
}
