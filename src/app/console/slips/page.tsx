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
  const formatChoice = (
    <fieldset className="inline-choice">
      <legend>{t("format")}</legend>
      <label className="check">
        <input type="radio" name="format" value="pdf" defaultChecked /> {t("pdf")}
      </label>
      <label className="check">
        <input type="radio" name="format" value="html" /> {t("html")}
      </label>
    </fieldset>
  );
  return (
    <>
      <h1>{t("pageTitle")}</h1>
      <p className="lead">{t("intro")}</p>
      <p className="notice">{t("warning")}</p>
      <div className="grid-2">
        <form className="form panel" method="post" action="/api/slips" target="_blank">
          <h2>{t("byConsultation")}</h2>
          <input type="hidden" name="scope" value="consultation" />
          <label className="field">
            <span className="field__label">{t("consultation")}</span>
            <select name="id" required>
              {live.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
          {formatChoice}
          <button className="button button--primary" type="submit" disabled={live.length === 0}>
            {t("issue")}
          </button>
        </form>
        <form className="form panel" method="post" action="/api/slips" target="_blank">
          <h2>{t("byNeighbourhood")}</h2>
          <input type="hidden" name="scope" value="neighbourhood" />
          <label className="field">
            <span className="field__label">{t("neighbourhood")}</span>
            <select name="id" required>
              {neighbourhoods.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name} ({n.households})
                </option>
              ))}
            </select>
          </label>
          {formatChoice}
          <button className="button button--primary" type="submit">
            {t("issue")}
          </button>
        </form>
      </div>
    </>
  );
}
