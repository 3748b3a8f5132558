"use client";
// Recording a posting in one step: the material posted, place, neighbourhood (cultural house), dates
// in Vietnam time, a photo — uploaded with it, or one already uploaded — and a note. Sent as
// multipart form data so the photo goes with it. The law's checks (loudspeaker ≥ 3 days, dates) and
// the upload's (size, type) come back from the server next to their fields.
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { DISCLOSURE_PLACES } from "@/domain/disclosure";
import { PUBLICITY_MATERIALS } from "@/domain/publicity";
import { useTRPC } from "@/trpc/client";
import { Field, useFormKit, type FormKit } from "@/components/console/form-kit";
import { PanelForm, usePanelSubmit } from "./panel-form";

export type AreaOption = { id: string; name: string };
export type PhotoOption = { id: string; title: string };

const FIELDS = [
  "material",
  "place",
  "neighbourhoodId",
  "postedAt",
  "validUntil",
  "photo",
  "photoDocumentId",
  "note",
] as const;
const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
const PHOTO_ACCEPT = "image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp";
type FieldName = (typeof FIELDS)[number];

type Props = { consultationId: string; areas: AreaOption[]; photos: PhotoOption[]; nowInput: string };

export function DisclosureForm({ consultationId, areas, photos, nowInput }: Props) {
  const t = useTranslations("consultationDetail.disclosure");
  const tp = useTranslations("plan");
  const tPlace = useTranslations("disclosurePlace");
  const ts = useTranslations("postings");
  const format = useFormatter();
  const trpc = useTRPC();
  const add = useMutation(trpc.disclosure.add.mutationOptions());
  const sending = usePanelSubmit(add);
  const kit = useFormKit(add.error, FIELDS, { local: sending.local });

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const value = (f: FieldName) => String(data.get(f) ?? "").trim();
    const postedAt = fromLocalInput(value("postedAt"));
    const validUntil = fromLocalInput(value("validUntil"));
    const photo = data.get("photo");
    const issues: Record<string, string> = {};
    if (!postedAt) issues.postedAt = tp("scheduleRequired");
    if (photo instanceof File && photo.size > MAX_PHOTO_BYTES) {
      issues.photo = tp("fileTooLarge", {
        name: photo.name,
        size: format.number(photo.size / 1024 / 1024, { maximumFractionDigits: 1 }),
        max: 20,
      });
    }
    if (!sending.check(issues) || !postedAt) return;
    // The dates as instants (the inputs are Vietnam time); the rest as typed; the photo as the file.
    data.set("consultationId", consultationId);
    data.set("postedAt", postedAt.toISOString());
    data.set("validUntil", validUntil ? validUntil.toISOString() : "");
    if (!(photo instanceof File) || photo.size === 0) data.delete("photo");
    sending.send(form, data);
  }

  return (
    <PanelForm
      title={t("addTitle")}
      onSubmit={submit}
      alert={kit.alert}
      done={sending.done ? t("added") : null}
      submit={{ label: t("add"), pendingLabel: t("adding"), pending: add.isPending }}
    >
      <Field kit={kit} name="material" label={ts("form.material")}>
        <select {...kit.props("material")} defaultValue="NOTICE">
          <option value="">{ts("form.materialNone")}</option>
          {PUBLICITY_MATERIALS.map((m) => (
            <option key={m} value={m}>
              {ts(`material.${m}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field kit={kit} name="place" label={t("place")}>
        <select {...kit.props("place")} defaultValue="COMMUNE_OFFICE">
          {DISCLOSURE_PLACES.map((p) => (
            <option key={p} value={p}>
              {tPlace(p)}
            </option>
          ))}
        </select>
      </Field>
      <Field kit={kit} name="neighbourhoodId" label={t("neighbourhood")} hint={t("neighbourhoodHint")}>
        <OptionalSelect kit={kit} name="neighbourhoodId" none={t("neighbourhoodNone")} options={areas} />
      </Field>
      <div className="detail-form__row">
        <Field kit={kit} name="postedAt" label={t("postedAt")}>
          <input type="datetime-local" required defaultValue={nowInput} {...kit.props("postedAt")} />
        </Field>
        <Field kit={kit} name="validUntil" label={t("validUntil")} hint={t("validHint")}>
          <input type="datetime-local" {...kit.props("validUntil", true)} />
        </Field>
      </div>
      <Field kit={kit} name="photo" label={ts("form.photoUpload")} hint={ts("form.photoUploadHint")}>
        <input type="file" accept={PHOTO_ACCEPT} {...kit.props("photo", true)} />
      </Field>
      {photos.length ? (
        <Field kit={kit} name="photoDocumentId" label={t("photoField")} hint={t("photoHint")}>
          <OptionalSelect
            kit={kit}
            name="photoDocumentId"
            none={t("photoNone")}
            options={photos.map((p) => ({ id: p.id, name: p.title }))}
          />
        </Field>
      ) : null}
      <Field kit={kit} name="note" label={t("note")}>
        <textarea rows={2} maxLength={1000} {...kit.props("note")} />
      </Field>
    </PanelForm>
  );
}

/** A picker whose first choice is "none" (no neighbourhood, no photo); it has a hint below it. */
function OptionalSelect({
  kit,
  name,
  none,
  options,
}: {
  kit: FormKit;
  name: FieldName;
  none: string;
  options: AreaOption[];
}) {
  return (
    <select {...kit.props(name, true)} defaultValue="">
      <option value="">{none}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
