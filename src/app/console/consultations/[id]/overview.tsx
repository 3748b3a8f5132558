// Server sections of the detail page: summary, legal basis, the outcome rule in words, the schedule
// (planned and actual), and the channels.
import { getFormatter, getTranslations } from "next-intl/server";
import type { getConsultation } from "@/server/consultations/data";
import { dateParts } from "@/components/console/when";

export type Detail = Awaited<ReturnType<typeof getConsultation>>;

export async function Overview({ c }: { c: Detail }) {
  const t = await getTranslations("consultationDetail.overview");
  const tc = await getTranslations("channel");
  return (
    <>
      <section className="detail-section" aria-labelledby="summary-title">
        <h2 id="summary-title">{t("summary")}</h2>
        {c.summary.trim() ? <p className="prose">{c.summary}</p> : <p className="muted">{t("noSummary")}</p>}
        {c.legalBasis.trim() ? (
          <>
            <h3 className="detail-subtitle">{t("legalBasis")}</h3>
            <p className="prose">{c.legalBasis}</p>
          </>
        ) : null}
        <h3 className="detail-subtitle">{t("rule")}</h3>
        <RuleInWords c={c} />
      </section>
      <Schedule c={c} />
      <section className="detail-section" aria-labelledby="channels-title">
        <h2 id="channels-title">{t("channels")}</h2>
        {c.channels.length ? (
          <ul className="area-list">
            {c.channels.map((ch) => (
              <li key={ch}>{tc(ch)}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("noChannels")}</p>
        )}
      </section>
    </>
  );
}

async function RuleInWords({ c }: { c: Detail }) {
  const t = await getTranslations("consultationDetail.overview");
  if (c.mode === "OPINION") return <p className="detail-rule detail-rule--advisory">{t("advisory")}</p>;
  if (c.ruleNumerator == null || c.ruleDenominator == null) return <p className="muted">{t("noRule")}</p>;
  const share = {
    inclusive: String(c.ruleInclusive ?? true),
    numerator: c.ruleNumerator,
    denominator: c.ruleDenominator,
  };
  let text: string;
  if (c.ruleAggregation === "SHARE_OF_NEIGHBOURHOODS" && c.ruleUnitNumerator != null && c.ruleUnitDenominator != null) {
    text = t("ruleShareOfNeighbourhoods", {
      ...share,
      unitInclusive: String(c.ruleUnitInclusive ?? true),
      unitNumerator: c.ruleUnitNumerator,
      unitDenominator: c.ruleUnitDenominator,
    });
  } else if (c.ruleAggregation === "WHOLE_AREA") {
    text = t("ruleWholeArea", share);
  } else {
    text = t("rulePerNeighbourhood", share);
  }
  return (
    <div className="detail-rule">
      <p className="detail-rule__text">{text}</p>
      <p className="hint">{t("ruleBase")}</p>
      {c.needsRecognition ? <p className="hint">{t("ruleRecognition")}</p> : null}
    </div>
  );
}

type Step = {
  key: "submitted" | "approved" | "publish" | "open" | "meeting" | "close" | "cancelled";
  planned?: Date | null;
  actual?: Date | null;
};

async function Schedule({ c }: { c: Detail }) {
  const [t, format] = await Promise.all([getTranslations("consultationDetail"), getFormatter()]);
  const now = new Date();
  const when = (d: Date) => t("when", dateParts(format, d));
  // Publication is set at approval; until that moment passes it is a plan, not a fact.
  const published = c.publishedAt && c.publishedAt <= now ? c.publishedAt : null;
  const steps: Step[] = [
    { key: "submitted", actual: c.submittedAt },
    { key: "approved", actual: c.approvedAt },
    { key: "publish", planned: c.publishedAt && !published ? c.publishedAt : c.publishAt, actual: published },
    { key: "open", planned: c.opensAt, actual: c.openedAt },
    { key: "meeting", planned: c.meetingAt },
    { key: "close", planned: c.closesAt, actual: c.closedAt },
    { key: "cancelled", actual: c.cancelledAt },
  ];
  const shown = steps.filter(
    (s) => s.planned || s.actual || s.key === "publish" || s.key === "open" || s.key === "close",
  );
  return (
    <section className="detail-section" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t("schedule.title")}</h2>
      <dl className="detail-schedule">
        {shown.map((s) => (
          <div
            key={s.key}
            className={s.actual ? "detail-schedule__step detail-schedule__step--done" : "detail-schedule__step"}
          >
            <dt>{t(`schedule.${s.key}`)}</dt>
            <dd>
              {"planned" in s ? (
                <span>
                  <span className="detail-schedule__kind">{t("schedule.planned")}:</span>{" "}
                  {s.planned ? when(s.planned) : t("schedule.notSet")}
                </span>
              ) : null}
              {s.actual ? (
                <span>
                  <span className="detail-schedule__kind">{t("schedule.actual")}:</span> {when(s.actual)}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
