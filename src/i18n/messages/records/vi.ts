// Decision records (biên bản, báo cáo, thông báo) and the public verification page. Keys must match ./en.ts.
export const recordsVi = {
  errors: {
    notesTooLong: "Nội dung bổ sung dài quá {max} ký tự.",
    recipientTooLong: "Mỗi nơi nhận không dài quá {max} ký tự.",
    neighbourhoodRequired: "Vui lòng chọn thôn, tổ dân phố của biên bản kiểm phiếu.",
    meetingRequired: "Vui lòng chọn cuộc họp của biên bản.",
    badDigest: "Mã SHA-256 gồm đúng 64 ký tự 0–9 và a–f. Vui lòng kiểm tra lại mã đã dán.",
    fileRequired: "Vui lòng chọn tệp PDF cần xác thực.",
  },
  kind: {
    COUNT_RECORD: "Biên bản kiểm phiếu",
    MEETING_MINUTES: "Biên bản cuộc họp",
    SUMMARY_REPORT: "Báo cáo tổng hợp kết quả lấy ý kiến",
    RESULTS_NOTICE: "Thông báo kết quả",
  },
};
