import { getTranslations } from "next-intl/server";
import { credentialsText } from "@/components/credentials-text";
import { SignInError, SignInField } from "@/components/sign-in-field";
import { signInMessage } from "@/components/sign-in-messages";
import { RETURN_PARAM } from "@/domain/return-path";
import { signInHouseholdAction } from "./actions";

/**
 * A plain form: works without JavaScript. `error` is the code the sign-in action redirected with;
 * `next`, the resident page to land on afterwards (the action checks it again).
 */
export async function HouseholdSignInForm({
  commune,
  error,
  code,
  next,
}: {
  commune: string;
  error?: string;
  code?: string;
  next?: string;
}) {
  const [t, text] = await Promise.all([getTranslations("signIn"), credentialsText("invalidHousehold")]);
  const [kind, value] = (error ?? "").split("-");
  // A code that lost its number on the way still reads as a sentence.
  const message = kind ? signInMessage(kind, value ?? (kind === "LOCKED" ? "15" : "0"), text) : null;
  return (
    <section className="narrow">
      <h1>{t("householdTitle")}</h1>
      <p className="hint">{t("householdHelp")}</p>
      <form className="form" action={signInHouseholdAction.bind(null, commune)}>
        {next ? <input type="hidden" name={RETURN_PARAM} value={next} /> : null}
        <SignInField
          label={t("householdCode")}
          name="code"
          autoComplete="username"
          autoCapitalize="characters"
          defaultValue={code}
          invalid={Boolean(message)}
        />
        <SignInField
          label={t("pin")}
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="current-password"
          invalid={Boolean(message)}
        />
        <SignInError message={message} />
        <button className="button button--primary button--large" type="submit">
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
