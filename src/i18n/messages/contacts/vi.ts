// Vietnamese strings of households' contacts: the phone and e-mail columns, the answer about
// messages, and what staff without contact.read see instead. Keys must match ./en.ts.
export const contactsVi = {
  title: "Liên hệ của hộ",
  column: "Liên hệ",
  email: "Email",
  consentColumn: "Nhận tin",
  hasPhone: "Có số điện thoại",
  hasEmail: "Có email",
  noContact: "Chưa có",
  consent: {
    UNKNOWN: "Chưa hỏi",
    GIVEN: "Đồng ý nhận tin",
    OPTED_OUT: "Từ chối nhận tin",
  },
  // Shown above a list or a page with the numbers: why the view is recorded.
  auditedNotice:
    "Số điện thoại, email của hộ là dữ liệu cá nhân, chỉ dùng để báo tin cho hộ về các đợt lấy ý kiến. Mỗi lần xem trang này được ghi vào nhật ký hệ thống.",
  // Shown to staff who do not see them: where the numbers are and why they are not here.
  hiddenNotice:
    "Số điện thoại, email của hộ là dữ liệu cá nhân: chỉ trưởng thôn, tổ dân phố (với hộ của thôn, tổ mình), công chức và quản trị hệ thống xem được. Ở đây chỉ cho biết hộ có hay chưa có.",
  form: {
    email: "Email (không bắt buộc)",
    emailHint: "Ví dụ: ten@example.com.",
    consentLegend: "Ý kiến của hộ về việc nhận tin",
    consentHint:
      "Hỏi chủ hộ có muốn nhận tin nhắn, email báo về các đợt lấy ý kiến không, rồi ghi đúng câu trả lời. Hộ chưa được hỏi vẫn nhận thông báo của UBND xã và có thể từ chối bất cứ lúc nào; hộ đã từ chối thì không gửi gì, cán bộ báo tin bằng cách khác (gọi điện, đến nhà, loa, bảng tin).",
    consentOption: {
      UNKNOWN: "Chưa hỏi",
      GIVEN: "Đồng ý nhận tin",
      OPTED_OUT: "Từ chối nhận tin",
    },
    consentOptionHint: {
      UNKNOWN: "Gửi thông báo như thông báo của cơ quan nhà nước; hộ có thể từ chối.",
      GIVEN: "Hộ đã đồng ý nhận tin nhắn, email về các đợt lấy ý kiến.",
      OPTED_OUT: "Không gửi tin nhắn, email nào cho hộ.",
    },
  },
};
