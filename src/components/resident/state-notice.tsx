import { useT } from "./intl";
import type { OnlineState, ResponseNote } from "@/domain/resident-view";
import { useDates } from "./dates";

type When = string | null;

type Props = {
  state: OnlineState;
  notes: ResponseNote[];
  opensAt: When;
  closesAt: When;
  response: { channel: string; givenAt: string; receiptCode: string } | null;
  heldBy?: { place: string; heldAt: string } | null;
};

/** Why the household can or cannot answer online now, in one sentence, and what is true of its response. */
export function StateNotice({ state, notes, opensAt, closesAt, response, heldBy = null }: Props) {
  const t = useT();
  const dates = useDates();
  const at = (d: When) => (d ? { time: dates.time(d), day: dates.date(d) } : { time: "", day: "" });
  const channel = response ? t(`channelPhrase.${response.channel}` as never) : "";
  const answered = response
    ? t("resident.yourAnswer", { channel, ...at(response.givenAt), code: response.receiptCode })
    : null;
  // Only the sentence for this state is formatted.
  const notices: Partial<Record<OnlineState, () => string | undefined>> = {
    notOpenYet: () => t("errors.notOpenYet", at(opensAt)),
    closed: () => t("resident.closedNotice", at(closesAt)),
    notOffered: () => t("errors.onlineNotOffered"),
    notOnRoll: () => t("resident.notOnRoll"),
    heldAtMeeting: () =>
      heldBy ? t("errors.heldAtMeetingOnline", { place: heldBy.place, ...at(heldBy.heldAt) }) : undefined,
    answeredElsewhere: () =>
      response ? t("errors.answeredOnOtherChannel", { channel, ...at(response.givenAt) }) : undefined,
  };
  const notice = notices[state]?.();
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
export function ResponseNotes({ notes, channel }: { notes: ResponseNote[]; channel: string }) {
  const t = useT();
  if (!notes.length) return null;
  return (
    <ul className="response-notes">
      {notes.map((n) => (
        <li key={n} data-note={n}>
          {t(`resident.note.${n}`, { channel })}
        </li>
      ))}
    </ul>
  );
}
