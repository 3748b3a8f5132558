"use client";
// The signed paper minutes, photographed or scanned (PDF or image, ≤ 20 MB), kept with the meeting.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { fieldErrorsOf, messageOf } from "@/components/console/server-errors";
import { useTRPC } from "@/trpc/client";

export function MinutesUpload({
  meetingId,
  current,
  canEdit,
}: {
  meetingId: string;
  current: { id: string; fileName: string } | null;
  canEdit: boolean;
}) {
  const t = useTranslations("meetings.minutes");
  const trpc = useTRPC();
  const router = useRouter();
  const uid = useId();
  const upload = useMutation(trpc.meeting.attachMinutes.mutationOptions({ onSuccess: () => router.refresh() }));
  const [missing, setMissing] = useState(false);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setMissing(true);
    setMissing(false);
    data.set("meetingId", meetingId);
    upload.mutate(data);
  }
  const error = missing
    ? t("required")
    : upload.error
      ? (fieldErrorsOf(upload.error).file ?? messageOf(upload.error, ""))
      : null;
  return (
    <section className="detail-panel" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t("title")}</h2>
      {current ? (
        <p>
          <a href={`/api/documents/${current.id}`}>{current.fileName}</a>
        </p>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      {canEdit ? (
        <form className="form detail-form" onSubmit={submit} noValidate>
          <label className="field__label" htmlFor={`${uid}-file`}>
            {current ? t("replace") : t("file")}
          </label>
          <input
            id={`${uid}-file`}
            name="file"
            type="file"
            accept="application/pdf,image/jpeg,image/png,image/webp"
            aria-invalid={error ? true : undefined}
          />
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
          <button className="button" type="submit" disabled={upload.isPending}>
            {upload.isPending ? t("uploading") : t("upload")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
