import { useTranslations } from "next-intl";
import { SignInError, SignInField } from "@/components/sign-in-field";
import { signInMessage } from "@/components/sign-in-messages";
import { RETURN_PARAM } from "@/domain/return-path";
import type { SignInProps } from "@/server/residents/pages";

/**
 * A plain form posting to the sign-in route. `error` is the code that route redirected with;
 * `next`, the resident page to land on afterwards (the route checks it again).
 */
export function HouseholdSignInForm({ slug, error, code, next }: SignInProps & { slug: string }) {
  const t = useTranslations("signIn");
  const [kind, value] = (error ?? "").split("-");
  const text = {
    submit: t("submit"),
    submitting: t("submitting"),
    required: t("required"),
    invalid: t("invalidHousehold", { remaining: "{remaining}" }),
    locked: t("locked", { minutes: "{minutes}" }),
    inactive: t("inactive"),
    failed: t("failed"),
  };
  // A code that lost its number on the way still reads as a sentence.
  const message = kind ? signInMessage(kind, value ?? (kind === "LOCKED" ? "15" : "0"), text) : null;
  return (
    <section className="narrow">
      <h1>{t("householdTitle")}</h1>
      <p className="hint">{t("householdHelp")}</p>
      <form className="form" method="post" action={`/${slug}/resident/sign-in`}>
        {next ? <input type="hidden" name={RETURN_PARAM} value={next} /> : null}
        <SignInField
          label={t("householdCode")}
          name="code"
          autoComplete="username"
          autoCapitalize="characters"
          defaultValue={code ?? undefined}
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
