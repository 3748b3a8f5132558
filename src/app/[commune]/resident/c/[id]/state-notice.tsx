import { getTranslations } from "next-intl/server";
import { getDates } from "@/components/public/format";
import type { OnlineState, ResponseNote } from "@/domain/resident-view";

type Props = {
  state: OnlineState;
  notes: ResponseNote[];
  opensAt: Date | null;
  closesAt: Date | null;
  response: { channel: string; givenAt: Date; receiptCode: string } | null;
  heldBy?: { place: string; heldAt: Date } | null;
};

/** Why the household can or cannot answer online now, in one sentence, and what is true of its response. */
export async function StateNotice({ state, notes, opensAt, closesAt, response, heldBy = null }: Props) {
  const [t, dates] = await Promise.all([getTranslations(), getDates()]);
  const at = (d: Date | null) => (d ? { time: dates.time(d), day: dates.date(d) } : { time: "", day: "" });
  const channel = response ? t(`channelPhrase.${response.channel}` as never) : "";
  const answered = response
    ? t("resident.yourAnswer", { channel, ...at(response.givenAt), code: response.receiptCode })
    : null;
  const notices: Partial<Record<OnlineState, string>> = {
    notOpenYet: t("errors.notOpenYet", at(opensAt)),
    closed: t("resident.closedNotice", at(closesAt)),
    notOffered: t("errors.onlineNotOffered"),
    notOnRoll: t("resident.notOnRoll"),
    heldAtMeeting: heldBy ? t("errors.heldAtMeetingOnline", { place: heldBy.place, ...at(heldBy.heldAt) }) : undefined,
    answeredElsewhere: response ? t("errors.answeredOnOtherChannel", { channel, ...at(response.givenAt) }) : undefined,
  };
  const notice = notices[state];
  return (
    <>
      {answered && state !== "answeredElsewhere" ? <p className="ok-note">{answered}</p> : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ResponseNotes notes={notes} channel={channel} />
      {state === "open" && closesAt ? (
        <p className="card__period">{t("resident.closesOn", { when: dates.when(closesAt) })}</p>
      ) : null}
    </>
  );
}

/** The notes that are true of the household's response (src/domain/resident-view.ts responseNotes). */
export async function ResponseNotes({ notes, channel }: { notes: ResponseNote[]; channel: string }) {
  if (!notes.length) return null;
  const t = await getTranslations("resident.note");
  return (
    <ul className="response-notes">
      {notes.map((n) => (
        <li key={n} data-note={n}>
          {t(n, { channel })}
        </li>
      ))}
    </ul>
  );
}
