import type { detailVi } from "./vi";

export const detailEn: { [K in keyof typeof detailVi]: string } = {
  placeholder: "Under construction",
};
