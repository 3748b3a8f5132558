// Names of uploaded documents (src/domain/file-names.ts): the extension is the detected type's
// (OWASP File Upload Cheat Sheet), the uploader's control characters, quotes, path separators and
// bidi controls never reach a header, and Content-Disposition is RFC 6266 with an ASCII fallback
// and the UTF-8 name in filename* (RFC 8187).
import contentDisposition from "content-disposition";
import { describe, expect, test } from "vitest";
import { asciiFileName, contentDispositionFor, EXTENSIONS, fileNameForType } from "@/domain/file-names";
import { DOCUMENT_TYPES } from "@/server/documents/mutations";

const PDF = "application/pdf";

describe("the stored name takes the detected type's extension", () => {
  test.each([
    ["a PDF named .html", "bao-cao.html", PDF, "bao-cao.pdf"],
    ["a PDF named .exe", "to-trinh.exe", PDF, "to-trinh.pdf"],
    ["a PDF without an extension", "to-trinh", PDF, "to-trinh.pdf"],
    ["a PDF already .pdf", "to-trinh.pdf", PDF, "to-trinh.pdf"],
    ["an extension in capitals is kept", "TO-TRINH.PDF", PDF, "TO-TRINH.PDF"],
    ["a double extension: the last one is replaced", "bao-cao.pdf.html", PDF, "bao-cao.pdf.pdf"],
    ["a JPEG may be .jpeg", "anh.jpeg", "image/jpeg", "anh.jpeg"],
    ["a JPEG named .png becomes .jpg", "anh.png", "image/jpeg", "anh.jpg"],
    ["a PNG named .jpg becomes .png", "so-do.jpg", "image/png", "so-do.png"],
    ["a WebP named .gif", "anh.gif", "image/webp", "anh.webp"],
    ["a date is not an extension", "Biên bản họp 12.5.2026", PDF, "Biên bản họp 12.5.2026.pdf"],
    ["Vietnamese kept, in NFC", "Bie\u0302n ba\u0309n.html", PDF, "Biên bản.pdf"],
    ["quotes, CR and LF dropped", 'Biên bản "họp"\r\nthôn Đông.pdf', PDF, "Biên bản họp thôn Đông.pdf"],
    ["only the last part of a path", "C:\\fakepath\\..\\to-trinh.pdf", PDF, "to-trinh.pdf"],
    ["a Unix path", "../../etc/passwd", PDF, "passwd.pdf"],
    ["a right-to-left override cannot disguise the extension", "tai-lieu\u202Efdp.exe", PDF, "tai-lieu fdp.pdf"],
    ["no leading dot (no hidden file)", ".htaccess", PDF, "htaccess.pdf"],
    ["characters Windows refuses", "a<b>c:d|e?f*g.pdf", PDF, "a b c d e f g.pdf"],
    ["nothing left: the default name", '"\r\n"', PDF, "tai-lieu.pdf"],
    ["empty", "", "image/png", "tai-lieu.png"],
    ["an unknown type keeps the cleaned name", "x\r\n.bin", "application/octet-stream", "x.bin"],
  ])("%s", (_label, name, type, expected) => {
    expect(fileNameForType(name, type)).toBe(expected);
  });

  test("at most 200 characters, the extension kept", () => {
    const name = fileNameForType(`${"Biên bản ".repeat(40)}.html`, PDF);
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith(".pdf")).toBe(true);
  });

  test("every accepted upload type has its extensions", () => {
    for (const type of DOCUMENT_TYPES) expect(EXTENSIONS[type]?.length).toBeGreaterThan(0);
  });
});

describe("the ASCII fallback", () => {
  test.each([
    ["Vietnamese letters lose their marks", "Biên bản họp thôn Đông.pdf", "Bien ban hop thon Dong.pdf"],
    ["đ and Đ", "đường Đá.pdf", "duong Da.pdf"],
    ["other scripts become _", "文件.pdf", "__.pdf"],
    ["no percent sign (RFC 6266 Appendix D)", "100%.pdf", "100_.pdf"],
    ["ASCII unchanged", "bao-cao.pdf", "bao-cao.pdf"],
  ])("%s", (_label, name, expected) => {
    expect(asciiFileName(name)).toBe(expected);
  });
});

describe("Content-Disposition", () => {
  test.each([
    ["ASCII: filename only", "bao-cao.pdf", "inline", 'inline; filename="bao-cao.pdf"'],
    [
      "Vietnamese: ASCII fallback and the UTF-8 name",
      "Tờ trình.pdf",
      "attachment",
      `attachment; filename="To trinh.pdf"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh.pdf`,
    ],
    [
      "Latin-1 still gets an ASCII fallback",
      "café.pdf",
      "attachment",
      `attachment; filename="cafe.pdf"; filename*=UTF-8''caf%C3%A9.pdf`,
    ],
    ["a stored raw name is cleaned first", 'a"b\r\nc/d.pdf', "attachment", 'attachment; filename="d.pdf"'],
    [
      "quotes and CR/LF inside a name",
      'Báo "cáo"\r\n.pdf',
      "inline",
      `inline; filename="Bao cao.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o.pdf`,
    ],
  ] as const)("%s", (_label, name, type, expected) => {
    const header = contentDispositionFor(name, type);
    expect(header).toBe(expected);
    expect(header).not.toMatch(/[\r\n\\]/);
    expect(contentDisposition.parse(header).type).toBe(type);
  });
});
