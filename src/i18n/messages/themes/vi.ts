// Staff: grouping opinions into themes and answering them (tiếp thu, giải trình). Keys must match ./en.ts.
export const themesVi = {
  errors: {
    titleRequired: "Vui lòng nhập tên nhóm ý kiến.",
    titleTooLong: "Tên nhóm ý kiến dài quá 200 ký tự.",
    responseRequired: "Vui lòng nhập nội dung trả lời.",
    responseTooLong: "Nội dung trả lời dài quá 4.000 ký tự.",
    noneSelected: "Vui lòng chọn ít nhất một ý kiến.",
    noThemeSelected: "Vui lòng chọn ít nhất một nhóm ý kiến.",
    merge: {
      noSources: "Vui lòng chọn nhóm cần gộp.",
      intoItself: "Không gộp một nhóm vào chính nó.",
      alreadyMerged: "Nhóm này đã được gộp vào nhóm khác.",
    },
  },
  responseKind: {
    TAKEN_UP: "Tiếp thu",
    EXPLAINED: "Giải trình",
    FORWARDED: "Chuyển cơ quan có thẩm quyền",
  },
};
