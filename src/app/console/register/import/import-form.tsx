"use client";
// Import of the household register: preview first (nothing written), then apply with the preview's
// fingerprint, re-sending the same file. Changing the file or the option drops the preview, so what
// is applied is always what was previewed; the server refuses if the register changed meanwhile.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { messageOf } from "@/components/console/server-errors";
import { useTRPC } from "@/trpc/client";
import { described, ErrorAlert, FieldError } from "@/components/console/form-kit";
import { CountSummary, PreviewReport, type Counts, type Preview } from "./preview";

const MAX_MB = 40;
const ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

type Previewed = { preview: Preview; file: File; allowNew: boolean };
type Applied = { counts: Counts; rows: number; name: string };

/** Messages the server attached to the file field (every missing column, not only the first). */
function fileIssues(error: unknown): string[] {
  const issues = (error as { data?: { issues?: { path: string; message: string }[] } } | null)?.data?.issues ?? [];
  return issues.filter((i) => i.path === "file").map((i) => i.message);
}

const appCode = (error: unknown) => (error as { data?: { appCode?: string } } | null)?.data?.appCode;

export function RegisterImportForm() {
  const t = useTranslations("households.import");
  const tr = useTranslations("register");
  const te = useTranslations("errors");
  const format = useFormatter();
  const trpc = useTRPC();
  const previewImport = useMutation(trpc.register.previewImport.mutationOptions());
  const applyImport = useMutation(trpc.register.applyImport.mutationOptions());
  const [file, setFile] = useState<File | null>(null);
  const [allowNew, setAllowNew] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [stale, setStale] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [applied, setApplied] = useState<Applied | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (previewed) previewHeading.current?.focus();
  }, [previewed]);
  useEffect(() => {
    if (applied) outcome.current?.focus();
  }, [applied]);

  const pending = previewImport.isPending || applyImport.isPending;
  const sizeOf = (f: File) => format.number(Math.max(f.size / 1024 / 1024, 0.1), { maximumFractionDigits: 1 });
  const fileErrors = localError ? [localError] : previewImport.error ? fileIssues(previewImport.error) : [];
  const previewAlert =
    previewImport.error && !fileErrors.length ? [messageOf(previewImport.error, te("internal"))] : [];
  const applyCode = applyImport.error ? appCode(applyImport.error) : undefined;
  const mustPreviewAgain = applyCode === "registerChanged" || applyCode === "registerHasErrors";

  function forget() {
    if (previewed) setStale(true);
    setPreviewed(null);
    setConfirming(false);
    setApplied(null);
    previewImport.reset();
    applyImport.reset();
  }

  function runPreview(f: File, allow: boolean) {
    const data = new FormData();
    data.set("file", f);
    if (allow) data.set("allowNewNeighbourhoods", "1");
    setStale(false);
    setConfirming(false);
    setApplied(null);
    applyImport.reset();
    previewImport.mutate(data, { onSuccess: (preview) => setPreviewed({ preview, file: f, allowNew: allow }) });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setLocalError(tr("errors.fileRequired"));
    if (file.size > MAX_MB * 1024 * 1024) return setLocalError(tr("errors.fileTooLarge", { max: MAX_MB }));
    setLocalError(null);
    setPreviewed(null);
    runPreview(file, allowNew);
  }

  function apply() {
    if (!previewed) return;
    const { file: f, allowNew: allow, preview } = previewed;
    const data = new FormData();
    data.set("file", f);
    if (allow) data.set("allowNewNeighbourhoods", "1");
    data.set("fingerprint", preview.fingerprint);
    applyImport.mutate(data, {
      onSuccess: (r) => {
        setPreviewed(null);
        setConfirming(false);
        setApplied({ counts: r.counts, rows: r.rows, name: f.name });
      },
    });
  }

  const preview = previewed?.preview;
  const changes = preview
    ? preview.counts.new +
      preview.counts.changed +
      preview.counts.moved +
      preview.counts.reactivated +
      preview.counts.missing +
      preview.counts.newNeighbourhoods
    : 0;
  const n = (v: number) => format.number(v);

  return (
    <div className="register-import">
      <form
        className="form panel households-section"
        onSubmit={submit}
        noValidate
        aria-labelledby="register-form-title"
      >
        <h2 id="register-form-title">{t("formTitle")}</h2>
        <div className="field">
          <label className="field__label" htmlFor="register-file">
            {t("file")}
          </label>
          <input
            id="register-file"
            name="file"
            type="file"
            accept={ACCEPT}
            required
            disabled={pending}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setLocalError(null);
              forget();
            }}
            {...described(
              fileErrors.length ? fileErrors.join(" ") : undefined,
              "register-file-error",
              "register-file-hint",
            )}
          />
          <p id="register-file-hint" className="hint">
            {t("fileHint", { max: MAX_MB })}
          </p>
          <FieldError id="register-file-error" message={fileErrors.join(" ") || undefined} />
        </div>
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              name="allowNewNeighbourhoods"
              value="1"
              checked={allowNew}
              disabled={pending}
              onChange={(e) => {
                setAllowNew(e.currentTarget.checked);
                forget();
              }}
              aria-describedby="register-allow-hint"
            />
            <span>{t("allowNew")}</span>
          </label>
          <p id="register-allow-hint" className="hint">
            {t("allowNewHint")}
          </p>
        </div>
        <ErrorAlert messages={previewAlert} />
        {stale ? <p className="notice">{t("stale")}</p> : null}
        <div className="detail-buttons">
          <button type="submit" className="button button--primary" disabled={pending}>
            {t("preview")}
          </button>
        </div>
        {pending && file ? (
          <div className="register-progress" role="status">
            <span id="register-progress-label">
              {t(applyImport.isPending ? "applying" : "uploading", { size: sizeOf(previewed?.file ?? file) })}
            </span>
            <progress aria-labelledby="register-progress-label" />
          </div>
        ) : null}
      </form>

      {applyImport.error ? (
        <div className="notice notice--error households-section" role="alert">
          {applyCode === "registerChanged" ? <p className="detail-alert__line">{t("changedTitle")}</p> : null}
          <p className="detail-alert__line">{messageOf(applyImport.error, te("internal"))}</p>
          {mustPreviewAgain && previewed ? (
            <div className="detail-buttons">
              <button
                type="button"
                className="button"
                disabled={pending}
                onClick={() => runPreview(previewed.file, previewed.allowNew)}
              >
                {t("previewAgain")}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}

      {applied ? (
        <div className="panel households-section" role="status" ref={outcome} tabIndex={-1}>
          <h2>{t("doneTitle")}</h2>
          <p>{t("doneText", { rows: n(applied.rows), name: applied.name })}</p>
          <CountSummary counts={applied.counts} />
          <p>
            <Link href="/console/households">{t("viewList")}</Link>
          </p>
        </div>
      ) : null}

      {previewed && preview ? (
        <section className="households-section" aria-labelledby="register-preview-title">
          <h2 id="register-preview-title" ref={previewHeading} tabIndex={-1}>
            {t("previewTitle")}
          </h2>
          <p>{t("previewOf", { name: previewed.file.name, rows: n(preview.rows) })}</p>
          <PreviewReport preview={preview} />
          {preview.issueCount === 0 && changes === 0 ? <p className="notice">{t("noChanges")}</p> : null}
          {preview.issueCount === 0 && changes > 0 && !mustPreviewAgain ? (
            confirming ? (
              <div
                className="panel detail-actions__confirm households-section"
                role="group"
                aria-labelledby="register-confirm-title"
              >
                <h3 id="register-confirm-title" className="detail-actions__confirm-title">
                  {t("confirmTitle")}
                </h3>
                <p>
                  {t("confirmText", {
                    new: n(preview.counts.new),
                    changed: n(preview.counts.changed),
                    moved: n(preview.counts.moved),
                    reactivated: n(preview.counts.reactivated),
                    missing: n(preview.counts.missing),
                  })}
                </p>
                {preview.newNeighbourhoods.length ? (
                  <p>
                    {t("confirmNewNeighbourhoods", {
                      count: n(preview.newNeighbourhoods.length),
                      names: preview.newNeighbourhoods.join(", "),
                    })}
                  </p>
                ) : null}
                <p className="hint">{t("confirmNote")}</p>
                <div className="detail-buttons">
                  <button type="button" className="button button--primary" disabled={pending} onClick={apply} autoFocus>
                    {t("confirm")}
                  </button>
                  <button type="button" className="button" disabled={pending} onClick={() => setConfirming(false)}>
                    {t("back")}
                  </button>
                </div>
              </div>
            ) : (
              <div className="detail-buttons households-section">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={pending}
                  onClick={() => setConfirming(true)}
                >
                  {t("apply")}
                </button>
              </div>
            )
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
