import { useT } from "./intl";
import { SignInError, SignInField } from "@/components/sign-in-field";
import { signInMessage } from "@/components/sign-in-messages";
import { RETURN_PARAM } from "@/domain/return-path";
import type { SignInProps } from "@/server/residents/pages";

/**
 * A plain form posting to the sign-in route. `error` is the code that route redirected with;
 * `next`, the resident page to land on afterwards (the route checks it again).
 */
export function HouseholdSignInForm({ slug, error, code, next }: SignInProps & { slug: string }) {
  const t = useT();
  const [kind, value] = (error ?? "").split("-");
  const text = {
    submit: t("signIn.submit"),
    submitting: t("signIn.submitting"),
    required: t("signIn.required"),
    invalid: t("signIn.invalidHousehold", { remaining: "{remaining}" }),
    locked: t("signIn.locked", { minutes: "{minutes}" }),
    inactive: t("signIn.inactive"),
    failed: t("signIn.failed"),
  };
  // A code that lost its number on the way still reads as a sentence.
  const message = kind ? signInMessage(kind, value ?? (kind === "LOCKED" ? "15" : "0"), text) : null;
  return (
    <section className="narrow">
      <h1>{t("signIn.householdTitle")}</h1>
      <p className="hint">{t("signIn.householdHelp")}</p>
      <form className="form" method="post" action={`/${slug}/resident/sign-in`}>
        {next ? <input type="hidden" name={RETURN_PARAM} value={next} /> : null}
        <SignInField
          label={t("signIn.householdCode")}
          name="code"
          autoComplete="username"
          autoCapitalize="characters"
          defaultValue={code ?? undefined}
          invalid={Boolean(message)}
        />
        <SignInField
          label={t("signIn.pin")}
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="current-password"
          invalid={Boolean(message)}
        />
        <SignInError message={message} />
        <button className="button button--primary button--large" type="submit">
          {t("signIn.submit")}
        </button>
      </form>
    </section>
  );
}
