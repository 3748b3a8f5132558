// Staff: meetings, household ballot rounds, suggestion box and reconciliation pages. Keys must match ./en.ts.
export const meetingsVi = {
  placeholder: "Đang xây dựng",
};
