"use client";
// Upload form: title + file, sent as multipart form data (document.upload). The server checks the
// content type and size; the browser refuses files over 20 MB before sending them.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/trpc/client";
import { Field, useFormKit, type Local } from "@/components/console/form-kit";
import { megabytes } from "./format";
import { PanelForm } from "./panel-form";

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = "application/pdf,image/jpeg,image/png,image/webp,.pdf,.jpg,.jpeg,.png,.webp";

export function DocumentUpload({ consultationId }: { consultationId: string }) {
  const t = useTranslations("consultationDetail.documents");
  const tp = useTranslations("plan");
  const format = useFormatter();
  const router = useRouter();
  const trpc = useTRPC();
  const upload = useMutation(trpc.document.upload.mutationOptions());
  const [local, setLocal] = useState<Local>({});
  const [uploaded, setUploaded] = useState<string | null>(null);
  const kit = useFormKit(upload.error, ["title", "file"], { local });

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
    <PanelForm
      title={t("uploadTitle")}
      onSubmit={submit}
      alert={kit.alert}
      done={uploaded ? t("uploaded", { title: uploaded }) : null}
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
