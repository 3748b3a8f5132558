import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { COMMUNE_KIND_FLAGS } from "@/domain/communes";
import { getDb } from "@/server/db";
import { doesAnyCommuneExist } from "@/server/setup/create-commune";
import { SETUP_DONE_COOKIE, SETUP_FORM_FIELDS } from "./form-state";
import { SetupForm, type SetupFormText } from "./setup-form";
import "./setup.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("setup.page"))("title"), robots: { index: false } };
}

/** The first-run page, in the install's own frame: only while the install has no commune (then "not found"). */
export default async function SetupPage() {
  const [db, t, kinds] = await Promise.all([getDb(), getTranslations("setup"), getTranslations("communeKind")]);
  // The response to a successful setup is rendered after the commune exists: it still shows the outcome.
  const justSetUp = (await cookies()).has(SETUP_DONE_COOKIE);
  const closed = await doesAnyCommuneExist(db);
  if (closed && !justSetUp) notFound();
  const text: SetupFormText = {
    title: t("page.title"),
    intro: t("page.intro"),
    fields: Object.fromEntries(SETUP_FORM_FIELDS.map((f) => [f, t(`fields.${f}`)])) as SetupFormText["fields"],
    hints: Object.fromEntries(SETUP_FORM_FIELDS.map((f) => [f, t(`hints.${f}`)])) as SetupFormText["hints"],
    kinds: Object.entries(COMMUNE_KIND_FLAGS).map(([value, kind]) => ({ value, label: kinds(kind) })),
    kindPlaceholder: t("page.kindPlaceholder"),
    communeLegend: t("page.communeLegend"),
    adminLegend: t("page.adminLegend"),
    submit: t("page.submit"),
    submitting: t("page.submitting"),
    refused: t("page.refused"),
    doneTitle: t.raw("page.doneTitle") as string,
    doneAddress: t("page.doneAddress"),
    doneUsername: t("page.doneUsername"),
    donePassword: t("page.donePassword"),
    donePasswordNote: t("page.donePasswordNote"),
    signIn: t("page.signIn"),
    closed: t("page.closed"),
  };
  return (
    <div className="narrow">
      <SetupForm text={text} closed={closed} />
    </div>
  );
}
