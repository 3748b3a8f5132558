import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getDates, inSentence } from "@/components/public/format";
import { printedDigest } from "@/domain/record-verification";
import type { Verification } from "@/server/records/data";

/**
 * The answer for one digest: a genuine record (with its corrections), a record whose stored copy was
 * altered (never shown as genuine: what was altered is named), or none.
 */
export async function VerificationResult({ v }: { v: Verification }) {
  const [t, { date, time }, locale] = await Promise.all([getTranslations(), getDates(), getLocale()]);
  if (!v.found && v.number) {
    return (
      <ResultSection outcome="none" title={t("verify.notFoundNumber.title")}>
        <p>{t("verify.notFoundNumber.lead", v.number)}</p>
        <ul>
          <li>{t("verify.notFoundNumber.check")}</li>
          <li>{t("verify.notFound.draft")}</li>
          <li>{t("verify.notFound.contact")}</li>
        </ul>
      </ResultSection>
    );
  }
  if (!v.found) {
    return (
      <ResultSection outcome="none" title={t("verify.notFound.title")}>
        <p>{t("verify.notFound.lead")}</p>
        <p>
          {t("verify.digestLabel")} <code className="verify-digest">{v.sha256}</code>
        </p>
        <h3>{t("verify.notFound.adviceTitle")}</h3>
        <ul>
          <li>{t("verify.notFound.exact")}</li>
          <li>{t("verify.notFound.resaved")}</li>
          <li>{t("verify.notFound.draft")}</li>
          <li>{t("verify.notFound.contact")}</li>
        </ul>
      </ResultSection>
    );
  }
  const kind = t(`records.kind.${v.kind}`);
  // The commune's name is the official Vietnamese one; only Vietnamese sentences lower its kind ("của xã …").
  const commune = locale === "vi" ? inSentence(v.commune) : v.commune;
  const signer = v.finalisedBy
    ? v.finalisedBy.title
      ? `${v.finalisedBy.name} (${v.finalisedBy.title})`
      : v.finalisedBy.name
    : "none";
  const facts = (
    <dl className="verify-result__facts">
      <div>
        <dt>{t("verify.found.titleLabel")}</dt>
        <dd>{v.title}</dd>
      </div>
      {v.consultationTitle ? (
        <div>
          <dt>{t("verify.found.consultation")}</dt>
          <dd>{v.consultationTitle}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t("verify.found.digest")}</dt>
        <dd>
          <code className="verify-digest">{v.sha256}</code>
        </dd>
      </div>
    </dl>
  );
  const what = {
    kind: kind.charAt(0).toLocaleLowerCase(locale) + kind.slice(1),
    number: v.numberLabel ?? "none",
    commune,
    date: date(v.finalisedAt),
    time: time(v.finalisedAt),
  };
  if (!v.intact) {
    return (
      <ResultSection outcome="altered" title={t("verify.altered.title")}>
        <p className="verify-result__what">{t("verify.altered.what", what)}</p>
        <ul>
          {v.altered.map((part) => (
            <li key={part}>{t(`verify.altered.parts.${part}`)}</li>
          ))}
        </ul>
        <p>
          <strong>{t("verify.altered.advice", { commune })}</strong>
        </p>
        {facts}
      </ResultSection>
    );
  }
  const code = v.printedCode ? printedDigest(v.printedCode.code) : "";
  if (v.printedCode && !v.printedCode.matches) {
    // The number exists but the copy's code is another's: never shown as genuine.
    return (
      <ResultSection outcome="altered" title={t("verify.mismatch.title")}>
        <p className="verify-result__what">{t("verify.mismatch.what", { ...what, code })}</p>
        <p>
          <strong>{t("verify.mismatch.advice", { commune })}</strong>
        </p>
        {facts}
      </ResultSection>
    );
  }
  return (
    <ResultSection outcome="ok" title={t("verify.found.title")}>
      <p className="verify-result__what">{t("verify.found.what", { ...what, signer })}</p>
      {v.printedCode ? (
        <p>{t("verify.found.codeMatches", { code })}</p>
      ) : v.byNumber ? (
        <p>{t("verify.found.compare")}</p>
      ) : null}
      {facts}
      {v.amendedBy.length ? (
        <div className="notice verify-result__amended">
          <p>{t("verify.found.amended")}</p>
          <ul>
            {v.amendedBy.map((a, i) => (
              <li key={i}>
                {t("verify.found.amendedItem", {
                  number: a.numberLabel ?? "none",
                  date: a.finalisedAt ? date(a.finalisedAt) : "none",
                })}
              </li>
            ))}
          </ul>
          <p>{t("verify.found.amendedAdvice")}</p>
        </div>
      ) : null}
    </ResultSection>
  );
}

/** An altered record is announced at once (an alert); the other answers wait their turn. */
const OUTCOMES = {
  none: { role: "status", mark: null },
  altered: { role: "alert", mark: "✗ " },
  ok: { role: "status", mark: "✓ " },
} as const;

function ResultSection({
  outcome,
  title,
  children,
}: {
  outcome: keyof typeof OUTCOMES;
  title: string;
  children: ReactNode;
}) {
  const { role, mark } = OUTCOMES[outcome];
  return (
    <section className={`verify-result verify-result--${outcome}`} role={role} aria-labelledby="verify-result-title">
      <h2 id="verify-result-title">
        {mark ? <span aria-hidden="true">{mark}</span> : null}
        {title}
      </h2>
      {children}
    </section>
  );
}
