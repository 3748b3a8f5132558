import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CredentialsForm } from "@/components/credentials-form";
import { credentialsText } from "@/components/credentials-text";
import { getSessionActor } from "@/server/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("staffTitle") };
}

export default async function StaffSignInPage() {
  const [t, actor] = await Promise.all([getTranslations("signIn"), getSessionActor()]);
  if (actor?.type === "staff") redirect("/console");
  return (
    <section className="narrow">
      <h1>{t("staffTitle")}</h1>
      <p className="hint">{t("staffHelp")}</p>
      <CredentialsForm
        provider="staff"
        redirectTo="/console"
        fields={[
          { name: "username", label: t("username"), type: "text", autoComplete: "username" },
          { name: "password", label: t("password"), type: "password", autoComplete: "current-password" },
        ]}
        text={await credentialsText("invalidStaff")}
      />
    </section>
  );
}
