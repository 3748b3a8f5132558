import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/domain/roles";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";
import { RegisterImportForm } from "./import-form";
import "@/components/console/households.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("households.import"))("title") };
}

export default async function RegisterImportPage() {
  const caller = await getServerCaller();
  const me = await orNavigate(() => caller.session.me());
  if (isForbidden(me) || !can(me.role, "register.manage")) return <ForbiddenNotice />;
  const t = await getTranslations("households.import");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {/* A commune with no file of households builds its register by hand, one row at a time. */}
      <section className="households-section" aria-labelledby="register-manual-title">
        <h2 id="register-manual-title">{t("manualTitle")}</h2>
        <p className="hint">{t("manualHint")}</p>
        <ul className="register-templates">
          <li>
            <Link href="/console/neighbourhoods?add=1">{t("manualNeighbourhood")}</Link>
          </li>
          <li>
            <Link href="/console/households/new">{t("manualHousehold")}</Link>
          </li>
        </ul>
      </section>
      <section className="households-section" aria-labelledby="register-templates-title">
        <h2 id="register-templates-title">{t("templatesTitle")}</h2>
        <p className="hint">{t("templatesHint")}</p>
        <p className="hint">{t("contactColumnsHint")}</p>
        <ul className="register-templates">
          <li>
            <a href="/api/register/template?format=xlsx" download>
              {t("templateXlsx")}
            </a>
          </li>
          <li>
            <a href="/api/register/template?format=csv" download>
              {t("templateCsv")}
            </a>
          </li>
        </ul>
      </section>
      <RegisterImportForm />
    </>
  );
}
