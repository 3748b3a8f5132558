// Validation messages: the law's plan checks, answers, ballot counts, staff accounts and neighbourhoods. Keys must match ./en.ts.
export const validationVi = {
  plan: {
    titleRequired: "Vui lòng nhập tên đợt lấy ý kiến.",
    summaryRequired: "Vui lòng nhập nội dung tóm tắt.",
    areaRequired: "Vui lòng chọn ít nhất một thôn, tổ dân phố trong khu vực lấy ý kiến.",
    unknownNeighbourhood: "Thôn, tổ dân phố đã chọn không thuộc xã này hoặc đã ngừng hoạt động.",
    channelsRequired: "Vui lòng chọn ít nhất một hình thức lấy ý kiến.",
    channelNotAllowed:
      "Hình thức “{channel}” không áp dụng cho việc “{matter}” ({basis, select, decree321 {Nghị định 321/2025/NĐ-CP} other {Điều 17 Luật Thực hiện dân chủ ở cơ sở}}).",
    onlineNotAllowed:
      "Không được biểu quyết trực tuyến đối với việc “{matter}” (Điều 17 Luật Thực hiện dân chủ ở cơ sở; Điều 5 Nghị định 59/2023/NĐ-CP).",
    questionsRequired: "Vui lòng thêm ít nhất một câu hỏi.",
    questionTextRequired: "Vui lòng nhập nội dung câu hỏi.",
    optionsRequired: "Câu hỏi lựa chọn cần ít nhất hai phương án, không để trống phương án nào.",
    optionDuplicate: "Các phương án lựa chọn không được trùng nhau.",
    approvalRequired:
      "Việc Nhân dân bàn và quyết định cần một câu hỏi đồng ý / không đồng ý để tính tỷ lệ tán thành ({basis, select, decree321 {Nghị định 321/2025/NĐ-CP} other {Điều 21 Luật Thực hiện dân chủ ở cơ sở}}).",
    scheduleRequired: "Vui lòng nhập thời gian này.",
    openBeforePublish: "Thời điểm bắt đầu lấy ý kiến không được trước ngày công bố.",
    closeBeforeOpen: "Thời điểm kết thúc phải sau thời điểm bắt đầu lấy ý kiến.",
    minOpinionPeriod:
      "Thời gian lấy ý kiến phải ít nhất {days} ngày kể từ ngày công bố (Điều 28 Luật Thực hiện dân chủ ở cơ sở).",
    meetingRequired: "Việc “{matter}” cần tổ chức cuộc họp: vui lòng nhập ngày họp.",
    minPostingBeforeMeeting:
      "Dự thảo phải được niêm yết ít nhất {days} ngày trước cuộc họp ({basis, select, landLaw {Điều 87 Luật Đất đai 2024} other {Điều 9 Nghị định 61/2023/NĐ-CP}}).",
    meetingOutsidePeriod: "Ngày họp phải nằm trong thời gian lấy ý kiến.",
    advisoryNoRule:
      "Việc Nhân dân tham gia ý kiến chỉ có kết quả tham khảo, không biểu quyết thông qua (Điều 25 Luật Thực hiện dân chủ ở cơ sở).",
    ruleInvalid: "Tỷ lệ tán thành phải là một phân số từ 0 đến 1.",
    ruleLooser:
      "Tỷ lệ tán thành không được thấp hơn mức luật định: {inclusive, select, true {từ {numerator}/{denominator} trở lên} other {trên {numerator}/{denominator}}} tổng số hộ ({basis, select, decree321 {Nghị định 321/2025/NĐ-CP} other {Điều 21 khoản 1 Luật Thực hiện dân chủ ở cơ sở}}).",
    reasonRequired: "Vui lòng nêu lý do.",
    fileRequired: "Vui lòng chọn tệp.",
    fileEmpty: "Tệp “{name}” rỗng.",
    fileTooLarge: "Tệp “{name}” có dung lượng {size} MB, vượt quá giới hạn {max} MB.",
    fileType: "Tệp “{name}” không phải PDF hoặc ảnh (JPG, PNG, WebP).",
    documentTitleRequired: "Vui lòng nhập tên tài liệu.",
    loudspeakerDays:
      "Thông báo trên loa truyền thanh phải phát ít nhất {days} ngày liên tục (Điều 13 Luật Thực hiện dân chủ ở cơ sở).",
    validBeforePosted: "Ngày hết hạn phải sau ngày niêm yết.",
    postedInFuture: "Ngày niêm yết không được ở tương lai.",
    postedBeforePublication: "Ngày niêm yết không được trước ngày công bố đợt lấy ý kiến.",
    neighbourhoodRequired: "Vui lòng chọn thôn, tổ dân phố nơi niêm yết.",
    photoNotImage: "Ảnh chụp niêm yết phải là một ảnh đã tải lên của đợt lấy ý kiến này.",
    householdCodeRequired: "Vui lòng nhập mã hộ.",
  },
  answer: {
    unknownQuestion: "Câu hỏi không thuộc đợt lấy ý kiến này.",
    answerRequired: "Vui lòng trả lời câu hỏi này.",
    oneChoiceOnly: "Chỉ chọn một phương án.",
    unknownOption: "Phương án đã chọn không thuộc câu hỏi này.",
    otherNeedsComment: "Vui lòng ghi rõ ý kiến khác của hộ.",
    commentNotAllowed: "Câu hỏi này không nhận ý kiến góp ý.",
    tooLong: "Nội dung quá dài (tối đa {max} ký tự).",
  },
  count: {
    negative: "Số phiếu phải là số nguyên không âm.",
    returnedOverIssued: "Số phiếu thu về (hoặc phát ra) vượt quá số được phép.",
    issuedOverPresent: "Số phiếu phát ra nhiều hơn số hộ có mặt tại cuộc họp.",
    issuedOverRoll: "Số phiếu phát ra nhiều hơn số hộ trong danh sách.",
    validPlusInvalid: "Số phiếu hợp lệ cộng không hợp lệ phải bằng số phiếu thu về.",
    countsOverValid: "Tổng số phiếu theo các phương án vượt quá số phiếu hợp lệ.",
    committeeSize: "Ban kiểm phiếu phải có từ 3 đến 5 người (Điều 3 khoản 5 Nghị định 59/2023/NĐ-CP).",
    witnesses:
      "Cần ít nhất 2 đại diện hộ gia đình chứng kiến việc kiểm phiếu (Điều 3 khoản 5 Nghị định 59/2023/NĐ-CP).",
    teamSize: "Tổ phát phiếu phải có từ 3 đến 5 người (Điều 19 khoản 2 Luật Thực hiện dân chủ ở cơ sở).",
    roundWitnesses:
      "Cần ít nhất 2 đại diện hộ gia đình chứng kiến việc kiểm phiếu (Điều 4 khoản 6 Nghị định 59/2023/NĐ-CP).",
    noticeTooShort: "Phải thông báo ít nhất 2 ngày trước khi phát phiếu (Điều 4 Nghị định 59/2023/NĐ-CP).",
    collectBeforeDelivery: "Hạn thu phiếu phải sau ngày phát phiếu.",
  },
  staff: {
    errors: {
      passwordShort: "Mật khẩu phải có ít nhất {min} ký tự.",
      passwordHasUsername: "Mật khẩu không được chứa tên đăng nhập.",
      passwordMix: "Mật khẩu phải có cả chữ số và ký tự khác chữ số.",
      badUsername:
        "Tên đăng nhập gồm 3–40 ký tự: chữ thường không dấu, chữ số và các dấu . _ -, bắt đầu bằng chữ hoặc số.",
      usernameTaken: "Tên đăng nhập “{username}” đã có người dùng.",
      headNeedsNeighbourhood: "Tổ trưởng, trưởng thôn phải gắn với một thôn, tổ dân phố.",
      unknownNeighbourhood: "Không có thôn, tổ dân phố này (hoặc đã ngừng hoạt động).",
      wrongPassword: "Mật khẩu hiện tại không đúng.",
      samePassword: "Mật khẩu mới phải khác mật khẩu hiện tại.",
    },
  },
  neighbourhoods: {
    errors: {
      badCode: "Mã thôn, tổ dân phố gồm 1–20 ký tự: chữ không dấu, chữ số và các dấu . _ -.",
      codeTaken: "Mã “{code}” đã được dùng cho thôn, tổ dân phố khác.",
      mergeIntoItself: "Không sáp nhập một thôn, tổ dân phố vào chính nó.",
    },
  },
};
