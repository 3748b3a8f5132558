// The install's own pages: the province's list of communes, and the root before any commune exists.
export const communesVi = {
  listTitle: "Lấy ý kiến Nhân dân ở cơ sở",
  listIntro: "Chọn xã, phường hoặc đặc khu nơi hộ gia đình cư trú để xem các nội dung đang lấy ý kiến và cho ý kiến.",
  searchLabel: "Tìm xã, phường, đặc khu",
  searchHint: "Gõ tên có dấu hoặc không dấu (ví dụ “cho chua”), hoặc mã đơn vị hành chính.",
  search: "Tìm",
  showAll: "Xem tất cả",
  found: "Tìm thấy {count} trong {total} đơn vị cho “{q}”.",
  none: "Không tìm thấy xã, phường, đặc khu nào khớp với “{q}”. Thử gõ ít chữ hơn, hoặc tìm theo mã.",
  province: "{name}",
  code: "Mã {code}",
  open: "{count} nội dung đang lấy ý kiến",
  noneOpen: "Hiện không có nội dung đang lấy ý kiến",
  notSetUpTitle: "Trang lấy ý kiến chưa được thiết lập",
  notSetUp: "Địa chỉ này chưa có xã, phường hay đặc khu nào sử dụng. Vui lòng quay lại sau.",
  verifyAll: "Kiểm tra văn bản của mọi xã, phường trong hệ thống",
};
