// Public verification of a record's copy (src/app/(public)/verify). Keys must match ./en.ts.
export const verifyVi = {
  title: "Xác thực văn bản",
  navLink: "Xác thực văn bản",
  lead: "Kiểm tra một bản giấy hoặc một tệp PDF có đúng là văn bản đã được Ủy ban nhân dân ký ban hành hay không. Tệp chỉ được dùng để tính mã, không được lưu lại.",
  number: {
    title: "Kiểm tra bản giấy bằng số văn bản",
    lead: "Cuối mỗi văn bản đã ký ban hành có một mã QR và dòng “Kiểm tra bản này tại …”. Quét mã QR bằng điện thoại sẽ mở thẳng kết quả; hoặc nhập các thông tin in ở dòng đó.",
    numberLabel: "Số văn bản",
    numberHint: "Như in trên văn bản, ví dụ 01/BC‑UBND hoặc 03/BB.",
    yearLabel: "Năm ban hành",
    yearHint: "Năm ghi ở dòng ngày tháng của văn bản, ví dụ 2026.",
    communeLabel: "Xã, phường ban hành",
    communeHint: "Ủy ban nhân dân ghi ở góc trên bên trái văn bản.",
    codeLabel: "Mã kiểm tra (không bắt buộc)",
    codeHint:
      "16 ký tự in sau chữ “Mã kiểm tra”, ví dụ 1a2b 3c4d 5e6f 7a8b. Có mã, hệ thống cho biết bản trên tay có đúng là văn bản đã ký hay không.",
    submit: "Tra cứu văn bản",
    communeChoose: "— Chọn xã, phường —",
    communeRequired: "Vui lòng chọn xã, phường đã ban hành văn bản.",
  },
  file: {
    title: "Kiểm tra bằng tệp PDF",
    label: "Tệp PDF cần xác thực",
    hint: "Chọn đúng tệp PDF đã tải về từ hệ thống.",
    submit: "Xác thực tệp",
    errors: {
      required: "Vui lòng chọn tệp PDF cần xác thực.",
      tooLarge: "Tệp quá lớn: văn bản của hệ thống không vượt quá {max} MB. Vui lòng kiểm tra lại tệp đã chọn.",
      failed: "Không kiểm tra được tệp này. Vui lòng thử lại.",
    },
  },
  digest: {
    title: "Kiểm tra bằng mã SHA-256",
    label: "Mã SHA-256 của văn bản",
    hint: "Gồm 64 ký tự 0–9 và a–f, do người gửi tệp cung cấp hoặc ghi trong danh sách văn bản của xã.",
    submit: "Xác thực mã",
  },
  found: {
    title: "Văn bản hợp lệ",
    what: "Đây là {kind}{number, select, none {} other { số {number}}} của {commune}, ký ban hành ngày {date} lúc {time}{signer, select, none {} other { bởi {signer}}}.",
    titleLabel: "Trích yếu",
    consultation: "Đợt lấy ý kiến",
    digest: "Mã SHA-256",
    amended: "Lưu ý: văn bản này đã được đính chính, thay thế bởi:",
    amendedItem:
      "văn bản {number, select, none {(chưa có số)} other {số {number}}}{date, select, none {} other {, ký ban hành ngày {date}}}",
    amendedAdvice: "Vui lòng đối chiếu với văn bản đính chính.",
    codeMatches: "Mã kiểm tra {code} in trên bản này khớp với văn bản đã ký ban hành.",
    compare:
      "Vui lòng đối chiếu trích yếu dưới đây với bản trên tay. Nhập cả mã kiểm tra in ở cuối văn bản để biết chắc bản đó không bị sửa.",
  },
  mismatch: {
    title: "Cảnh báo: mã kiểm tra không khớp với văn bản số này",
    what: "Ủy ban nhân dân {commune} có ban hành {kind}{number, select, none {} other { số {number}}} ngày {date}, nhưng mã kiểm tra {code} in trên bản này không phải của văn bản đó.",
    advice:
      "Bản trên tay có thể đã bị sửa, hoặc số, năm, mã đã nhập chưa đúng. Vui lòng kiểm tra lại, đối chiếu với nội dung dưới đây, hoặc liên hệ Ủy ban nhân dân {commune}.",
  },
  altered: {
    title: "Cảnh báo: bản lưu của văn bản này đã bị thay đổi",
    what: "Mã này là của {kind}{number, select, none {} other { số {number}}} của {commune}, ký ban hành ngày {date} lúc {time}, nhưng bản lưu tại hệ thống không còn là văn bản đã ký ban hành:",
    parts: {
      content: "Nội dung văn bản lưu tại hệ thống đã bị sửa: không còn khớp với mã nội dung ghi khi ký ban hành.",
      pdf: "Tệp PDF lưu tại hệ thống đã bị thay đổi: không còn khớp với mã SHA-256 ghi khi ký ban hành.",
      auditEntryMissing: "Nhật ký hệ thống không còn bản ghi việc ký ban hành văn bản này.",
      auditEntry: "Bản ghi việc ký ban hành văn bản này trong nhật ký hệ thống đã bị sửa.",
    },
    advice: "Không thể xác nhận văn bản này là hợp lệ. Vui lòng liên hệ Ủy ban nhân dân {commune} để được xác minh.",
  },
  notFound: {
    title: "Không có văn bản nào khớp với mã này",
    lead: "Hệ thống không có văn bản đã ký ban hành nào mang mã SHA-256 này.",
    adviceTitle: "Vì sao có thể như vậy?",
    exact: "Tệp phải đúng là tệp PDF đã tải về từ hệ thống, không chỉnh sửa.",
    resaved:
      "Mở rồi lưu lại, in ra PDF (“Print to PDF”), ký số thêm, nén hoặc chụp, quét lại đều tạo ra một tệp khác, có mã khác, dù nội dung trông giống hệt.",
    draft: "Bản dự thảo chưa ký ban hành không xác thực được.",
    contact: "Nếu cần, hãy đề nghị Ủy ban nhân dân xã cung cấp lại bản PDF gốc.",
  },
  notFoundNumber: {
    title: "Không có văn bản nào mang số này",
    lead: "Hệ thống không có văn bản đã ký ban hành nào số {number} năm {year}.",
    check: "Vui lòng kiểm tra lại số văn bản, năm ban hành và xã, phường đã chọn.",
  },
  digestLabel: "Mã đã kiểm tra:",
  again: "Kiểm tra văn bản khác",
};
