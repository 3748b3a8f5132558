"use server";
// The first-run form's post, with or without JavaScript (useActionState): the server function does
// the work; this only reads the form and puts the outcome into words.
import { cookies, headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { communeDisplayName } from "@/components/commune-name";
import { clientAddressFrom } from "@/server/auth/client-address";
import { getDb } from "@/server/db";
import { AppError } from "@/server/errors";
import { invalidatePublic } from "@/server/public-cache/tags";
import { setUpFromSetupPage } from "@/server/setup/first-run";
import { stripNul } from "@/server/security/input";
import { describeSetupRefusal } from "@/server/setup/messages";
import { SETUP_FIELDS, type SetupField } from "@/domain/commune-setup";
import { SETUP_DONE_COOKIE, type SetupFormState } from "./form-state";

export async function setUpAction(_previous: SetupFormState, form: FormData): Promise<SetupFormState> {
  // NUL means nothing in any field and PostgreSQL refuses it (a 500): dropped.
  const value = (name: string) => stripNul(String(form.get(name) ?? "")).slice(0, 200);
  const fields = Object.fromEntries(SETUP_FIELDS.map((name) => [name, value(name)])) as Record<SetupField, string>;
  const [db, h, locale] = await Promise.all([getDb(), headers(), getLocale()]);
  try {
    const result = await setUpFromSetupPage(
      db,
      { ...fields, token: value("token") },
      {
        clientAddress: clientAddressFrom(Object.fromEntries(h.entries())),
        now: new Date(),
      },
    );
    // A new commune is on the communes list.
    await invalidatePublic(null);
    // The commune now exists, so the page would be "not found"; this marks the render of this very
    // response as the one that may still show the outcome (setting a cookie re-renders the page).
    (await cookies()).set(SETUP_DONE_COOKIE, "1", { path: "/setup", maxAge: 60, httpOnly: true, sameSite: "lax" });
    return {
      status: "done",
      commune: { label: (await communeDisplayName(result.commune)) ?? result.commune.name, slug: result.commune.slug },
      username: result.admin.username,
      password: result.generatedPassword,
    };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.code === "NOT_FOUND") return { status: "closed" };
    const refusals = describeSetupRefusal(e, locale);
    const wrongToken = refusals.some((r) => r.field === "token");
    return {
      status: "refused",
      message: refusals.find((r) => !r.field)?.message ?? null,
      errors: Object.fromEntries(refusals.filter((r) => r.field).map((r) => [r.field, r.message])),
      // Echoed so nothing is typed twice, except the password (and a token that was refused).
      values: { ...fields, adminPassword: "", token: wrongToken ? "" : value("token") },
    };
  }
}
