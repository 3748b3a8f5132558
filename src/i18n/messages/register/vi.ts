// Administration: household register import, neighbourhoods, households and staff accounts. Keys must match ./en.ts.
import { IMPORT_HEADERS } from "@/domain/register-import";

export const registerVi = {
  errors: {
    fileRequired: "Vui lòng chọn tệp danh sách hộ (XLSX hoặc CSV).",
    fileTooLarge: "Tệp lớn quá {max} MB. Hãy chia danh sách thành nhiều tệp theo thôn, tổ dân phố.",
    unreadable: "Không đọc được tệp. Hãy lưu lại dưới dạng XLSX hoặc CSV (UTF-8) rồi thử lại.",
    archiveTooLarge:
      "Tệp XLSX này bung ra quá {max} MB dữ liệu hoặc nén bất thường (có thể là tệp “bom nén”), nên không được đọc. Hãy mở tệp trong Excel, lưu lại rồi thử lại; danh sách lớn hãy chia theo thôn, tổ dân phố.",
    tooManyRows:
      "Tệp có hơn {max} dòng hoặc quá nhiều ô dữ liệu. Hãy chia danh sách thành nhiều tệp theo thôn, tổ dân phố.",
    missingColumn: "Tệp thiếu cột “{column}”. Hãy dùng tệp mẫu để có đủ các cột.",
  },
  issue: {
    badCode: "Mã hộ “{value}” không hợp lệ: chỉ gồm chữ không dấu, chữ số và các dấu . _ - /, tối đa 32 ký tự.",
    duplicateCode: "Mã hộ “{value}” bị trùng với dòng {otherLine}.",
    unknownNeighbourhood:
      "Không có thôn, tổ dân phố “{value}” trong xã. Kiểm tra lại tên hoặc mã, hoặc chọn “Tạo thôn, tổ dân phố mới”.",
    emptyNeighbourhood: "Chưa nhập thôn, tổ dân phố.",
    emptyName: "Chưa nhập họ tên chủ hộ.",
    badMembers: "Số nhân khẩu “{value}” phải là số nguyên từ 1 đến 99.",
    badPhone: "Số điện thoại “{value}” không hợp lệ (10 hoặc 11 chữ số, bắt đầu bằng 0 hoặc +84).",
    badEmail: "Email “{value}” không hợp lệ (ví dụ đúng: ten@example.com, không có dấu cách hay chữ có dấu).",
    badConsent: "Cột Đồng ý nhận tin ghi “{value}”: chỉ ghi “Có”, “Không”, “Chưa hỏi” hoặc để trống.",
    tooLong: "Nội dung quá dài: “{value}…”.",
  },
  // A column is named in Vietnamese as the template's header names it.
  column: IMPORT_HEADERS,
};
