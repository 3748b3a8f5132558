// Numbers, dates, times and amounts in Vietnamese words, for the loudspeaker script (Law on
// Grassroots Democracy Art 13 k3; docs/LAW.md#r17): each tricky reading of the spoken language.
import { describe, expect, test } from "vitest";
import {
  clockWords,
  dateTimeWords,
  dateWords,
  numberWords,
  shortDate,
  shortTime,
  speakable,
  writtenNumberWords,
} from "@/domain/materials/words";

describe("numbers in words", () => {
  test.each([
    ["0", 0, "không"],
    ["1", 1, "một"],
    ["4 is bốn on its own", 4, "bốn"],
    ["5", 5, "năm"],
    ["10 is mười", 10, "mười"],
    ["11 is mười một (no mốt after mười)", 11, "mười một"],
    ["14 is mười bốn (no tư after mười)", 14, "mười bốn"],
    ["15 is mười lăm", 15, "mười lăm"],
    ["20", 20, "hai mươi"],
    ["21 is hai mươi mốt", 21, "hai mươi mốt"],
    ["24 is hai mươi tư", 24, "hai mươi tư"],
    ["25 is hai mươi lăm", 25, "hai mươi lăm"],
    ["100", 100, "một trăm"],
    ["101 is một trăm lẻ một (no mốt after lẻ)", 101, "một trăm lẻ một"],
    ["105 is một trăm lẻ năm (no lăm after lẻ)", 105, "một trăm lẻ năm"],
    ["110", 110, "một trăm mười"],
    ["115", 115, "một trăm mười lăm"],
    ["1 000", 1000, "một nghìn"],
    ["1 005 reads its zero hundred", 1005, "một nghìn không trăm lẻ năm"],
    ["2 026 reads its zero hundred", 2026, "hai nghìn không trăm hai mươi sáu"],
    ["10 000", 10000, "mười nghìn"],
    ["500 000", 500000, "năm trăm nghìn"],
    ["1 000 000", 1000000, "một triệu"],
    ["1 200 000 000", 1200000000, "một tỷ hai trăm triệu"],
  ])("%s", (_label, n, words) => {
    expect(numberWords(n)).toBe(words);
  });

  test("a decimal reads its point as phẩy", () => {
    expect(numberWords("1.2")).toBe("một phẩy hai");
  });

  test("not a number is refused", () => {
    expect(() => numberWords("12a")).toThrow(RangeError);
    expect(() => numberWords(1.5)).toThrow(RangeError);
  });

  test.each([
    ["dots between thousands", "1.200.000", "một triệu hai trăm nghìn"],
    ["decimal comma", "1,2", "một phẩy hai"],
    ["both", "2.500,5", "hai nghìn năm trăm phẩy năm"],
    ["plain", "2026", "hai nghìn không trăm hai mươi sáu"],
  ])("written the Vietnamese way: %s", (_label, written, words) => {
    expect(writtenNumberWords(written)).toBe(words);
  });
});

describe("dates and times in words (Vietnam time)", () => {
  test.each([
    [
      "21/12/2026",
      "2026-12-21T10:00:00+07:00",
      "ngày hai mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu",
    ],
    [
      "a day up to the tenth takes mồng",
      "2027-01-05T10:00:00+07:00",
      "ngày mồng năm tháng một năm hai nghìn không trăm hai mươi bảy",
    ],
    ["the tenth", "2027-03-10T10:00:00+07:00", "ngày mồng mười tháng ba năm hai nghìn không trăm hai mươi bảy"],
    ["April is tháng tư", "2027-04-14T10:00:00+07:00", "ngày mười bốn tháng tư năm hai nghìn không trăm hai mươi bảy"],
    [
      "the 24th is hai mươi tư",
      "2027-11-24T10:00:00+07:00",
      "ngày hai mươi tư tháng mười một năm hai nghìn không trăm hai mươi bảy",
    ],
    [
      "late evening UTC is the next day in Vietnam",
      "2026-12-20T18:00:00Z",
      "ngày hai mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu",
    ],
  ])("%s", (_label, iso, words) => {
    expect(dateWords(new Date(iso))).toBe(words);
  });

  test("without the year", () => {
    expect(dateWords(new Date("2026-12-01T07:00:00+07:00"), { year: false })).toBe("ngày mồng một tháng mười hai");
  });

  test.each([
    [14, 0, "mười bốn giờ"],
    [14, 30, "mười bốn giờ ba mươi phút"],
    [9, 5, "chín giờ năm phút"],
    [7, 15, "bảy giờ mười lăm phút"],
    [0, 0, "không giờ"],
    [21, 45, "hai mươi mốt giờ bốn mươi lăm phút"],
  ])("%i:%i", (h, m, words) => {
    expect(clockWords(h, m)).toBe(words);
  });

  test("a moment: time then date; short forms dd/MM/yyyy and HH:mm", () => {
    const at = new Date("2026-12-21T10:00:00Z"); // 17:00 in Vietnam
    expect(dateTimeWords(at)).toBe(
      "mười bảy giờ ngày hai mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu",
    );
    expect(shortDate(at)).toBe("21/12/2026");
    expect(shortTime(at)).toBe("17:00");
    expect(shortDate(new Date("2027-01-04T20:30:00Z"))).toBe("05/01/2027");
    expect(shortTime(new Date("2027-01-04T20:30:00Z"))).toBe("03:30");
  });
});

describe("numbers inside free text are read out", () => {
  test.each([
    ["an amount in đồng, per household", "Mức đóng góp 500.000 đồng/hộ.", "Mức đóng góp năm trăm nghìn đồng một hộ."],
    ["an amount with a scale word", "Tổng mức đầu tư 1,2 tỷ đồng.", "Tổng mức đầu tư một phẩy hai tỷ đồng."],
    ["đ and VNĐ", "Góp 200.000đ hoặc 2 triệu VNĐ", "Góp hai trăm nghìn đồng hoặc hai triệu đồng"],
    [
      "a date with ngày before it",
      "Khởi công ngày 05/01/2027",
      "Khởi công ngày mồng năm tháng một năm hai nghìn không trăm hai mươi bảy",
    ],
    [
      "a date without ngày",
      "hạn 21/12/2026.",
      "hạn ngày hai mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu.",
    ],
    ["a time", "Họp lúc 14:30 và 8h", "Họp lúc mười bốn giờ ba mươi phút và tám giờ"],
    ["a percentage", "đạt 66,7%", "đạt sáu mươi sáu phẩy bảy phần trăm"],
    [
      "a telephone number is read digit by digit",
      "Gọi 0905123456.",
      "Gọi không chín không năm một hai ba bốn năm sáu.",
    ],
    [
      "other numbers",
      "Đường dài 1.250 m, rộng 3,5 m, qua Tổ 5.",
      "Đường dài một nghìn hai trăm năm mươi mét, rộng ba phẩy năm mét, qua Tổ năm.",
    ],
    [
      "areas and weights",
      "Thu hồi 2,5 ha, 3 km đường, 10 tấn",
      "Thu hồi hai phẩy năm héc-ta, ba ki-lô-mét đường, mười tấn",
    ],
    [
      "a plain count",
      "Có 105 hộ, 21 thôn và 2.026 người",
      "Có một trăm lẻ năm hộ, hai mươi mốt thôn và hai nghìn không trăm hai mươi sáu người",
    ],
    ["digits inside a word are left alone", "Quốc lộ 1A, mã QL24", "Quốc lộ 1A, mã QL24"],
    ["an impossible date is left as written", "ngày 31/02/2027", "ngày 31/02/2027"],
  ])("%s", (_label, text, spoken) => {
    expect(speakable(text)).toBe(spoken);
  });
});
