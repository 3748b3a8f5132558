import { getTranslations } from "next-intl/server";
import type { CredentialsFormText } from "./sign-in-messages";

/** The sign-in form's messages; the client fills {remaining} and {minutes} from the error code. */
export async function credentialsText(invalidKey: "invalidStaff" | "invalidHousehold"): Promise<CredentialsFormText> {
  const t = await getTranslations("signIn");
  return {
    submit: t("submit"),
    submitting: t("submitting"),
    required: t("required"),
    invalid: t(invalidKey, { remaining: "{remaining}" }),
    locked: t("locked", { minutes: "{minutes}" }),
    inactive: t("inactive"),
    failed: t("failed"),
  };
}
