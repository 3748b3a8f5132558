"use client";
// The disclosure log (niêm yết công khai): where and when the notice was made public. Postings past
// their end date are shown as expired, never as current. Managers record and remove postings.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { DisclosurePlaceName } from "@/domain/disclosure";
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
  expired: boolean;
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
            <PostingItem key={p.id} posting={p} canRemove={canManage} />
          ))}
        </ul>
      )}
      {canManage ? (
        <DisclosureForm consultationId={consultationId} areas={areas} photos={photos} nowInput={nowInput} />
      ) : null}
    </section>
  );
}

function PostingItem({ posting: p, canRemove }: { posting: DetailPosting; canRemove: boolean }) {
  const t = useTranslations("consultationDetail.disclosure");
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
    <li className={p.expired ? "detail-item detail-item--expired" : "detail-item"}>
      <p className="detail-item__head">
        <span className="detail-item__title">{place}</span>
        <span className={p.expired ? "badge detail-badge--expired" : "badge badge--open"}>
          {p.expired ? t("expired") : t("current")}
        </span>
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
      </dl>
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
