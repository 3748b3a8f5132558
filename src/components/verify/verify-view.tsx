import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TRPCError } from "@trpc/server";
import type { ReactNode } from "react";
import { described, type ControlProps } from "@/components/aria";
import { firstValue } from "@/components/console/list-query";
import { getServerCaller } from "@/server/api/server-caller";
import { AppError } from "@/server/errors";
import type { Verification } from "@/server/records/data";
import { verifyFileAction, type FileErrorCode } from "./actions";
import { VerificationResult } from "./verification-result";
import "./verify.css";

export async function verifyMetadata() {
  const t = await getTranslations("verify");
  return { title: t("title"), description: t("lead") };
}

type Param = string | string[] | undefined;
/** sha256 (a digest); number, year, code and, on the install's page, commune (a paper copy, as its QR code carries). */
export type VerifySearchParams = Promise<{
  sha256?: Param;
  fileError?: Param;
  number?: Param;
  year?: Param;
  code?: Param;
  commune?: Param;
}>;
/** The parameters a verification address may carry, forwarded as they are from the install's page to a commune's. */
export const VERIFY_PARAMS = ["sha256", "fileError", "number", "year", "code"] as const;
/** commune: a commune's slug (only its records are found), or none for every commune of the install. */
type Props = { searchParams: VerifySearchParams; commune?: string };

const FILE_ERRORS: readonly FileErrorCode[] = ["required", "tooLarge", "failed"];
/** What verifyFile accepts (MAX_DOCUMENT_BYTES), in MB, for the message. */
const MAX_MB = 20;

/**
 * Public, no JavaScript needed: a GET form for a digest (?sha256=…) and an upload that redirects
 * to the same URL, so the result can be shared, bookmarked or printed.
 */
export async function VerifyView({ searchParams, commune }: Props) {
  const base = commune ? `/${commune}/verify` : "/verify";
  const params = await searchParams;
  const digest = firstValue(params.sha256).slice(0, 200);
  const fileError = FILE_ERRORS.find((c) => c === firstValue(params.fileError)) ?? null;
  const byNumber = {
    number: firstValue(params.number).slice(0, 40),
    year: firstValue(params.year).slice(0, 10),
    code: firstValue(params.code).slice(0, 100),
    commune: commune ?? firstValue(params.commune).slice(0, 80),
  };
  const t = await getTranslations();
  const caller = await getServerCaller();

  let result: Verification | null = null;
  let digestError: string | null = null;
  const numberErrors: Partial<Record<"number" | "year" | "code" | "commune", string>> = {};
  if (digest) {
    try {
      result = await caller.record.verify({ sha256: digest, commune });
    } catch (e) {
      if (!(e instanceof TRPCError && e.code === "BAD_REQUEST")) throw e;
      digestError = t("records.errors.badDigest");
    }
  } else if (byNumber.number || byNumber.year || byNumber.code) {
    if (!byNumber.commune) numberErrors.commune = t("verify.number.communeRequired");
    else {
      try {
        result = await caller.record.verifyNumber(byNumber);
      } catch (e) {
        if (!(e instanceof TRPCError && e.code === "BAD_REQUEST")) throw e;
        for (const issue of e.cause instanceof AppError ? e.cause.issues : []) {
          if (issue.field === "number" || issue.field === "year" || issue.field === "code")
            numberErrors[issue.field] = t(issue.key as "records.errors.badNumber");
        }
        if (!Object.keys(numberErrors).length) numberErrors.number = t("records.errors.badNumber");
      }
    }
  }
  // The install's page asks which commune issued the copy; a commune's own page knows.
  const communes = commune ? null : (await caller.commune.list({ q: "" })).provinces;
  const year = byNumber.year || String(new Date().getFullYear());

  return (
    <div className="verify">
      <h1>{t("verify.title")}</h1>
      <p className="lead">{t("verify.lead")}</p>

      {result ? (
        <>
          <VerificationResult v={result} />
          <p>
            <Link href={base}>{t("verify.again")}</Link>
          </p>
        </>
      ) : null}

      <section className="verify-form" aria-labelledby="verify-number-title">
        <h2 id="verify-number-title">{t("verify.number.title")}</h2>
        <p className="hint">{t("verify.number.lead")}</p>
        <form method="get" action={base} className="form">
          {communes ? (
            <VerifyField
              id="verify-commune"
              label={t("verify.number.communeLabel")}
              hint={t("verify.number.communeHint")}
              error={numberErrors.commune ?? null}
            >
              {(control) => (
                <select {...control} name="commune" defaultValue={byNumber.commune}>
                  <option value="">{t("verify.number.communeChoose")}</option>
                  {communes.map((p) => (
                    <optgroup key={p.code} label={p.name}>
                      {p.communes.map((c) => (
                        <option key={c.slug} value={c.slug}>
                          {c.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </VerifyField>
          ) : null}
          <VerifyField
            id="verify-number"
            label={t("verify.number.numberLabel")}
            hint={t("verify.number.numberHint")}
            error={numberErrors.number ?? null}
          >
            {(control) => (
              <input
                {...control}
                name="number"
                type="text"
                defaultValue={byNumber.number}
                maxLength={40}
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
              />
            )}
          </VerifyField>
          <VerifyField
            id="verify-year"
            label={t("verify.number.yearLabel")}
            hint={t("verify.number.yearHint")}
            error={numberErrors.year ?? null}
          >
            {(control) => (
              <input
                {...control}
                name="year"
                type="text"
                inputMode="numeric"
                defaultValue={year}
                maxLength={10}
                autoComplete="off"
                className="verify-year"
              />
            )}
          </VerifyField>
          <VerifyField
            id="verify-code"
            label={t("verify.number.codeLabel")}
            hint={t("verify.number.codeHint")}
            error={numberErrors.code ?? null}
          >
            {(control) => (
              <input
                {...control}
                name="code"
                type="text"
                defaultValue={byNumber.code}
                maxLength={100}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                className="verify-digest"
              />
            )}
          </VerifyField>
          <p>
            <button className="button button--primary" type="submit">
              {t("verify.number.submit")}
            </button>
          </p>
        </form>
      </section>

      <section className="verify-form" aria-labelledby="verify-file-title">
        <h2 id="verify-file-title">{t("verify.file.title")}</h2>
        <form action={verifyFileAction.bind(null, base)} className="form">
          <VerifyField
            id="verify-file"
            label={t("verify.file.label")}
            hint={t("verify.file.hint")}
            error={fileError ? t(`verify.file.errors.${fileError}`, { max: MAX_MB }) : null}
          >
            {(control) => <input {...control} name="file" type="file" accept="application/pdf,.pdf" />}
          </VerifyField>
          <p>
            <button className="button button--primary" type="submit">
              {t("verify.file.submit")}
            </button>
          </p>
        </form>
      </section>

      <section className="verify-form" aria-labelledby="verify-digest-title">
        <h2 id="verify-digest-title">{t("verify.digest.title")}</h2>
        <form method="get" action={base} className="form">
          <VerifyField
            id="verify-sha256"
            label={t("verify.digest.label")}
            hint={t("verify.digest.hint")}
            error={digestError}
          >
            {(control) => (
              <input
                {...control}
                name="sha256"
                type="text"
                defaultValue={digest}
                maxLength={200}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                className="verify-digest"
              />
            )}
          </VerifyField>
          <p>
            <button className="button" type="submit">
              {t("verify.digest.submit")}
            </button>
          </p>
        </form>
      </section>
    </div>
  );
}

/** A field of the page's two forms: its label, the hint before the control (read first), the error after it. */
function VerifyField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | null;
  children: (control: ControlProps) => ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {children({ id, ...described(error, `${id}-error`, `${id}-hint`) })}
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
