// Public consultation pages (list and detail). Keys must match ./en.ts.
export const publicVi = {
  placeholder: "Đang xây dựng",
};
