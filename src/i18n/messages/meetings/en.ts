import type { meetingsVi } from "./vi";

export const meetingsEn: { [K in keyof typeof meetingsVi]: string } = {
  placeholder: "Under construction",
};
