// The publicity materials of one fixed consultation, word for word (Law on Grassroots Democracy
// Art 12 k1 "in many forms", Art 13 k1 what a notice says, Art 13 k3 the loudspeaker; Decree 61/2023
// Art 9; docs/LAW.md#r17): the loudspeaker script in both lengths, the SMS with its segment counts,
// and the notice's content in the form of Decree 30/2020.
import { describe, expect, test } from "vitest";
import { meetingPlaceText, offersMaterials, subjectOf, type MaterialFacts } from "@/domain/materials/facts";
import { buildLargeNotice, buildNotice } from "@/domain/materials/notice";
import { fullScript, readingSeconds, shortScript, wordCount } from "@/domain/materials/script";
import { shortTitle, smsCount, smsMaterials, smsText, unaccented } from "@/domain/materials/sms";
import { CONSULTATION_STATUSES } from "@/domain/consultation-status";

const URL = "https://ydan.example.vn/hoa-binh/consultations/c1";

const facts: MaterialFacts = {
  title: "Lấy ý kiến về làm đường bê tông thôn Đông",
  summary: "Đường dài 1.250 m, mức đóng góp 500.000 đồng/hộ, tổng mức đầu tư 1,2 tỷ đồng",
  matterLabel: "Đóng góp xây dựng công trình công cộng",
  communeName: "Xã Hòa Bình",
  place: "Hòa Bình",
  communeAddress: "Thôn Đông, xã Hòa Bình",
  areas: ["Thôn Đông", "Thôn Tây"],
  opensAt: new Date("2026-12-01T07:00:00+07:00"),
  closesAt: new Date("2026-12-21T17:00:00+07:00"),
  channels: ["PAPER_BALLOT", "ONLINE", "MEETING"],
  meetingAt: new Date("2026-12-10T14:00:00+07:00"),
  meetingPlace: "",
  publicUrl: URL,
  issuedAt: new Date("2026-11-28T09:00:00+07:00"),
};

const PERIOD_SPOKEN =
  "từ bảy giờ ngày mồng một tháng mười hai đến mười bảy giờ ngày hai mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu";

describe("loudspeaker script (Law Art 13 k3)", () => {
  test("short version: what, when, how, in 30–45 seconds", () => {
    const text = shortScript(facts);
    expect(text).toBe(
      "Ủy ban nhân dân xã Hòa Bình thông báo: lấy ý kiến Nhân dân về làm đường bê tông thôn Đông. " +
        `Thời gian lấy ý kiến ${PERIOD_SPOKEN}. ` +
        "Đề nghị đại diện các hộ gia đình ở thôn Đông và thôn Tây tham gia ý kiến. " +
        "Bà con có thể tham gia trực tuyến bằng mã hộ và mã PIN trên phiếu mời, bằng phiếu lấy ý kiến nộp cho trưởng thôn, tổ trưởng tổ dân phố " +
        "hoặc tại cuộc họp lúc mười bốn giờ ngày mồng mười tháng mười hai, tại nhà văn hóa thôn, tổ dân phố. " +
        "Xin trân trọng thông báo.",
    );
    expect(readingSeconds(text)).toBeGreaterThanOrEqual(30);
    expect(readingSeconds(text)).toBeLessThanOrEqual(45);
  });

  test("full version: greeting, matter, amounts in words, area, period, each channel, repeat, closing", () => {
    expect(fullScript(facts).split("\n\n")).toEqual([
      "Kính thưa bà con Nhân dân thôn Đông và thôn Tây!",
      "Thực hiện Luật Thực hiện dân chủ ở cơ sở, Ủy ban nhân dân xã Hòa Bình tổ chức lấy ý kiến Nhân dân về làm đường bê tông thôn Đông. Đây là nội dung thuộc loại việc: đóng góp xây dựng công trình công cộng.",
      "Đường dài một nghìn hai trăm năm mươi mét, mức đóng góp năm trăm nghìn đồng một hộ, tổng mức đầu tư một phẩy hai tỷ đồng.",
      "Phạm vi lấy ý kiến: các hộ gia đình ở thôn Đông và thôn Tây. Mỗi hộ gia đình cho một ý kiến, do chủ hộ hoặc người đại diện hộ thực hiện.",
      `Thời gian lấy ý kiến ${PERIOD_SPOKEN}.`,
      "Bà con có thể tham gia ý kiến theo ba cách sau đây.",
      "Thứ nhất, trực tuyến: quét mã QR trên phiếu mời hoặc trên thông báo niêm yết, đăng nhập bằng mã hộ và mã PIN ghi trên phiếu mời gửi đến hộ.",
      "Thứ hai, bằng phiếu lấy ý kiến: ghi ý kiến vào phiếu lấy ý kiến được phát đến hộ gia đình, gửi lại cho trưởng thôn, tổ trưởng tổ dân phố.",
      "Thứ ba, tại cuộc họp: đại diện hộ dự cuộc họp lúc mười bốn giờ ngày mồng mười tháng mười hai năm hai nghìn không trăm hai mươi sáu, tại nhà văn hóa thôn, tổ dân phố.",
      `Xin nhắc lại: thời gian lấy ý kiến ${PERIOD_SPOKEN}; cuộc họp lúc mười bốn giờ ngày mồng mười tháng mười hai năm hai nghìn không trăm hai mươi sáu, tại nhà văn hóa thôn, tổ dân phố.`,
      "Ủy ban nhân dân xã Hòa Bình đề nghị bà con quan tâm, tham gia ý kiến đầy đủ. Xin trân trọng cảm ơn bà con!",
    ]);
  });

  test("no digit is left for the announcer to read", () => {
    expect(shortScript(facts)).not.toMatch(/\d/);
    expect(fullScript(facts)).not.toMatch(/\d/);
  });

  test("a meeting place given is said; letters and the suggestion box have their own lines", () => {
    const text = fullScript({
      ...facts,
      channels: ["MEETING", "WRITTEN", "SUGGESTION_BOX"],
      meetingPlace: "Hội trường UBND xã",
      areas: ["Tổ dân phố 3"],
    });
    expect(text).toContain("Kính thưa bà con Nhân dân tổ dân phố ba!");
    expect(text).toContain(
      "Thứ nhất, tại cuộc họp: đại diện hộ dự cuộc họp lúc mười bốn giờ ngày mồng mười tháng mười hai năm hai nghìn không trăm hai mươi sáu, tại Hội trường UBND xã.",
    );
    expect(text).toContain("Thứ hai, bằng văn bản: gửi thư góp ý đến Ủy ban nhân dân xã Hòa Bình.");
    expect(text).toContain("Thứ ba, qua hòm thư góp ý: bỏ ý kiến vào hòm thư góp ý của Ủy ban nhân dân xã Hòa Bình.");
  });

  test("one channel: no ordinal; a meeting without a time follows the heads' schedule", () => {
    const text = fullScript({ ...facts, channels: ["MEETING"], meetingAt: null });
    expect(text).toContain("Bà con có thể tham gia ý kiến theo cách sau đây.");
    expect(text).toContain(
      "\n\ntại cuộc họp: đại diện hộ dự cuộc họp theo lịch do trưởng thôn, tổ trưởng tổ dân phố thông báo, tại nhà văn hóa thôn, tổ dân phố.",
    );
    expect(text).toContain(`Xin nhắc lại: thời gian lấy ý kiến ${PERIOD_SPOKEN}.`);
  });

  test("a period across two years says both years", () => {
    const text = shortScript({
      ...facts,
      opensAt: new Date("2026-12-28T07:00:00+07:00"),
      closesAt: new Date("2027-01-15T17:00:00+07:00"),
    });
    expect(text).toContain(
      "từ bảy giờ ngày hai mươi tám tháng mười hai năm hai nghìn không trăm hai mươi sáu đến mười bảy giờ ngày mười lăm tháng một năm hai nghìn không trăm hai mươi bảy",
    );
  });

  test("the short version names at most three neighbourhoods; the full one lists them all", () => {
    const areas = ["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4"];
    expect(shortScript({ ...facts, areas })).toContain(
      "Đề nghị đại diện các hộ gia đình trong xã Hòa Bình tham gia ý kiến.",
    );
    expect(fullScript({ ...facts, areas })).toContain(
      "Phạm vi lấy ý kiến: các hộ gia đình ở thôn một, thôn hai, thôn ba và thôn bốn.",
    );
    expect(fullScript({ ...facts, areas })).toContain("Kính thưa bà con Nhân dân trong xã Hòa Bình!");
  });

  test("reading time: about 180 words a minute", () => {
    expect(wordCount("một hai  ba\nbốn")).toBe(4);
    expect(readingSeconds(Array(90).fill("chữ").join(" "))).toBe(30);
  });
});

describe("short message for SMS and Zalo (Law Art 12 k1)", () => {
  test.each([
    [
      "160 GSM-7 characters are one segment",
      "a".repeat(160),
      { characters: 160, segments: 1, encoding: "GSM-7", perSegment: 160 },
    ],
    [
      "161 GSM-7 characters are two of 153",
      "a".repeat(161),
      { characters: 161, segments: 2, encoding: "GSM-7", perSegment: 153 },
    ],
    [
      "306 GSM-7 characters are two",
      "a".repeat(306),
      { characters: 306, segments: 2, encoding: "GSM-7", perSegment: 153 },
    ],
    [
      "307 GSM-7 characters are three",
      "a".repeat(307),
      { characters: 307, segments: 3, encoding: "GSM-7", perSegment: 153 },
    ],
    ["one ấ makes it UCS-2", "ấ", { characters: 1, segments: 1, encoding: "UCS-2", perSegment: 70 }],
    [
      "70 UCS-2 characters are one segment",
      "ấ".repeat(70),
      { characters: 70, segments: 1, encoding: "UCS-2", perSegment: 70 },
    ],
    [
      "71 UCS-2 characters are two of 67",
      "ấ".repeat(71),
      { characters: 71, segments: 2, encoding: "UCS-2", perSegment: 67 },
    ],
    ["đ alone is UCS-2", "Đường", { characters: 5, segments: 1, encoding: "UCS-2", perSegment: 70 }],
    [
      "a GSM-7 extension character counts twice",
      "{}",
      { characters: 4, segments: 1, encoding: "GSM-7", perSegment: 160 },
    ],
    [
      "decomposed (NFD) text counts as composed",
      "ấ".normalize("NFD"),
      { characters: 1, segments: 1, encoding: "UCS-2", perSegment: 70 },
    ],
  ])("%s", (_label, text, count) => {
    expect(smsCount(text)).toMatchObject(count);
  });

  test.each([
    ["Lấy ý kiến về làm đường", "Lay y kien ve lam duong"],
    ["ĐƯỜNG Ở THÔN ĐÔNG", "DUONG O THON DONG"],
    ["Hòa Bình, Quảng Ngãi", "Hoa Binh, Quang Ngai"],
    ["ỹ ự ằ ẻ", "y u a e"],
  ])("unaccented: %s", (text, plain) => {
    expect(unaccented(text)).toBe(plain);
  });

  test("the message: title, closing date and address; its unaccented variant takes fewer segments", () => {
    const sms = smsMaterials(facts);
    expect(sms.accented).toEqual({
      text: `UBND xã Hòa Bình lấy ý kiến về làm đường bê tông thôn Đông đến 17:00 ngày 21/12/2026. Xem và góp ý: ${URL}`,
      characters: 149,
      segments: 3,
      encoding: "UCS-2",
      perSegment: 67,
    });
    expect(sms.unaccented).toEqual({
      text: `UBND xa Hoa Binh lay y kien ve lam duong be tong thon Dong den 17:00 ngay 21/12/2026. Xem va gop y: ${URL}`,
      characters: 149,
      segments: 1,
      encoding: "GSM-7",
      perSegment: 160,
    });
  });

  test("a long title is cut at a word with three dots (… is not GSM-7)", () => {
    const title = "Lấy ý kiến về " + "đường liên thôn ".repeat(10);
    const cut = shortTitle(subjectOf(title));
    expect(Array.from(cut).length).toBeLessThanOrEqual(70);
    expect(cut.endsWith("thôn...")).toBe(true);
    expect(smsText({ ...facts, title })).toContain(`về ${cut} đến`);
    expect(smsCount(unaccented(smsText({ ...facts, title }))).encoding).toBe("GSM-7");
  });
});

describe("the notice (Decree 30/2020 Appendix I; Law Art 13 k1–k2)", () => {
  test("header, title, subject, signature left blank for the Chairman, recipients", () => {
    const n = buildNotice(facts);
    expect(n.issuer).toEqual(["ỦY BAN NHÂN DÂN", "XÃ HÒA BÌNH"]);
    expect(n.numberLine).toBe("Số:      /TB-UBND");
    expect(n.placeDate).toBe("Hòa Bình, ngày 28 tháng 11 năm 2026");
    expect(n.docTitle).toBe("THÔNG BÁO");
    expect(n.subject).toBe("Về việc lấy ý kiến Nhân dân về làm đường bê tông thôn Đông");
    expect(n.signers).toEqual([{ authority: "TM. ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "" }]);
    expect(n.recipients).toEqual([
      "- Thường trực HĐND xã Hòa Bình;",
      "- Ban Thường trực UBMTTQ Việt Nam xã Hòa Bình;",
      "- Trưởng thôn, tổ trưởng tổ dân phố;",
      "- Lưu: VT.",
    ]);
    expect(n.qr).toEqual({
      url: URL,
      caption: "Toàn văn nội dung, tài liệu kèm theo và kết quả: quét mã QR hoặc truy cập",
    });
  });

  test("the content: matter, area, period in dd/MM/yyyy HH:mm, each channel, the address", () => {
    const text = buildNotice(facts).blocks.map((b) => (b.type === "table" ? "" : b.text));
    expect(text).toEqual([
      "Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022, Ủy ban nhân dân xã Hòa Bình thông báo lấy ý kiến Nhân dân như sau:",
      "1. Nội dung lấy ý kiến: Lấy ý kiến về làm đường bê tông thôn Đông (Đóng góp xây dựng công trình công cộng).",
      "Đường dài 1.250 m, mức đóng góp 500.000 đồng/hộ, tổng mức đầu tư 1,2 tỷ đồng.",
      "2. Phạm vi lấy ý kiến: các hộ gia đình tại thôn Đông và thôn Tây; mỗi hộ gia đình cho một ý kiến.",
      "3. Thời gian lấy ý kiến: từ 07:00 ngày 01/12/2026 đến 17:00 ngày 21/12/2026.",
      "4. Hình thức tham gia ý kiến:",
      "- Trực tuyến: quét mã QR hoặc truy cập địa chỉ in dưới mã QR trên thông báo này, đăng nhập bằng mã hộ và mã PIN ghi trên phiếu thông tin đăng nhập gửi đến hộ.",
      "- Bằng phiếu lấy ý kiến: ghi ý kiến vào phiếu lấy ý kiến được phát đến hộ gia đình, gửi lại cho trưởng thôn, tổ trưởng tổ dân phố.",
      "- Tại cuộc họp: đại diện hộ dự cuộc họp lúc 14:00 ngày 10/12/2026, tại nhà văn hóa thôn, tổ dân phố.",
      "Ủy ban nhân dân xã Hòa Bình đề nghị trưởng thôn, tổ trưởng tổ dân phố thông báo rộng rãi đến Nhân dân; đề nghị các hộ gia đình tham gia ý kiến đầy đủ, đúng thời gian./.",
    ]);
  });

  test("letters go to the commune office, at its address when known", () => {
    const text = buildNotice({ ...facts, channels: ["WRITTEN"] }).blocks.map((b) => (b.type === "table" ? "" : b.text));
    expect(text).toContain(
      "- Bằng văn bản: gửi thư góp ý đến Ủy ban nhân dân xã Hòa Bình (địa chỉ: Thôn Đông, xã Hòa Bình).",
    );
  });

  test("large print: few words, the same facts", () => {
    const n = buildLargeNotice(facts);
    expect(n.headline).toBe("Lấy ý kiến Nhân dân về làm đường bê tông thôn Đông");
    expect(n.lines).toEqual([
      { label: "Khu vực", text: "Thôn Đông và Thôn Tây" },
      { label: "Thời gian", text: "từ 07:00 ngày 01/12/2026 đến 17:00 ngày 21/12/2026" },
    ]);
    expect(n.ways).toEqual([
      "Trực tuyến: quét mã QR dưới đây, dùng mã hộ và mã PIN trên phiếu mời.",
      "Phiếu giấy: điền phiếu phát đến hộ, nộp cho trưởng thôn, tổ trưởng.",
      "Họp: lúc 14:00 ngày 10/12/2026, tại nhà văn hóa thôn, tổ dân phố.",
    ]);
    expect(n.qr.url).toBe(URL);
  });

  test.each([
    ["", "tại nhà văn hóa thôn, tổ dân phố"],
    ["  ", "tại nhà văn hóa thôn, tổ dân phố"],
    ["Hội trường thôn Đông.", "tại Hội trường thôn Đông"],
    ["Tại sân bóng thôn Tây", "tại sân bóng thôn Tây"],
  ])("meeting place %j reads %j", (place, text) => {
    expect(meetingPlaceText(place)).toBe(text);
  });
});

describe("which consultations have materials (Law Art 12–13: only what is approved and public)", () => {
  test.each(CONSULTATION_STATUSES.map((s) => [s, !["DRAFT", "SUBMITTED", "CANCELLED"].includes(s)] as const))(
    "%s: %s",
    (status, offered) => {
      expect(offersMaterials(status)).toBe(offered);
    },
  );
});
