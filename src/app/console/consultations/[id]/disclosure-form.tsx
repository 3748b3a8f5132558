"use client";
// Recording a posting: place, neighbourhood (cultural house), dates in Vietnam time, photo, note.
// The law's checks (loudspeaker ≥ 3 days, dates) come back from the server next to their fields.
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { fromLocalInput } from "@/components/console/vietnam-time";
import { DISCLOSURE_PLACES, type DisclosurePlaceName } from "@/domain/disclosure";
import { useTRPC } from "@/trpc/client";
import { Field, useFormKit, type FormKit } from "@/components/console/form-kit";
import { PanelForm, usePanelSubmit } from "./panel-form";

export type AreaOption = { id: string; name: string };
export type PhotoOption = { id: string; title: string };

const FIELDS = ["place", "neighbourhoodId", "postedAt", "validUntil", "photoDocumentId", "note"] as const;
type FieldName = (typeof FIELDS)[number];

type Props = { consultationId: string; areas: AreaOption[]; photos: PhotoOption[]; nowInput: string };

export function DisclosureForm({ consultationId, areas, photos, nowInput }: Props) {
  const t = useTranslations("consultationDetail.disclosure");
  const tp = useTranslations("plan");
  const tPlace = useTranslations("disclosurePlace");
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
    if (!sending.check(postedAt ? {} : { postedAt: tp("scheduleRequired") }) || !postedAt) return;
    sending.send(form, {
      consultationId,
      place: value("place") as DisclosurePlaceName,
      neighbourhoodId: value("neighbourhoodId") || null,
      postedAt,
      validUntil: fromLocalInput(value("validUntil")),
      note: value("note"),
      photoDocumentId: value("photoDocumentId") || null,
    });
  }

  return (
    <PanelForm
      title={t("addTitle")}
      onSubmit={submit}
      alert={kit.alert}
      done={sending.done ? t("added") : null}
      submit={{ label: t("add"), pendingLabel: t("adding"), pending: add.isPending }}
    >
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
