import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isLiveStatus } from "@/domain/consultation-status";
import { can } from "@/domain/roles";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { getServerCaller } from "@/server/api/server-caller";
import { isForbidden, orNavigate } from "@/server/api/page-guard";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("slip"))("pageTitle") };
}

/** Plain forms posting to /api/slips: the PDF or print page opens in a new tab. */
export default async function SlipsPage() {
  const caller = await getServerCaller();
  const data = await orNavigate(() =>
    Promise.all([caller.session.me(), caller.consultation.list({}), caller.neighbourhood.list()]),
  );
  if (isForbidden(data) || !can(data[0].role, "credential.issue")) return <ForbiddenNotice />;
  const [, consultations, neighbourhoods] = data;
  const t = await getTranslations("slip");
  const live = consultations.filter((c) => isLiveStatus(c.status));
  return (
    <>
      <h1>{t("pageTitle")}</h1>
      <p className="lead">{t("intro")}</p>
      <p className="notice">{t("warning")}</p>
      <div className="grid-2">
        <SlipForm
          scope="consultation"
          title={t("byConsultation")}
          label={t("consultation")}
          options={live.map((c) => ({ id: c.id, label: c.title }))}
          disabled={live.length === 0}
        />
        <SlipForm
          scope="neighbourhood"
          title={t("byNeighbourhood")}
          label={t("neighbourhood")}
          options={neighbourhoods.map((n) => ({ id: n.id, label: `${n.name} (${n.households})` }))}
        />
      </div>
    </>
  );
}

type SlipFormProps = {
  scope: "consultation" | "neighbourhood";
  title: string;
  label: string;
  options: { id: string; label: string }[];
  disabled?: boolean;
};

/** Slips for everyone in one consultation or one neighbourhood, as a PDF or a page to print. */
async function SlipForm({ scope, title, label, options, disabled }: SlipFormProps) {
  const t = await getTranslations("slip");
  return (
    <form className="form panel" method="post" action="/api/slips" target="_blank">
      <h2>{title}</h2>
      <input type="hidden" name="scope" value={scope} />
      <label className="field">
        <span className="field__label">{label}</span>
        <select name="id" required>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="inline-choice">
        <legend>{t("format")}</legend>
        <label className="check">
          <input type="radio" name="format" value="pdf" defaultChecked /> {t("pdf")}
        </label>
        <label className="check">
          <input type="radio" name="format" value="html" /> {t("html")}
        </label>
      </fieldset>
      <button className="button button--primary" type="submit" disabled={disabled}>
        {t("issue")}
      </button>
    </form>
  );
}
