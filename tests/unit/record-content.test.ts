import { describe, expect, test } from "vitest";
import type { RecordDoc } from "@/domain/record-content";
import { buildSummaryReport, responseSentence, type SummaryInput } from "@/domain/record-content-committee";
import { buildCountRecord, buildMeetingMinutes } from "@/domain/record-content-neighbourhood";
import { renderRecordPdf } from "@/server/records/pdf";
import { pdfText } from "../helpers/pdf";

const at = new Date("2027-01-05T10:00:00+07:00");
const question = {
  id: "q1",
  kind: "APPROVAL",
  text: "Hộ có đồng ý đóng góp không?",
  options: [
    { id: "a", key: "AGREE", label: "Đồng ý" },
    { id: "d", key: "DISAGREE", label: "Không đồng ý" },
    { id: "o", key: "OTHER", label: "Ý kiến khác" },
  ],
};
const figures = { roll: 15, responded: 14, byChannel: { PAPER_BALLOT: 10, MEETING: 4 }, options: { a: 11, d: 3 } };

function summary(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    communeName: "Thị trấn Chợ Chùa",
    place: "Chợ Chùa",
    at,
    number: 5,
    amends: null,
    consultation: {
      title: "Lấy ý kiến về đóng góp làm đường bê tông",
      matterLabel: "Đóng góp xây dựng công trình công cộng",
      advisory: false,
      ruleText: "từ 2/3 tổng số hộ trở lên tán thành",
      outcomeText: "Được thông qua",
      openedAt: new Date("2026-11-20T08:00:00+07:00"),
      closedAt: new Date("2026-12-20T17:00:00+07:00"),
    },
    figures,
    units: [{ name: "Thôn Đông", ...figures, outcome: "Được thông qua" }],
    questions: [question],
    themes: [
      { title: "Quy cách con đường", responseKind: "TAKEN_UP", responseText: "Mặt đường rộng 3 m.", opinions: 2 },
    ],
    notes: "",
    signer: { capacity: "VICE_CHAIRMAN", name: "Trần Văn Bình" },
    recipients: ["Thường trực HĐND thị trấn", "UBMTTQ Việt Nam thị trấn"],
    ...overrides,
  };
}

const text = (doc: RecordDoc) => JSON.stringify(doc);

describe("record content (Decree 30/2020 form; Law 10/2022 Art 28 k3; Decree 59/2023 forms 03–04)", () => {
  test("summary report: issuer, number, date line, subject, figures, responses, KT. signature, recipients", () => {
    const doc = buildSummaryReport(summary());
    expect(doc.issuer).toEqual(["ỦY BAN NHÂN DÂN", "THỊ TRẤN CHỢ CHÙA"]);
    expect(doc.numberLine).toBe("Số: 05/BC-UBND");
    expect(doc.placeDate).toBe("Chợ Chùa, ngày 05 tháng 01 năm 2027");
    expect(doc.docTitle).toBe("BÁO CÁO");
    expect(doc.subject).toBe("Tổng hợp kết quả lấy ý kiến Nhân dân về đóng góp làm đường bê tông");
    expect(text(doc)).toContain(
      "Tổng số hộ trong danh sách: 15 hộ; số hộ có ý kiến: 14 hộ (đạt 93,3%), trong đó phiếu lấy ý kiến: 10; tại cuộc họp: 4.",
    );
    expect(text(doc)).toContain("1. Quy cách con đường (2 ý kiến). Tiếp thu: Mặt đường rộng 3 m.");
    expect(text(doc)).toContain("Kết quả: Được thông qua.");
    expect(doc.signers).toEqual([{ authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Trần Văn Bình" }]);
    expect(doc.recipients).toEqual(["- Thường trực HĐND thị trấn;", "- UBMTTQ Việt Nam thị trấn;", "- Lưu: VT."]);
  });

  test.each([
    ["a draft leaves the number blank", { number: null }, "Số:      /BC-UBND"],
    ["number 12", { number: 12 }, "Số: 12/BC-UBND"],
  ] as const)("%s", (_label, overrides, expected) => {
    expect(buildSummaryReport(summary(overrides)).numberLine).toBe(expected);
  });

  test("an advisory matter never states adopted or not (docs/LAW.md#r14)", () => {
    const doc = buildSummaryReport(
      summary({ consultation: { ...summary().consultation, advisory: true, ruleText: null, outcomeText: null } }),
    );
    expect(text(doc)).toContain("kết quả tham khảo (không biểu quyết thông qua)");
    expect(text(doc)).not.toContain("Được thông qua");
  });

  test("a correction says which record it replaces", () => {
    expect(text(buildSummaryReport(summary({ amends: "Báo cáo Số: 05/BC-UBND ngày 05/01/2027" })))).toContain(
      "Văn bản này đính chính, thay thế Báo cáo Số: 05/BC-UBND ngày 05/01/2027.",
    );
  });

  test("count record of a neighbourhood: no UBND number, ballots, team and two witnesses sign", () => {
    const doc = buildCountRecord({
      communeName: "Thị trấn Chợ Chùa",
      place: "Chợ Chùa",
      at,
      number: null,
      amends: null,
      neighbourhood: "Tổ dân phố Phú Vinh Đông",
      consultationTitle: "Lấy ý kiến về đóng góp làm đường",
      figures,
      questions: [question],
      ballots: { issued: 15, returned: 14, valid: 14, invalid: 0 },
      keyed: { total: 10, blank: 0, invalid: 0 },
      team: ["Nguyễn Văn A", "Lê Thị B", "Phạm Văn C"],
      witnesses: ["Hộ D", "Hộ E"],
      outcomeText: "Được thông qua",
      notes: "",
    });
    expect(doc.issuer).toEqual(["UBND THỊ TRẤN CHỢ CHÙA", "TỔ DÂN PHỐ PHÚ VINH ĐÔNG"]);
    expect(doc.numberLine).toBeNull();
    expect(doc.recipients).toEqual([]);
    expect(doc.blocks).toContainEqual({
      type: "table",
      head: ["Số phiếu phát ra", "Số phiếu thu về", "Số phiếu hợp lệ", "Số phiếu không hợp lệ"],
      numeric: [true, true, true, true],
      rows: [["15", "14", "14", "0"]],
    });
    expect(doc.signers.map((s) => s.name)).toEqual(["Nguyễn Văn A", "Hộ D", "Hộ E"]);
  });

  test.each([
    [
      "keyed and counted agree",
      { valid: 12, invalid: 2 },
      { total: 14, blank: 1, invalid: 1 },
      ["Phiếu hợp lệ", "12", "12", "Khớp"],
      ["Phiếu không hợp lệ", "2", "2", "Khớp"],
    ],
    [
      "a ballot still to key",
      { valid: 12, invalid: 2 },
      { total: 13, blank: 1, invalid: 1 },
      ["Phiếu hợp lệ", "12", "11", "Chênh lệch 1 phiếu"],
      ["Phiếu không hợp lệ", "2", "2", "Khớp"],
    ],
    [
      "a blank ballot keyed as valid",
      { valid: 12, invalid: 2 },
      { total: 14, blank: 0, invalid: 1 },
      ["Phiếu hợp lệ", "12", "13", "Chênh lệch 1 phiếu"],
      ["Phiếu không hợp lệ", "2", "1", "Chênh lệch 1 phiếu"],
    ],
    [
      "the team's count not recorded",
      { valid: null, invalid: null },
      { total: 14, blank: 1, invalid: 1 },
      ["Phiếu hợp lệ", "…", "12", "Chưa có số liệu kiểm phiếu"],
      ["Phiếu không hợp lệ", "…", "2", "Chưa có số liệu kiểm phiếu"],
    ],
  ] as const)(
    "Decree 59/2023 Art 4 k6 (form 04): blank and invalid ballots keyed, compared with the count — %s",
    (_label, count, keyed, validRow, invalidRow) => {
      const doc = buildCountRecord({
        communeName: "Thị trấn Chợ Chùa",
        place: "Chợ Chùa",
        at,
        number: null,
        amends: null,
        neighbourhood: "Thôn Đông",
        consultationTitle: "Lấy ý kiến về đóng góp làm đường",
        figures,
        questions: [question],
        ballots: { issued: 15, returned: count.valid === null ? null : 14, ...count },
        keyed,
        team: ["A", "B", "C"],
        witnesses: ["D", "E"],
        outcomeText: null,
        notes: "",
      });
      const table = doc.blocks.find((b) => b.type === "table" && b.head[0] === "Loại phiếu");
      expect(table && table.type === "table" ? table.rows : null).toEqual([
        [...validRow],
        [...invalidRow],
        ["Trong đó: phiếu trắng", "—", String(keyed.blank), ""],
        ["Trong đó: phiếu không hợp lệ khác", "—", String(keyed.invalid), ""],
      ]);
    },
  );

  test("meeting minutes: households represented and not represented (Decree 59 form 03)", () => {
    const doc = buildMeetingMinutes({
      communeName: "Thị trấn Chợ Chùa",
      place: "Chợ Chùa",
      at,
      number: null,
      amends: null,
      neighbourhood: "Thôn Đông",
      consultationTitle: "Lấy ý kiến về đóng góp làm đường",
      meeting: {
        heldAt: at,
        place: "Nhà văn hóa thôn",
        chairName: "Nguyễn Văn A",
        secretaryName: "Lê Thị B",
        voteMode: "SHOW_OF_HANDS",
      },
      present: 12,
      roll: 15,
      figures,
      questions: [question],
      outcomeText: null,
      notes: "",
    });
    expect(text(doc)).toContain(
      "Số hộ gia đình có đại diện tham dự: 12/15 hộ (80%); số hộ gia đình không có đại diện tham dự: 3 hộ.",
    );
    expect(doc.signers.map((s) => s.title)).toEqual(["THƯ KÝ", "CHỦ TRÌ"]);
  });
});

describe("the response to an opinion, as the report states it (Law 10/2022 Art 26 k2)", () => {
  test.each([
    ["a response in its own words", "TAKEN_UP", "Mặt đường rộng 3 m.", "Tiếp thu: Mặt đường rộng 3 m."],
    ["a response that is only its kind: not said twice", "TAKEN_UP", "Tiếp thu.", "Tiếp thu."],
    [
      "one that opens with its kind, any case",
      "TAKEN_UP",
      "tiếp thu, bổ sung rãnh thoát nước",
      "tiếp thu, bổ sung rãnh thoát nước.",
    ],
    ["an empty one: the kind alone", "EXPLAINED", "  ", "Giải trình."],
    [
      "a sentence without its full stop gets one",
      "FORWARDED",
      "Gửi UBND tỉnh",
      "Chuyển cơ quan có thẩm quyền: Gửi UBND tỉnh.",
    ],
  ] as const)("%s", (_, kind, text, expected) => {
    expect(responseSentence(kind, text)).toBe(expected);
  });
});

describe("the PDF", () => {
  test("embeds a font that keeps every Vietnamese diacritic (text extracted back from the file)", async () => {
    const bytes = await renderRecordPdf(buildSummaryReport(summary()), { title: "Báo cáo", at });
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const flat = (await pdfText(bytes)).join(" ");
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 05/BC-UBND",
      "Chợ Chùa, ngày 05 tháng 01 năm 2027",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Trần Văn Bình",
      "Nơi nhận:",
      "- Lưu: VT.",
    ]) {
      expect(flat, s).toContain(s);
    }
  });

  test("Decree 30 Appendix I box 9: “Nơi nhận:” is set in the bold italic face, every letter intact", async () => {
    const bytes = await renderRecordPdf(buildSummaryReport(summary()), { title: "Báo cáo", at });
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false })
      .promise;
    const page = await pdf.getPage(pdf.numPages);
    await page.getOperatorList(); // loads the page's fonts
    const content = await page.getTextContent();
    const item = content.items.find((i) => "str" in i && i.str === "Nơi nhận:");
    expect(item).toBeDefined();
    const font = page.commonObjs.get((item as { fontName: string }).fontName) as { name: string };
    expect(font.name).toMatch(/\+LiberationSerif-BoldItalic$/);
  });

  test("the signature block never stands alone on a page: the last paragraph goes over with it", async () => {
    const theme = (i: number) => ({
      title: `Ý kiến số ${i} về quy cách con đường và rãnh thoát nước hai bên`,
      responseKind: "EXPLAINED" as const,
      responseText: "Phương án đã tính đến mặt bằng hiện có của các hộ, chiều rộng giữ nguyên như quy hoạch đã duyệt.",
      opinions: i,
    });
    let broke = 0;
    // From a one-page report to three pages, so that somewhere the signatures fall right at a page's end.
    for (let n = 1; n <= 34; n += 1) {
      const doc = buildSummaryReport(summary({ themes: Array.from({ length: n }, (_, i) => theme(i + 1)) }));
      const pages = await pdfText(await renderRecordPdf(doc, { title: "Báo cáo", at }));
      const signed = pages.findIndex((p) => p.includes("PHÓ CHỦ TỊCH"));
      const last = doc.blocks[doc.blocks.length - 1];
      expect(last.type, `n=${n}`).toBe("para");
      const lastWords = (last as { text: string }).text.split(" ").slice(-4).join(" ");
      expect(pages[signed], `n=${n}: the signature page carries the end of the text`).toContain(lastWords);
      if (pages.length > 1) broke++;
    }
    expect(broke).toBeGreaterThan(0);
  });
});
