import { getTranslations } from "next-intl/server";
import type { AreaLine, Outcome, StoredRule } from "@/domain/outcome";
import { getNumbers } from "./numbers";

const TONE: Record<Outcome, string> = {
  ADOPTED: "yes",
  AWAITING_RECOGNITION: "wait",
  NOT_ADOPTED: "no",
  PENDING: "pending",
};

/**
 * Which badge: the public results page's (`results-outcome`, results.css) or the console tally's
 * (`tally-outcome`, console.css); both take the modifiers --yes, --wait, --no, --pending, --units.
 */
export type BadgeLook = "results-outcome" | "tally-outcome";

export async function OutcomeBadge({ outcome, look }: { outcome: Outcome; look: BadgeLook }) {
  const t = await getTranslations("tally.outcome");
  return <span className={`${look} ${look}--${TONE[outcome]}`}>{t(outcome)}</span>;
}

/** The area's result: one verdict, or, decided per neighbourhood, how many neighbourhoods adopted. */
export async function AreaOutcome({ line, look }: { line: AreaLine; look: BadgeLook }) {
  if (line.kind === "VERDICT") return <OutcomeBadge outcome={line.outcome} look={look} />;
  const [t, { num }] = await Promise.all([getTranslations("tally"), getNumbers()]);
  return (
    <span className={`${look} ${look}--units`}>
      {t(line.awaitingRecognition ? "unitsAdoptedAwaiting" : "unitsAdopted", {
        adopted: num(line.adopted),
        total: num(line.total),
      })}
    </span>
  );
}

/** The adoption rule in words, as stored with the consultation: "từ 1/2 tổng số hộ trở lên tán thành …". */
export async function RuleLine({ rule }: { rule: StoredRule }) {
  const t = await getTranslations("tally");
  const text =
    t(rule.inclusive ? "ruleAtLeast" : "ruleMoreThan", { numerator: rule.numerator, denominator: rule.denominator }) +
    (rule.aggregation === "SHARE_OF_NEIGHBOURHOODS" && rule.unitShare
      ? ` ${t("ruleUnits", { numerator: rule.unitShare.numerator, denominator: rule.unitShare.denominator })}`
      : "") +
    (rule.aggregation === "WHOLE_AREA" ? ` ${t("ruleWhole")}` : "");
  return (
    <p>
      <strong>{t("rule")}</strong> {text}.
    </p>
  );
}
