import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Channel } from "@/generated/prisma/enums";
import { getDates } from "./format";

const ORDER: Channel[] = ["ONLINE", "PAPER_BALLOT", "MEETING", "WRITTEN", "SUGGESTION_BOX"];

/** commune: the commune's name in a sentence; residentHref: its household sign-in. */
type Props = { channels: Channel[]; meetingAt: Date | null; commune: string; residentHref: string; active: boolean };

/**
 * How a household takes part, channel by channel, while the consultation is upcoming or open;
 * afterwards only the channels that were used.
 */
export async function Participation({ channels, meetingAt, commune, residentHref, active }: Props) {
  const [t, { date, time }] = await Promise.all([getTranslations(), getDates()]);
  const ordered = ORDER.filter((ch) => channels.includes(ch));
  if (!active) {
    return (
      <>
        <h2 id="participate">{t("publicPages.detail.channelsUsed")}</h2>
        <p>{ordered.map((ch) => t(`channel.${ch}`)).join(" · ")}</p>
      </>
    );
  }
  const how = (ch: Channel) => {
    if (ch === "MEETING" && meetingAt)
      return t("publicPages.how.MEETING_AT", { time: time(meetingAt), date: date(meetingAt) });
    if (ch === "WRITTEN" || ch === "SUGGESTION_BOX") return t(`publicPages.how.${ch}`, { commune });
    return t(`publicPages.how.${ch}`);
  };
  return (
    <>
      <h2 id="participate">{t("publicPages.detail.participate")}</h2>
      <p className="hint">{t("publicPages.detail.participateHelp")}</p>
      <ul className="channel-list">
        {ordered.map((ch) => (
          <li key={ch}>
            <strong>{t(`channel.${ch}`)}</strong>
            <span>{how(ch)}</span>
            {ch === "ONLINE" ? <Link href={residentHref}>{t("nav.residentSignIn")}</Link> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
