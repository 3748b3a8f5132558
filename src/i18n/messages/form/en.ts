import type { formVi } from "./vi";

export const formEn: { [K in keyof typeof formVi]: string } = {
  placeholder: "Under construction",
};
