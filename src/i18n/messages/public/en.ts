import type { publicVi } from "./vi";

export const publicEn: { [K in keyof typeof publicVi]: string } = {
  placeholder: "Under construction",
};
