// A channel named inside a sentence reads as part of it ("đã có ý kiến bằng phiếu lấy ý kiến", "responded
// on a paper ballot"): the messages take the channelPhrase namespace, never the capitalised label.
import { describe, expect, test } from "vitest";
import { CHANNELS } from "@/domain/matters";
import type { Locale } from "@/i18n/locales";
import { en } from "@/i18n/messages/en";
import { vi } from "@/i18n/messages/vi";
import { getTranslator } from "@/i18n/translate";

const tr = { vi: getTranslator("vi"), en: getTranslator("en") };

/** As the server's errorFormatter and the console's useAppErrorText do: "@key" parameters are messages. */
function render(locale: Locale, key: string, params: Record<string, string>) {
  const t = tr[locale];
  const resolved = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, v.startsWith("@") ? t(v.slice(1) as never) : v]),
  );
  return t(key as never, resolved as never);
}

const at = { time: "09:12", day: "03/12/2026" };
const staff = { ...at, by: "Tổ trưởng Nguyễn Văn An", receipt: "K7Q2M9" };

describe("sentences that name a channel", () => {
  test.each([
    [
      "vi",
      "errors.alreadyAnsweredBy",
      "PAPER_BALLOT",
      staff,
      "Hộ này đã có ý kiến bằng phiếu lấy ý kiến, do Tổ trưởng Nguyễn Văn An ghi nhận lúc 09:12 ngày 03/12/2026 (mã biên nhận K7Q2M9).",
    ],
    [
      "vi",
      "errors.alreadyAnsweredBy",
      "MEETING",
      staff,
      "Hộ này đã có ý kiến tại cuộc họp, do Tổ trưởng Nguyễn Văn An ghi nhận lúc 09:12 ngày 03/12/2026 (mã biên nhận K7Q2M9).",
    ],
    [
      "vi",
      "errors.alreadyAnsweredBy",
      "WRITTEN",
      staff,
      "Hộ này đã có ý kiến bằng văn bản, do Tổ trưởng Nguyễn Văn An ghi nhận lúc 09:12 ngày 03/12/2026 (mã biên nhận K7Q2M9).",
    ],
    [
      "vi",
      "errors.alreadyAnsweredOnline",
      "ONLINE",
      staff,
      "Hộ này đã tự gửi ý kiến trực tuyến lúc 09:12 ngày 03/12/2026 (mã biên nhận K7Q2M9).",
    ],
    [
      "vi",
      "errors.answeredOnOtherChannel",
      "MEETING",
      at,
      "Hộ đã có ý kiến tại cuộc họp lúc 09:12 ngày 03/12/2026. Mỗi hộ chỉ có một ý kiến, nên ý kiến trực tuyến không được ghi nhận thêm.",
    ],
    [
      "vi",
      "errors.answeredOnOtherChannel",
      "PAPER_BALLOT",
      at,
      "Hộ đã có ý kiến bằng phiếu lấy ý kiến lúc 09:12 ngày 03/12/2026. Mỗi hộ chỉ có một ý kiến, nên ý kiến trực tuyến không được ghi nhận thêm.",
    ],
    [
      "vi",
      "errors.channelNotOffered",
      "PAPER_BALLOT",
      {},
      "Đợt lấy ý kiến này không nhận ý kiến bằng phiếu lấy ý kiến.",
    ],
    ["vi", "meetings.channelNotOffered", "MEETING", {}, "Đợt lấy ý kiến này không nhận ý kiến tại cuộc họp."],
    [
      "vi",
      "meetings.channelNotOffered",
      "SUGGESTION_BOX",
      {},
      "Đợt lấy ý kiến này không nhận ý kiến qua hòm thư góp ý.",
    ],
    [
      "vi",
      "resident.answeredOn",
      "ONLINE",
      { when: "03/12/2026, 09:12" },
      "Hộ đã cho ý kiến trực tuyến lúc 03/12/2026, 09:12.",
    ],
    [
      "vi",
      "resident.yourAnswer",
      "ONLINE",
      { ...at, code: "K7Q2M9" },
      "Hộ đã cho ý kiến trực tuyến lúc 09:12 ngày 03/12/2026. Mã biên nhận: K7Q2M9.",
    ],
    [
      "vi",
      "resident.note.recordedByStaff",
      "MEETING",
      {},
      "Ý kiến này do cán bộ ghi nhận tại cuộc họp; muốn thay đổi, hộ liên hệ UBND xã trước khi đợt lấy ý kiến kết thúc.",
    ],
    [
      "en",
      "errors.alreadyAnsweredBy",
      "PAPER_BALLOT",
      staff,
      "This household already responded on a paper ballot, recorded by Tổ trưởng Nguyễn Văn An at 09:12 on 03/12/2026 (receipt K7Q2M9).",
    ],
    [
      "en",
      "errors.alreadyAnsweredBy",
      "MEETING",
      staff,
      "This household already responded at a meeting, recorded by Tổ trưởng Nguyễn Văn An at 09:12 on 03/12/2026 (receipt K7Q2M9).",
    ],
    [
      "en",
      "errors.alreadyAnsweredBy",
      "WRITTEN",
      staff,
      "This household already responded in writing, recorded by Tổ trưởng Nguyễn Văn An at 09:12 on 03/12/2026 (receipt K7Q2M9).",
    ],
    [
      "en",
      "errors.alreadyAnsweredOnline",
      "ONLINE",
      staff,
      "This household already sent its own response online at 09:12 on 03/12/2026 (receipt K7Q2M9).",
    ],
    [
      "en",
      "errors.answeredOnOtherChannel",
      "MEETING",
      at,
      "Your household already responded at a meeting at 09:12 on 03/12/2026. Each household has one voice, so an online response cannot be added.",
    ],
    [
      "en",
      "errors.channelNotOffered",
      "PAPER_BALLOT",
      {},
      "This consultation does not take responses on a paper ballot.",
    ],
    [
      "en",
      "meetings.channelNotOffered",
      "SUGGESTION_BOX",
      {},
      "This consultation does not take opinions through the suggestion box.",
    ],
    [
      "en",
      "resident.answeredOn",
      "ONLINE",
      { when: "03/12/2026, 09:12" },
      "Your household responded online at 03/12/2026, 09:12.",
    ],
    [
      "en",
      "resident.yourAnswer",
      "PAPER_BALLOT",
      { ...at, code: "K7Q2M9" },
      "Your household responded on a paper ballot at 09:12 on 03/12/2026. Receipt code: K7Q2M9.",
    ],
    [
      "en",
      "resident.note.recordedByStaff",
      "PAPER_BALLOT",
      {},
      "This opinion was recorded by commune staff on a paper ballot; to change it, contact the commune People's Committee before the consultation closes.",
    ],
  ] as const)("%s %s, %s", (locale, key, channel, params, expected) => {
    expect(render(locale, key, { ...params, channel: `@channelPhrase.${channel}` })).toBe(expected);
  });
});

function leaves(obj: object, prefix = ""): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}
/** Messages that name the channel inside the sentence; a quoted “{channel}” is the label used as a name. */
const IN_SENTENCE = [
  "errors.alreadyAnsweredBy",
  "errors.alreadyAnsweredOnline",
  "errors.answeredOnOtherChannel",
  "errors.channelNotOffered",
  "meetings.channelNotOffered",
  "resident.answeredOn",
  "resident.note.recordedByStaff",
  "resident.yourAnswer",
];

test("every message naming a channel unquoted is one of those above", () => {
  const unquoted = [...leaves(vi), ...leaves(en)]
    .filter(([, text]) => /(?<!“)\{channel\}/.test(text))
    .map(([key]) => key);
  expect([...new Set(unquoted)].sort()).toEqual([...IN_SENTENCE].sort());
});

test.each(["vi", "en"] as const)(
  "%s: no capitalised channel label inside those sentences, for any channel",
  (locale) => {
    for (const key of IN_SENTENCE) {
      for (const channel of CHANNELS) {
        const text = render(locale, key, {
          ...staff,
          code: "K7Q2M9",
          when: "09:12",
          channel: `@channelPhrase.${channel}`,
        });
        expect(text, `${key} ${channel}`).toContain(` ${tr[locale](`channelPhrase.${channel}`)}`);
        expect(text, `${key} ${channel}`).not.toContain(tr[locale](`channel.${channel}`));
      }
    }
  },
);
