// Staff: the consultation detail page (lifecycle actions, documents, disclosure log, roll). Keys must match ./en.ts.
export const detailVi = {
  placeholder: "Đang xây dựng",
};
