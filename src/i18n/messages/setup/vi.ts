// First-run setup of a commune and its first administrator: `npm run setup` and the /setup page.
// Keys must match ./en.ts.
export const setupVi = {
  fields: {
    provinceCode: "Mã tỉnh, thành phố",
    provinceName: "Tên tỉnh, thành phố",
    communeCode: "Mã xã, phường, đặc khu",
    communeName: "Tên xã, phường, đặc khu",
    communeKind: "Loại đơn vị",
    adminUsername: "Tên đăng nhập của quản trị viên",
    adminPassword: "Mật khẩu của quản trị viên",
    adminName: "Họ và tên quản trị viên",
    token: "Mã thiết lập",
  },
  hints: {
    provinceCode: "2 chữ số theo danh mục đơn vị hành chính, ví dụ 51 (Quảng Ngãi).",
    provinceName: "Chỉ cần khi tỉnh, thành phố chưa có trong hệ thống.",
    communeCode: "5 chữ số theo danh mục đơn vị hành chính.",
    communeName:
      "Chỉ ghi tên riêng, không ghi “xã”, “phường”; ví dụ “Tịnh Khê”. Địa chỉ trang của đơn vị được tạo từ tên này.",
    communeKind: "Xã, phường hoặc đặc khu, như trong nghị quyết sắp xếp đơn vị hành chính.",
    adminUsername:
      "3–40 ký tự: chữ thường không dấu, chữ số và các dấu . _ -. Tên đăng nhập là duy nhất trong toàn hệ thống.",
    adminPassword:
      "Để trống để hệ thống tạo một mật khẩu mạnh (chỉ hiện một lần). Nếu tự đặt: ít nhất 10 ký tự, gồm cả chữ số và ký tự khác, không chứa tên đăng nhập.",
    adminName: "Để trống thì ghi là “Quản trị hệ thống”.",
    token:
      "Mã gồm 32 ký tự, in trong nhật ký máy chủ lúc khởi động và lưu trong tệp setup-token của thư mục dữ liệu (DATA_DIR).",
  },
  errors: {
    provinceCodeRequired: "Hãy nhập mã tỉnh, thành phố.",
    provinceCodeFormat: "Mã tỉnh, thành phố gồm đúng 2 chữ số theo danh mục đơn vị hành chính, ví dụ 51.",
    provinceNameRequired: "Tỉnh, thành phố mã {code} chưa có trong hệ thống: hãy nhập tên tỉnh, thành phố.",
    communeCodeRequired: "Hãy nhập mã xã, phường, đặc khu.",
    communeCodeFormat: "Mã xã, phường, đặc khu gồm đúng 5 chữ số theo danh mục đơn vị hành chính.",
    communeCodeTaken: "Đơn vị mã {code} đã có trong hệ thống.",
    communeNameRequired: "Hãy nhập tên xã, phường, đặc khu.",
    communeKindUnknown: "Loại đơn vị phải là xã, phường hoặc đặc khu (xa, phuong, dac-khu).",
    nameTooLong: "Tên dài quá {max} ký tự.",
    tokenRequired: "Hãy nhập mã thiết lập in trong nhật ký máy chủ.",
    wrongToken: "Mã thiết lập không đúng. Bạn còn {remaining} lần thử.",
    noToken:
      "Máy chủ chưa có mã thiết lập (tệp setup-token trong thư mục dữ liệu). Hãy khởi động lại máy chủ để tạo mã, hoặc dùng lệnh npm run setup.",
  },
  page: {
    title: "Thiết lập ban đầu",
    intro:
      "Hệ thống chưa có xã, phường nào. Nhập thông tin đơn vị và tài khoản quản trị đầu tiên; trang này chỉ dùng được một lần.",
    communeLegend: "Đơn vị hành chính",
    adminLegend: "Tài khoản quản trị đầu tiên",
    kindPlaceholder: "— Chọn loại đơn vị —",
    submit: "Thiết lập",
    submitting: "Đang thiết lập…",
    refused: "Chưa thiết lập được. Vui lòng sửa các ô được đánh dấu.",
    doneTitle: "Đã thiết lập {commune}",
    doneAddress: "Địa chỉ trang của đơn vị",
    doneUsername: "Tên đăng nhập",
    donePassword: "Mật khẩu",
    donePasswordNote:
      "Mật khẩu do hệ thống tạo và chỉ hiện một lần này. Hãy ghi lại ngay rồi đổi mật khẩu sau khi đăng nhập.",
    signIn: "Đến trang đăng nhập",
    closed: "Hệ thống đã được thiết lập. Cán bộ đăng nhập tại trang đăng nhập.",
  },
  backup: {
    taking: "Đang sao lưu cơ sở dữ liệu {target}…",
    done: "Đã sao lưu vào {file} ({size}; {households} hộ gia đình; {migrations} bản chuyển đổi; {ms} ms).",
    restoring: "Đang khôi phục {file} vào {target}…",
    restored: "Đã khôi phục: {households} hộ gia đình ({ms} ms).",
    migrated: "Đã áp dụng thêm {n} bản chuyển đổi mà bản sao lưu chưa có.",
    kept: "Dữ liệu trước khi khôi phục vẫn được giữ ở {dir}.",
    usage: "Cách dùng: npm run backup [-- --out <tệp>]   ·   npm run restore -- <tệp>",
    embedded: "nhúng ({dir})",
    errors: {
      notABackup: "{file} không phải là tệp sao lưu của Ý Dân.",
      missingFile: "Không tìm thấy tệp {file}.",
      inUse: "Cơ sở dữ liệu nhúng ở {dir} đang chạy. Hãy dừng ứng dụng (npm start) rồi chạy lại lệnh khôi phục.",
      otherMajor:
        "Bản sao lưu được tạo bởi PostgreSQL {backup}, máy này dùng PostgreSQL {here}: chỉ khôi phục được trên cùng phiên bản chính.",
      newerSchema:
        "Bản sao lưu đến từ phiên bản Ý Dân mới hơn (có bản chuyển đổi {unknown} mà phiên bản này chưa có). Hãy cập nhật ứng dụng rồi khôi phục. Không có gì bị thay đổi.",
      divergedSchema:
        "Bản sao lưu có bản chuyển đổi {unknown} không thuộc phiên bản này. Không khôi phục; không có gì bị thay đổi.",
      notEmpty:
        "Cơ sở dữ liệu đích đã có {tables} bảng. Chỉ khôi phục vào một cơ sở dữ liệu trống (tạo mới bằng createdb).",
      noPgDump:
        "Không tìm thấy lệnh {tool}. Hãy cài gói postgresql-client cùng phiên bản với máy chủ PostgreSQL, hoặc đặt PG_BIN_DIR.",
      failed: "Lỗi: {message}",
    },
  },
  cli: {
    intro: "Thiết lập xã, phường, đặc khu mới và tài khoản quản trị đầu tiên.",
    optional: "không bắt buộc",
    kindChoices: "xa = xã, phuong = phường, dac-khu = đặc khu",
    refused: "Chưa thiết lập được:",
    done: "Đã thiết lập {commune} (mã {code}) thuộc {province}.",
    address: "Địa chỉ trang của đơn vị: /{slug}",
    username: "Tên đăng nhập quản trị: {username}",
    password: "Mật khẩu (chỉ hiện một lần này, hãy ghi lại ngay): {password}",
    elapsed: "Thời gian thiết lập: {ms} ms.",
    needDeploy:
      "Cơ sở dữ liệu PostgreSQL mới áp dụng {applied}/{total} bản chuyển đổi (migration). Hãy chạy trước: npm run db:deploy",
    failed: "Lỗi: {message}",
  },
};
