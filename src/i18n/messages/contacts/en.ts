import type { contactsVi } from "./vi";
import type { Strings } from "../strings";

export const contactsEn: Strings<typeof contactsVi> = {
  title: "",
};
