import { getTranslations } from "next-intl/server";
import { credentialsText } from "@/components/credentials-text";
import { SignInError, SignInField } from "@/components/sign-in-field";
import { signInMessage } from "@/components/sign-in-messages";
import { signInHouseholdAction } from "./actions";

/** A plain form: works without JavaScript. `error` is the code the sign-in action redirected with. */
export async function HouseholdSignInForm({
  commune,
  error,
  code,
}: {
  commune: string;
  error?: string;
  code?: string;
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
