// Vietnamese strings of the publicity materials (the consultation page's "Tài liệu công khai").
export const materialsVi = {
  title: "Tài liệu công khai",
  intro:
    "Tài liệu sẵn sàng để niêm yết, phát trên loa truyền thanh và gửi vào nhóm Zalo, tin nhắn của khu dân cư (Điều 12, 13 Luật Thực hiện dân chủ ở cơ sở). Sau khi đăng, hãy ghi nhận ở mục Niêm yết công khai.",
  notice: {
    title: "Thông báo niêm yết",
    hint: "Khổ A4, theo thể thức Nghị định 30/2020/NĐ-CP (Phụ lục I): để trống số văn bản và chữ ký của Chủ tịch. Có mã QR dẫn đến trang công khai của đợt lấy ý kiến.",
    standard: "Thông báo (PDF)",
    large: "Bản chữ lớn cho người cao tuổi (PDF)",
    download: "Tải về",
  },
  script: {
    title: "Bài đọc trên loa truyền thanh",
    hint: "Ngày, giờ, số tiền đã viết thành chữ để đọc. Loa truyền thanh phát ít nhất 3 ngày liên tục (Điều 13).",
    short: "Bản ngắn",
    full: "Bản đầy đủ",
    length: "{words} chữ, khoảng {seconds} giây",
  },
  sms: {
    title: "Tin nhắn SMS, nhóm Zalo",
    accented: "Có dấu",
    unaccented: "Không dấu",
    count: "{characters} ký tự · {segments, plural, other {# tin}} · mã hóa {encoding} ({perSegment} ký tự mỗi tin)",
    hint: "Tin nhắn có dấu tiếng Việt dùng mã hóa UCS-2 (70 ký tự một tin, 67 khi ghép nhiều tin); bản không dấu dùng GSM-7 (160, 153), tốn ít tin hơn.",
  },
  copy: "Sao chép",
  copied: "Đã sao chép.",
  copyFailed: "Không sao chép được, hãy chọn nội dung và sao chép thủ công.",
  print: "In",
  printLabel: "In {what}",
};
