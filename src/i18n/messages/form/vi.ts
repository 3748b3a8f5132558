// Staff: the consultation create/edit form and the console list. Keys must match ./en.ts.
export const formVi = {
  placeholder: "Đang xây dựng",
};
