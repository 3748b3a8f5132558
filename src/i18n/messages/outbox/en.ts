import type { outboxVi } from "./vi";
import type { Strings } from "../strings";

export const outboxEn: Strings<typeof outboxVi> = {
  title: "",
};
