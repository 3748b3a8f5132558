// Numbers, dates, times and amounts as they are read aloud on the commune loudspeaker (docs/LAW.md#r17;
// Law on Grassroots Democracy Art 12 k1, Art 13 k3): "ngày hai mươi mốt tháng mười hai năm hai nghìn
// không trăm hai mươi sáu", "mười bốn giờ", "năm trăm nghìn đồng". A reader on the radio should not
// have to work out "21/12/2026" or "1,2 tỷ" while speaking.
//
// The number itself is read by read-vietnamese-number (MIT, maintained, no dependencies, tested on
// the tricky cases: "mốt" after "mươi", "tư" after "mươi", "lăm" after a ten, "mười" for 10, "lẻ" for
// a zero ten, "không trăm" inside a larger number). Its own thousands separator is used as a regular
// expression unescaped (".": every character), so the Vietnamese way of writing numbers ("1.200,5") is
// parsed here and the library is given plain digits with "." as the decimal point.
import { doReadNumber, ReadingConfig } from "read-vietnamese-number";

const config = new ReadingConfig();
config.unit = [];
// "tỷ" as the government's documents spell it (both are correct); "lẻ" for the zero ten, as spoken
// in the North and on VOV ("một trăm lẻ năm").
config.units = [[], ["nghìn"], ["triệu"], ["tỷ"]];
config.pointText = "phẩy";

/**
 * A number in words: an integer (number or bigint) or a string of digits with "." as the decimal
 * point ("1.2" → "một phẩy hai"). Throws a RangeError for anything else.
 */
export function numberWords(value: number | bigint | string): string {
  const digits = typeof value === "string" ? value : typeof value === "bigint" ? value.toString() : String(value);
  if (typeof value === "number" && !Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
  if (!/^-?\d+(\.\d+)?$/.test(digits)) throw new RangeError(`not a number: ${digits}`);
  return doReadNumber(digits, config);
}

/** A number written the Vietnamese way: "1.200.000" (dots between thousands), "1,2" (decimal comma). */
export function writtenNumberWords(written: string): string {
  const plain = written.replace(/\.(?=\d{3}(\D|$))/gu, "").replace(",", ".");
  return numberWords(plain);
}

const VN_OFFSET_MS = 7 * 3_600_000;

/** The wall-clock parts of a moment in Vietnam (UTC+7, no daylight saving). */
export function vietnamParts(at: Date) {
  const d = new Date(at.getTime() + VN_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

const two = (n: number) => String(n).padStart(2, "0");

/** "21/12/2026" in Vietnam time, as the interface writes dates (dd/MM/yyyy). */
export function shortDate(at: Date): string {
  const p = vietnamParts(at);
  return `${two(p.day)}/${two(p.month)}/${p.year}`;
}

/** "14:00" in Vietnam time (HH:mm). */
export function shortTime(at: Date): string {
  const p = vietnamParts(at);
  return `${two(p.hour)}:${two(p.minute)}`;
}

/** The day of the month: "mồng" before the first ten days, as they are said ("mồng năm", "mười lăm"). */
function dayWords(day: number): string {
  return day <= 10 ? `mồng ${numberWords(day)}` : numberWords(day);
}

/** April is "tháng tư", never "tháng bốn"; the others read as their number. */
function monthWords(month: number): string {
  return month === 4 ? "tư" : numberWords(month);
}

/** "ngày hai mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu"; without the year if asked. */
export function calendarDateWords(
  date: { year: number; month: number; day: number },
  options: { year?: boolean; strict?: boolean } = {},
): string {
  if (options.strict) {
    const d = new Date(Date.UTC(date.year, date.month - 1, date.day));
    if (d.getUTCMonth() !== date.month - 1 || d.getUTCDate() !== date.day) throw new RangeError("not a date");
  }
  const base = `ngày ${dayWords(date.day)} tháng ${monthWords(date.month)}`;
  return options.year === false ? base : `${base} năm ${numberWords(date.year)}`;
}

/** A moment's date in Vietnam, in words. */
export function dateWords(at: Date, options: { year?: boolean } = {}): string {
  return calendarDateWords(vietnamParts(at), options);
}

/** "mười bốn giờ", "mười bốn giờ ba mươi phút", "chín giờ năm phút". */
export function clockWords(hour: number, minute: number): string {
  if (!Number.isInteger(hour) || hour < 0 || hour > 24 || !Number.isInteger(minute) || minute < 0 || minute > 59)
    throw new RangeError(`not a time: ${hour}:${minute}`);
  return minute === 0 ? `${numberWords(hour)} giờ` : `${numberWords(hour)} giờ ${numberWords(minute)} phút`;
}

/** A moment's time of day in Vietnam, in words. */
export function timeWords(at: Date): string {
  const p = vietnamParts(at);
  return clockWords(p.hour, p.minute);
}

/** "mười bảy giờ ngày hai mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu". */
export function dateTimeWords(at: Date, options: { year?: boolean } = {}): string {
  return `${timeWords(at)} ${dateWords(at, options)}`;
}

// Numbers inside free text (a summary the official wrote): what each pattern reads as.
const L = "\\p{L}\\p{N}";
const NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
const SCALE = "nghìn|ngàn|triệu|tỷ|tỉ";
type Groups = (string | undefined)[];
const MEASURES: Record<string, string> = {
  km: "ki-lô-mét",
  m2: "mét vuông",
  "m²": "mét vuông",
  m: "mét",
  ha: "héc-ta",
  kg: "ki-lô-gam",
  tấn: "tấn",
};
const PATTERNS: { re: RegExp; say: (m: Groups) => string }[] = [
  {
    // 21/12/2026 (or 21-12-2026), with or without "ngày" before it.
    re: new RegExp(`(?<![${L}/])(ngày\\s+)?(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})(?![${L}/])`, "giu"),
    say: (m) => calendarDateWords({ day: Number(m[2]), month: Number(m[3]), year: Number(m[4]) }, { strict: true }),
  },
  {
    // 14:30, 14h30, 14h, 14 giờ 30 (phút).
    re: new RegExp(
      `(?<![${L}:])(\\d{1,2})(?::(\\d{2})|h(\\d{2})?|\\s+giờ(?:\\s+(\\d{1,2})(?:\\s+phút)?)?)(?![${L}:])`,
      "giu",
    ),
    say: (m) => clockWords(Number(m[1]), Number(m[2] ?? m[3] ?? m[4] ?? 0)),
  },
  {
    // 500.000 đồng, 500.000đ, 1,2 tỷ đồng, 2 triệu VNĐ; a trailing "đồng" after the scale is kept or added.
    re: new RegExp(`(?<![${L},.])(${NUMBER})\\s*(?:(${SCALE})\\s*)?(đồng|đ|vnđ|vnd)(?![${L}])`, "giu"),
    say: (m) => `${writtenNumberWords(m[1]!)}${m[2] ? ` ${m[2].toLocaleLowerCase("vi")}` : ""} đồng`,
  },
  {
    // 50%, 66,7 %.
    re: new RegExp(`(?<![${L},.])(${NUMBER})\\s*%`, "gu"),
    say: (m) => `${writtenNumberWords(m[1]!)} phần trăm`,
  },
  {
    // A measure: "1.250 m" → "một nghìn hai trăm năm mươi mét", "3 ha" → "ba héc-ta".
    re: new RegExp(`(?<![${L},./])(${NUMBER})\\s*(km|m2|m²|m|ha|kg|tấn)(?![${L}])`, "gu"),
    say: (m) => `${writtenNumberWords(m[1]!)} ${MEASURES[m[2]!]}`,
  },
  {
    // A telephone number (a leading 0 and 9–11 digits): read digit by digit.
    re: new RegExp(`(?<![${L},.])(0\\d{8,10})(?![${L}])`, "gu"),
    say: (m) => [...m[1]!].map((d) => numberWords(d)).join(" "),
  },
  {
    // Any other number: "2 tỷ" → "hai tỷ", "Tổ 5" → "Tổ năm", "3,5 km" → "ba phẩy năm km".
    re: new RegExp(`(?<![${L},./])(${NUMBER})(?![${L}/]|[.,]\\d)`, "gu"),
    say: (m) => writtenNumberWords(m[1]!),
  },
];

/**
 * Free text with its dates, times, amounts of money, percentages and numbers in words, for reading
 * aloud: "Mức đóng góp 500.000 đồng/hộ, hạn 21/12/2026" → "Mức đóng góp năm trăm nghìn đồng/hộ,
 * hạn ngày hai mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu".
 */
export function speakable(text: string): string {
  let out = text.normalize("NFC");
  for (const { re, say } of PATTERNS) {
    // The callback's arguments: the match, each group (undefined when unmatched), the offset, the text.
    out = out.replace(re, (...args: unknown[]) => {
      const m = args.slice(0, -2) as Groups;
      try {
        return say(m);
      } catch {
        return m[0]!; // not a real date or time (31/02, 25:70): left as written
      }
    });
  }
  // "500.000 đồng/hộ" is said "năm trăm nghìn đồng một hộ".
  return out.replace(/(?<=\p{L})\s*\/\s*(hộ|người|khẩu|nhân khẩu|tháng|năm|mét)(?![\p{L}])/gu, " một $1");
}
