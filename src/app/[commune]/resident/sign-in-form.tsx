import { getTranslations } from "next-intl/server";
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
  const t = await getTranslations("signIn");
  const [kind, value] = (error ?? "").split("-");
  const message =
    kind === "INVALID"
      ? t("invalidHousehold", { remaining: value ?? "0" })
      : kind === "LOCKED"
        ? t("locked", { minutes: value ?? "15" })
        : kind === "INACTIVE"
          ? t("inactive")
          : kind === "REQUIRED"
            ? t("required")
            : kind
              ? t("failed")
              : null;
  return (
    <section className="narrow">
      <h1>{t("householdTitle")}</h1>
      <p className="hint">{t("householdHelp")}</p>
      <form className="form" action={signInHouseholdAction.bind(null, commune)}>
        <label className="field">
          <span className="field__label">{t("householdCode")}</span>
          <input
            name="code"
            autoComplete="username"
            autoCapitalize="characters"
            defaultValue={code}
            required
            aria-invalid={message ? true : undefined}
          />
        </label>
        <label className="field">
          <span className="field__label">{t("pin")}</span>
          <input
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            required
            aria-invalid={message ? true : undefined}
          />
        </label>
        {message ? (
          <p className="form__error" role="alert">
            {message}
          </p>
        ) : null}
        <button className="button button--primary button--large" type="submit">
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
