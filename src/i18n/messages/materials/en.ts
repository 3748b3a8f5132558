import type { materialsVi } from "./vi";
import type { Strings } from "../strings";

export const materialsEn: Strings<typeof materialsVi> = {
  title: "",
};
