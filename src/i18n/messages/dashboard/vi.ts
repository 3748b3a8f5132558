// The leadership dashboard: a commune's year, and the figures the province's summary shares.
export const dashboardVi = {
  title: "Bảng điều hành",
  apply: "Xem",
  summaryTitle: "Tổng hợp năm {year}",
  held: "Đợt đã tổ chức",
  participation: "Tỷ lệ tham gia",
  households: "Hộ có ý kiến / tổng số hộ",
  perUnit: "Quyết định theo từng thôn, tổ",
  advisory: "Kết quả tham khảo",
  listTitle: "Các đợt lấy ý kiến",
  period: "Thời gian",
  daysLeft: "Còn (ngày)",
};
