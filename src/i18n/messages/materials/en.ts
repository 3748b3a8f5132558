import type { materialsVi } from "./vi";
import type { Strings } from "../strings";

export const materialsEn: Strings<typeof materialsVi> = {
  title: "Publicity materials",
  intro:
    "Ready to post on notice boards, read on the commune loudspeaker and send to the neighbourhood's Zalo groups and by SMS (Law on Grassroots Democracy, Art 12, 13). Once posted, record it under Disclosure postings.",
  notice: {
    title: "Notice for notice boards",
    hint: "A4, in the form of Decree 30/2020 (Appendix I): the document number and the Chairman's signature are left blank. A QR code leads to the consultation's public page.",
    standard: "Notice (PDF)",
    large: "Large print for elderly readers (PDF)",
    download: "Download",
  },
  script: {
    title: "Loudspeaker script",
    hint: "Dates, times and amounts are written out in words for reading aloud. The loudspeaker runs it at least 3 consecutive days (Art 13).",
    short: "Short version",
    full: "Full version",
    length: "{words} words, about {seconds} seconds",
  },
  sms: {
    title: "SMS and Zalo message",
    accented: "With diacritics",
    unaccented: "Without diacritics",
    count:
      "{characters} characters · {segments, plural, one {# segment} other {# segments}} · {encoding} encoding ({perSegment} characters a segment)",
    hint: "Vietnamese with diacritics is sent as UCS-2 (70 characters a message, 67 when split); the unaccented text is GSM-7 (160, 153) and takes fewer segments.",
  },
  copy: "Copy",
  copied: "Copied.",
  copyFailed: "Could not copy: select the text and copy it by hand.",
  print: "Print",
  printLabel: "Print {what}",
};
