"use client";
// The disclosure log (niêm yết công khai): what was posted, where, when, until when and by whom.
// Each posting shows its state (src/domain/publicity.ts) in the words of the list of postings to take
// down: up, taken down (by whom, when), or to take down or replace (docs/LAW.md#r17). Managers record
// and remove postings; those who may take one down record it here too.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { DisclosurePlaceName } from "@/domain/disclosure";
import { postingStateKey, type PostingState, type PublicityMaterialName } from "@/domain/publicity";
import { TakeDownPosting } from "@/components/console/take-down-posting";
import { useTRPC } from "@/trpc/client";
import { ConfirmStep, removalButtons } from "@/components/console/consultation-confirm";
import { Field, useFormKit } from "@/components/console/form-kit";
import { useWhen } from "@/components/console/use-when";
import { DisclosureForm, type AreaOption, type PhotoOption } from "./disclosure-form";

export type DetailPosting = {
  id: string;
  place: DisclosurePlaceName;
  postedAt: Date;
  validUntil: Date | null;
  note: string | null;
  photoDocumentId: string | null;
  neighbourhoodName: string | null;
  material: PublicityMaterialName | null;
  state: PostingState;
  postedByName: string | null;
  takenDownAt: Date | null;
  takenDownByName: string | null;
  takenDownNote: string | null;
  /** The viewer may record it taken down (a head: their own neighbourhood's only). */
  canTakeDown: boolean;
};

type Props = {
  consultationId: string;
  postings: DetailPosting[];
  canManage: boolean;
  notYet: boolean;
  areas: AreaOption[];
  photos: PhotoOption[];
  nowInput: string;
};

export function DisclosurePanel({ consultationId, postings, canManage, notYet, areas, photos, nowInput }: Props) {
  const t = useTranslations("consultationDetail.disclosure");
  return (
    <section className="detail-section" aria-labelledby="disclosure-title">
      <h2 id="disclosure-title">{t("title")}</h2>
      {notYet ? <p className="hint">{t("notYet")}</p> : null}
      {postings.length === 0 ? (
        notYet ? null : (
          <p className="muted">{t("none")}</p>
        )
      ) : (
        <ul className="detail-list">
          {postings.map((p) => (
            <PostingItem key={p.id} posting={p} canRemove={canManage} nowInput={nowInput} />
          ))}
        </ul>
      )}
      {canManage ? (
        <DisclosureForm consultationId={consultationId} areas={areas} photos={photos} nowInput={nowInput} />
      ) : null}
    </section>
  );
}

const BADGE = {
  current: "badge badge--open",
  takenDown: "badge detail-badge--expired",
  mustAct: "badge detail-badge--act",
} as const;
const ITEM = {
  current: "detail-item",
  takenDown: "detail-item detail-item--expired",
  mustAct: "detail-item detail-item--act",
} as const;

function PostingItem({
  posting: p,
  canRemove,
  nowInput,
}: {
  posting: DetailPosting;
  canRemove: boolean;
  nowInput: string;
}) {
  const t = useTranslations("consultationDetail.disclosure");
  const ts = useTranslations("postings");
  const tp = useTranslations("plan");
  const tPlace = useTranslations("disclosurePlace");
  const when = useWhen();
  const router = useRouter();
  const trpc = useTRPC();
  const remove = useMutation(trpc.disclosure.remove.mutationOptions());
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const kit = useFormKit(remove.error, ["reason"], { local: { reason: missing ? tp("reasonRequired") : undefined } });
  const place = p.neighbourhoodName ? `${tPlace(p.place)} — ${p.neighbourhoodName}` : tPlace(p.place);

  function confirm(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    setMissing(false);
    remove.mutate({ id: p.id, reason: reason.trim() }, { onSuccess: () => router.refresh() });
  }

  return (
    <li className={ITEM[p.state.state]}>
      <p className="detail-item__head">
        <span className="detail-item__title">{place}</span>
        <span className={BADGE[p.state.state]}>{ts(`state.${postingStateKey(p.state)}`)}</span>
        {p.state.state === "mustAct" ? (
          <strong className="detail-item__todo">{ts(`todo.${p.state.action}`)}</strong>
        ) : null}
      </p>
      <dl className="detail-dates">
        <div>
          <dt>{t("postedAt")}</dt>
          <dd>{when(p.postedAt)}</dd>
        </div>
        <div>
          <dt>{t("validUntil")}</dt>
          <dd>{p.validUntil ? when(p.validUntil) : t("noEnd")}</dd>
        </div>
        {p.material ? (
          <div>
            <dt>{ts("form.material")}</dt>
            <dd>{ts(`material.${p.material}`)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{ts("postedBy")}</dt>
          <dd>{p.postedByName ?? ts("unknownStaff")}</dd>
        </div>
      </dl>
      {p.takenDownAt ? (
        <p>
          {ts("takenDownBy", { when: when(p.takenDownAt), name: p.takenDownByName ?? ts("unknownStaff") })}
          {p.takenDownNote ? ` — ${p.takenDownNote}` : null}
        </p>
      ) : null}
      {p.canTakeDown && !p.takenDownAt ? <TakeDownPosting id={p.id} place={place} nowInput={nowInput} /> : null}
      {p.note ? <p className="prose">{p.note}</p> : null}
      {p.photoDocumentId ? (
        <p>
          <a href={`/api/documents/${encodeURIComponent(p.photoDocumentId)}`} target="_blank" rel="noopener">
            {t("photo")}
          </a>
        </p>
      ) : null}
      {canRemove && !open ? (
        <div className="detail-buttons">
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={t("removeLabel", { place })}
            onClick={() => setOpen(true)}
          >
            {t("remove")}
          </button>
        </div>
      ) : null}
      {canRemove && open ? (
        <ConfirmStep
          inline
          onSubmit={confirm}
          alert={kit.alert}
          {...removalButtons(t)}
          pending={remove.isPending}
          onBack={() => {
            remove.reset();
            setMissing(false);
            setOpen(false);
          }}
        >
          <Field kit={kit} name="reason" label={t("removeReason")}>
            <textarea
              rows={2}
              autoFocus
              maxLength={2000}
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              {...kit.control("reason")}
            />
          </Field>
        </ConfirmStep>
      ) : null}
    </li>
  );
}
