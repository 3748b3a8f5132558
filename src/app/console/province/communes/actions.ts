"use server";
// The province administrator's form posts, through the same procedures as the console's client.
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { communeDisplayName } from "@/components/commune-name";
import { toLocale } from "@/i18n/locales";
import { getServerCaller } from "@/server/api/server-caller";
import { AppError } from "@/server/errors";
import { describeSetupRefusal } from "@/server/setup/messages";

export type CreateState =
  | { status: "idle" }
  | { status: "refused"; message: string | null; errors: Record<string, string>; values: Record<string, string> }
  | { status: "done"; commune: string; address: string; username: string; password: string | null };

const FIELDS = ["communeCode", "communeName", "communeKind", "adminUsername", "adminName", "adminPassword"] as const;

function appErrorOf(e: unknown): AppError | null {
  if (e instanceof AppError) return e;
  if (e instanceof TRPCError && e.cause instanceof AppError) return e.cause;
  return null;
}

export async function createCommuneAction(_previous: CreateState, form: FormData): Promise<CreateState> {
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? "").slice(0, 200)])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  try {
    const caller = await getServerCaller();
    const r = await caller.province.createCommune({
      ...values,
      adminPassword: values.adminPassword || undefined,
      adminName: values.adminName || undefined,
    });
    return {
      status: "done",
      commune: (await communeDisplayName(r.commune)) ?? r.commune.name,
      address: `/${r.commune.slug}`,
      username: r.admin.username,
      password: r.generatedPassword,
    };
  } catch (e) {
    const error = appErrorOf(e);
    if (!error) throw e;
    const refusals = describeSetupRefusal(error, toLocale(await getLocale()));
    return {
      status: "refused",
      message: refusals.find((r) => !r.field)?.message ?? null,
      errors: Object.fromEntries(refusals.filter((r) => r.field).map((r) => [r.field, r.message])),
      values: { ...values, adminPassword: "" },
    };
  }
}

/** Lock or reopen a commune's staff account; back to the same commune's list with what happened. */
export async function setStaffActiveAction(form: FormData) {
  const communeId = String(form.get("communeId") ?? "").slice(0, 64);
  const staffId = String(form.get("staffId") ?? "").slice(0, 64);
  const active = form.get("active") === "1";
  const reason = String(form.get("reason") ?? "").slice(0, 500);
  const back = `/console/province/communes?commune=${encodeURIComponent(communeId)}`;
  let outcome: string;
  try {
    const caller = await getServerCaller();
    await caller.province.setStaffActive({ staffId, active, reason });
    outcome = `&done=${encodeURIComponent(staffId)}`;
  } catch (e) {
    const error = appErrorOf(e);
    if (!error) throw e;
    outcome = `&error=${encodeURIComponent(staffId)}`;
  }
  redirect(back + outcome);
}
