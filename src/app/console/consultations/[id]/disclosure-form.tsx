"use client";
// Recording a posting: place, neighbourhood (cultural house), dates in Vietnam time, photo, note.
// The law's checks (loudspeaker ≥ 3 days, dates) come back from the server next to their fields.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { DISCLOSURE_PLACES, type DisclosurePlaceName } from "@/domain/disclosure";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError, useErrorText } from "@/components/console/form-kit";
import { NO_ERRORS } from "@/components/console/server-errors";

export type AreaOption = { id: string; name: string };
export type PhotoOption = { id: string; title: string };

const FIELDS = ["place", "neighbourhoodId", "postedAt", "validUntil", "photoDocumentId", "note"] as const;
type Field = (typeof FIELDS)[number];

type Props = { consultationId: string; areas: AreaOption[]; photos: PhotoOption[]; nowInput: string };

export function DisclosureForm({ consultationId, areas, photos, nowInput }: Props) {
  const t = useTranslations("consultationDetail.disclosure");
  const tp = useTranslations("plan");
  const tPlace = useTranslations("disclosurePlace");
  const errorText = useErrorText();
  const router = useRouter();
  const trpc = useTRPC();
  const add = useMutation(trpc.disclosure.add.mutationOptions());
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [added, setAdded] = useState(false);
  const uid = useId();

  const shown = add.error ? errorText(add.error, FIELDS) : NO_ERRORS;
  const err = (f: Field) => local[f] ?? shown.fields[f];
  const ids = (f: Field, hint?: boolean) => ({
    id: `${uid}-${f}`,
    name: f,
    ...described(err(f), `${uid}-${f}-error`, hint ? `${uid}-${f}-hint` : undefined),
  });

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const value = (f: Field) => String(data.get(f) ?? "").trim();
    const postedAt = fromLocalInput(value("postedAt"));
    setLocal(postedAt ? {} : { postedAt: tp("scheduleRequired") });
    setAdded(false);
    add.reset();
    if (!postedAt) return;
    add.mutate(
      {
        consultationId,
        place: value("place") as DisclosurePlaceName,
        neighbourhoodId: value("neighbourhoodId") || null,
        postedAt,
        validUntil: fromLocalInput(value("validUntil")),
        note: value("note"),
        photoDocumentId: value("photoDocumentId") || null,
      },
      {
        onSuccess: () => {
          form.reset();
          setAdded(true);
          router.refresh();
        },
      },
    );
  }

  const label = (f: Field, text: string) => (
    <label className="field__label" htmlFor={`${uid}-${f}`}>
      {text}
    </label>
  );
  const error = (f: Field) => <FieldError id={`${uid}-${f}-error`} message={err(f)} />;
  const hint = (f: Field, text: string) => (
    <p id={`${uid}-${f}-hint`} className="hint">
      {text}
    </p>
  );

  return (
    <form className="form detail-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} className="detail-form__title">
        {t("addTitle")}
      </h3>
      <div className="field">
        {label("place", t("place"))}
        <select {...ids("place")} defaultValue="COMMUNE_OFFICE">
          {DISCLOSURE_PLACES.map((p) => (
            <option key={p} value={p}>
              {tPlace(p)}
            </option>
          ))}
        </select>
        {error("place")}
      </div>
      <div className="field">
        {label("neighbourhoodId", t("neighbourhood"))}
        <select {...ids("neighbourhoodId", true)} defaultValue="">
          <option value="">{t("neighbourhoodNone")}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        {hint("neighbourhoodId", t("neighbourhoodHint"))}
        {error("neighbourhoodId")}
      </div>
      <div className="detail-form__row">
        <div className="field">
          {label("postedAt", t("postedAt"))}
          <input type="datetime-local" required defaultValue={nowInput} {...ids("postedAt")} />
          {error("postedAt")}
        </div>
        <div className="field">
          {label("validUntil", t("validUntil"))}
          <input type="datetime-local" {...ids("validUntil", true)} />
          {hint("validUntil", t("validHint"))}
          {error("validUntil")}
        </div>
      </div>
      {photos.length ? (
        <div className="field">
          {label("photoDocumentId", t("photoField"))}
          <select {...ids("photoDocumentId", true)} defaultValue="">
            <option value="">{t("photoNone")}</option>
            {photos.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
          {hint("photoDocumentId", t("photoHint"))}
          {error("photoDocumentId")}
        </div>
      ) : null}
      <div className="field">
        {label("note", t("note"))}
        <textarea rows={2} maxLength={1000} {...ids("note")} />
        {error("note")}
      </div>
      <ErrorAlert messages={shown.alert} />
      {added ? (
        <p className="detail-done" role="status">
          {t("added")}
        </p>
      ) : null}
      <div className="detail-buttons">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {add.isPending ? t("adding") : t("add")}
        </button>
      </div>
    </form>
  );
}
