import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TRPCError } from "@trpc/server";
import type { ReactNode } from "react";
import { described, type ControlProps } from "@/components/aria";
import { firstValue } from "@/components/console/list-query";
import { getServerCaller } from "@/server/api/server-caller";
import type { Verification } from "@/server/records/data";
import { verifyFileAction, type FileErrorCode } from "./actions";
import { VerificationResult } from "./verification-result";
import "./verify.css";

export async function verifyMetadata() {
  const t = await getTranslations("verify");
  return { title: t("title"), description: t("lead") };
}

export type VerifySearchParams = Promise<{ sha256?: string | string[]; fileError?: string | string[] }>;
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
  const t = await getTranslations();

  let result: Verification | null = null;
  let digestError: string | null = null;
  if (digest) {
    try {
      result = await (await getServerCaller()).record.verify({ sha256: digest, commune });
    } catch (e) {
      if (!(e instanceof TRPCError && e.code === "BAD_REQUEST")) throw e;
      digestError = t("records.errors.badDigest");
    }
  }

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
