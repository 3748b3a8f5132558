import { getTranslations } from "next-intl/server";
import { areaLine } from "@/domain/outcome";
import { getNumbers } from "@/components/results/numbers";
import { AreaOutcome, OutcomeBadge, RuleLine } from "@/components/results/outcome";
import type { PublicResults } from "./types";

/**
 * Decision matters: the outcome by the stored rule, for the area and per neighbourhood; decided per
 * neighbourhood (Law on Grassroots Democracy Art 21 k1), the area line says how many neighbourhoods
 * adopted, never one verdict (areaLine). Opinion matters
 * are advisory (docs/LAW.md#r14; LDCCS Art 25, Art 28 k4): only "X% đồng ý", never adopted or not adopted. The rule reads
 * as in the console's tally ("từ 1/2 tổng số hộ trở lên tán thành …").
 */
export async function Verdict({ r }: { r: PublicResults }) {
  const [t, { num, pct }] = await Promise.all([getTranslations(), getNumbers()]);
  const { tally } = r;
  const approval =
    r.questions.find((q) => q.id === tally.decisionQuestionId) ?? r.questions.find((q) => q.kind === "APPROVAL");
  const agreeId = approval?.options.find((o) => o.key === "AGREE")?.id;
  const agree = agreeId ? (tally.options[agreeId] ?? 0) : 0;

  if (r.mode === "OPINION") {
    return (
      <div className="results-verdict results-verdict--advisory">
        <h3 className="results-subtitle">{t("results.advisory.title")}</h3>
        <p>{t("results.advisory.note")}</p>
        {approval && agreeId ? (
          <>
            <p className="results-verdict__big">
              {t("results.advisory.agree", { share: pct(agree, tally.responded) })}
            </p>
            <p>
              {t("results.advisory.agreeDetail", {
                agree: num(agree),
                responded: num(tally.responded),
                question: approval.text,
              })}
            </p>
          </>
        ) : null}
      </div>
    );
  }

  const { rule, outcome } = tally;
  if (!rule || !outcome) return null;
  const line = areaLine(rule, outcome)!;
  const outcomeOf = new Map(outcome.units.map((u) => [u.id, u.outcome]));
  return (
    <div className="results-verdict">
      <h3 className="results-subtitle">{t("results.outcome.title")}</h3>
      <RuleLine rule={rule} />
      <p className="results-verdict__big">
        {t(line.kind === "VERDICT" ? "results.outcome.overall" : "results.outcome.area")}{" "}
        <AreaOutcome line={line} look="results-outcome" />
      </p>
      {line.kind === "UNITS_ADOPTED" ? <p>{t("results.outcome.perUnitNote")}</p> : null}
      {agreeId ? (
        <p>
          {t("results.outcome.agreeOfRoll", {
            agree: num(agree),
            roll: num(tally.roll),
            share: pct(agree, tally.roll),
          })}
        </p>
      ) : null}
      {rule.aggregation === "SHARE_OF_NEIGHBOURHOODS" ? (
        <p>
          {t("results.outcome.adoptedUnits", { adopted: num(outcome.adoptedUnits), total: num(outcome.totalUnits) })}
        </p>
      ) : null}
      {tally.units.length > 1 || line.kind === "UNITS_ADOPTED" ? (
        <>
          <h4 className="results-subtitle">{t("results.outcome.perUnit")}</h4>
          <ul className="results-units">
            {tally.units.map((u) => {
              const unitAgree = agreeId ? (u.options[agreeId] ?? 0) : 0;
              const o = outcomeOf.get(u.neighbourhoodId);
              return (
                <li key={u.neighbourhoodId}>
                  <span className="results-units__name">{u.name}</span>
                  {agreeId ? (
                    <span className="results-units__count">
                      {t("results.outcome.agreeOfRoll", {
                        agree: num(unitAgree),
                        roll: num(u.roll),
                        share: pct(unitAgree, u.roll),
                      })}
                    </span>
                  ) : null}
                  {o ? <OutcomeBadge outcome={o} look="results-outcome" /> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
