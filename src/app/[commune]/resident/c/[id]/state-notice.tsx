import { getFormatter, getTranslations } from "next-intl/server";
import type { OnlineState } from "@/server/responses/resident-data";

type Props = {
  state: OnlineState;
  opensAt: Date | null;
  closesAt: Date | null;
  response: { channel: string; submittedAt: Date; updatedAt: Date; receiptCode: string; revision: number } | null;
  heldBy?: { place: string; heldAt: Date } | null;
};

/** Why the household can or cannot answer online now, in one sentence. */
export async function StateNotice({ state, opensAt, closesAt, response, heldBy = null }: Props) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const at = (d: Date | null) =>
    d
      ? {
          time: format.dateTime(d, { hour: "2-digit", minute: "2-digit" }),
          day: format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" }),
        }
      : { time: "", day: "" };
  const answered = response
    ? t("resident.yourAnswer", {
        channel: t(`channelPhrase.${response.channel}` as never),
        ...at(response.updatedAt),
        code: response.receiptCode,
      })
    : null;
  const notices: Partial<Record<OnlineState, string>> = {
    notOpenYet: t("errors.notOpenYet", at(opensAt)),
    closed: t("resident.closedNotice", at(closesAt)),
    notOffered: t("errors.onlineNotOffered"),
    notOnRoll: t("resident.notOnRoll"),
    heldAtMeeting: heldBy ? t("errors.heldAtMeetingOnline", { place: heldBy.place, ...at(heldBy.heldAt) }) : undefined,
    answeredElsewhere: response
      ? t("errors.answeredOnOtherChannel", {
          channel: t(`channelPhrase.${response.channel}` as never),
          ...at(response.submittedAt),
        })
      : undefined,
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
      {state === "open" && closesAt ? (
        <p className="card__period">{t("resident.closesOn", { when: `${at(closesAt).time} ${at(closesAt).day}` })}</p>
      ) : null}
    </>
  );
}
