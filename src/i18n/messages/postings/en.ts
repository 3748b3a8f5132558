import type { postingsVi } from "./vi";
import type { Strings } from "../strings";

export const postingsEn: Strings<typeof postingsVi> = {
  title: "",
};
