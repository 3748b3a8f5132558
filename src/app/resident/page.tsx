import { getTranslations } from "next-intl/server";
import { ConsultationCard } from "@/components/consultation-card";
import { CredentialsForm } from "@/components/credentials-form";
import { credentialsText } from "@/components/credentials-text";
import { getServerCaller } from "@/server/api/server-caller";
import { getSessionActor } from "@/server/auth/session";

export const dynamic = "force-dynamic";

export default async function ResidentPage() {
  const [actor, t] = await Promise.all([getSessionActor(), getTranslations()]);
  if (actor?.type !== "household") {
    return (
      <section className="narrow">
        <h1>{t("signIn.householdTitle")}</h1>
        <p className="hint">{t("signIn.householdHelp")}</p>
        <CredentialsForm
          provider="household"
          redirectTo="/resident"
          fields={[
            { name: "code", label: t("signIn.householdCode"), type: "text", autoComplete: "username" },
            { name: "pin", label: t("signIn.pin"), type: "password", autoComplete: "current-password", inputMode: "numeric" },
          ]}
          text={await credentialsText("invalidHousehold")}
        />
      </section>
    );
  }
  const { household, open } = await (await getServerCaller()).resident.home();
  return (
    <>
      <h1>{t("resident.title")}</h1>
      <p className="lead">{t("resident.household", { code: household.code, head: household.headName })}</p>
      <h2>{t("resident.openConsultations", { neighbourhood: household.neighbourhood })}</h2>
      {open.length ? open.map((c) => <ConsultationCard key={c.id} item={c} />) : <p>{t("resident.none")}</p>}
    </>
  );
}
