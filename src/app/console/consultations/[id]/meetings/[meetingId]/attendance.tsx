"use client";
import Link from "next/link";
// The attendance checklist: the neighbourhood's roll, searchable (with or without diacritics), each
// household a checkbox; the quorum is worked out as boxes are ticked (the same rule the server
// applies), with the Art 19 k1 b fallback to household ballots shown when too few are present.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { meetingQuorum, type RatioRule } from "@/domain/meeting-rules";
import { useTRPC } from "@/trpc/client";
import { Done } from "@/components/console/form-kit";
import { useMeetingKit } from "../meeting-fields";

type Household = { id: string; code: string; head: string; present: boolean };
type Props = {
  meetingId: string;
  roundsHref: string;
  roll: Household[];
  rule: RatioRule | null;
  matter: string;
  canEdit: boolean;
  locked: boolean;
};

/** Lower case, no diacritics, đ → d: "Đặng" and "dang" match. */
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();

export function Attendance({ meetingId, roundsHref, roll, rule, matter, canEdit, locked }: Props) {
  const t = useTranslations("meetings.attendance");
  const tm = useTranslations("meetings");
  const format = useFormatter();
  const router = useRouter();
  const trpc = useTRPC();
  const save = useMutation(trpc.meeting.setAttendance.mutationOptions());
  const kit = useMeetingKit(save.error, []);
  const uid = useId();
  const savedKey = roll
    .filter((h) => h.present)
    .map((h) => h.id)
    .join(",");
  const [present, setPresent] = useState(() => new Set(roll.filter((h) => h.present).map((h) => h.id)));
  const [query, setQuery] = useState("");
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const folded = useMemo(() => roll.map((h) => ({ ...h, key: fold(`${h.code} ${h.head}`) })), [roll]);
  const shown = query.trim() ? folded.filter((h) => h.key.includes(fold(query.trim()))) : folded;
  /** What "select all" and "clear all" apply to: the households the search shows. */
  const shownIds = shown.map((h) => h.id);
  const dirty = [...present].sort().join(",") !== savedKey.split(",").filter(Boolean).sort().join(",");
  const quorum = meetingQuorum({ present: present.size, roll: roll.length, rule, matter });
  const percent = format.number(roll.length ? present.size / roll.length : 0, {
    style: "percent",
    maximumFractionDigits: 1,
  });

  function toggle(ids: string[], on: boolean) {
    const next = new Set(present);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    setPresent(next);
    setSavedCount(null);
  }

  function submit() {
    setSavedCount(null);
    save.mutate(
      { meetingId, householdIds: [...present] },
      {
        onSuccess: (r) => {
          setSavedCount(r.present);
          router.refresh();
        },
      },
    );
  }

  return (
    <section className="detail-section mtg-attendance" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t("title")}</h2>
      <div className="mtg-quorum" role="status" aria-live="polite">
        <p className="mtg-quorum__figure">
          {t("quorum", { present: format.number(present.size), roll: format.number(roll.length), percent })}
        </p>
        {quorum.majorityRequired ? (
          <p>
            {t("majorityRule")}{" "}
            <strong className={quorum.majorityMet ? "mtg-ok" : "mtg-warn"}>
              {t(quorum.majorityMet ? "majorityMet" : "majorityNotMet")}
            </strong>
          </p>
        ) : null}
        {dirty ? <p className="mtg-warn">{t("unsaved")}</p> : null}
      </div>
      {quorum.fallbackToBallots ? (
        <p className="notice notice--error mtg-fallback" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t("fallback")} <Link href={roundsHref}>{t("fallbackAction")}</Link>
        </p>
      ) : null}
      {locked ? <p className="notice mtg-note">{t("locked")}</p> : null}
      {roll.length === 0 ? (
        <p className="muted">{t("noRoll")}</p>
      ) : (
        <>
          <div className="mtg-attendance__tools">
            <div className="field">
              <label className="field__label" htmlFor={`${uid}-q`}>
                {t("search")}
              </label>
              <input
                id={`${uid}-q`}
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                autoComplete="off"
              />
            </div>
            {canEdit ? (
              <div className="detail-buttons">
                {([true, false] as const).map((on) => (
                  <button
                    key={String(on)}
                    type="button"
                    className="button button--small"
                    onClick={() => toggle(shownIds, on)}
                  >
                    {t(on ? "selectAll" : "clearAll")}
                  </button>
                ))}
              </div>
            ) : null}
          </div>
          <p className="hint" aria-live="polite">
            {shown.length
              ? t("shown", { shown: format.number(shown.length), roll: format.number(roll.length) })
              : t("noMatch")}
          </p>
          {/* Read-only, the boxes take no focus: the list itself does, so a keyboard scrolls it (WCAG 2.1.1). */}
          <ul className="mtg-checklist" aria-labelledby={`${uid}-title`} tabIndex={canEdit ? undefined : 0}>
            {shown.map((h) => (
              <li key={h.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={present.has(h.id)}
                    disabled={!canEdit}
                    onChange={(e) => toggle([h.id], e.target.checked)}
                  />
                  <span>{t("household", { code: h.code, head: h.head })}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {canEdit ? (
        <div className="mtg-attendance__save">
          {kit.alert}
          {savedCount !== null && !dirty ? <Done>{t("saved", { present: format.number(savedCount) })}</Done> : null}
          <div className="detail-buttons">
            <button
              type="button"
              className="button button--primary"
              onClick={submit}
              disabled={save.isPending || !dirty}
            >
              {save.isPending ? tm("saving") : t("save")}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
