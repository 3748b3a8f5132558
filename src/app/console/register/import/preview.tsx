"use client";
// What a register import would do: the counts with what each means, the row errors with their line
// and column, and samples of each kind of change. Nothing here writes.
import type { inferRouterOutputs } from "@trpc/server";
import { useFormatter, useTranslations } from "next-intl";
import type { ImportColumn } from "@/domain/register-import";
import type { AppRouter } from "@/server/api/root";
import { DataTable } from "@/components/console/data-table";

export type Preview = inferRouterOutputs<AppRouter>["register"]["previewImport"];
export type Counts = Preview["counts"];
type SampleKind = keyof Preview["samples"];

export const COUNT_KINDS = [
  "new",
  "changed",
  "moved",
  "reactivated",
  "missing",
  "unchanged",
  "newNeighbourhoods",
] as const satisfies readonly (keyof Counts)[];
const SAMPLE_KINDS = ["moved", "missing", "new", "changed", "reactivated"] as const;
const OPEN_UP_TO = 10;

/** The counts as a list of figures, each with its explanation (used by the preview and the result). */
export function CountSummary({ counts, explain = false }: { counts: Counts; explain?: boolean }) {
  const t = useTranslations("households.import");
  const format = useFormatter();
  return (
    <dl className="stats register-summary">
      {COUNT_KINDS.map((k) => (
        <div key={k}>
          <dt>{t(`counts.${k}`)}</dt>
          <dd>{format.number(counts[k])}</dd>
          {explain ? <dd className="register-summary__explain">{t(`explain.${k}`)}</dd> : null}
        </div>
      ))}
    </dl>
  );
}

export function PreviewReport({ preview }: { preview: Preview }) {
  const t = useTranslations("households.import");
  const tr = useTranslations("register");
  const format = useFormatter();
  const column = (c: string) => tr(`column.${c as ImportColumn}`);
  const fieldList = (fields: string[]) => fields.map(column).join(", ");
  // With errors, the rows in error are left out of the counts (and look "missing"): the samples would mislead.
  const hasIssues = preview.issueCount > 0;
  return (
    <>
      {hasIssues ? (
        <section className="households-section" aria-labelledby="register-issues-title">
          <h3 id="register-issues-title">{t("issuesTitle", { count: format.number(preview.issueCount) })}</h3>
          <p>{t("issuesIntro")}</p>
          <DataTable
            columns={[{ label: t("colLine"), numeric: true }, t("colColumn"), t("colMessage")]}
            rows={preview.issues}
          >
            {(i) => (
              <tr key={`${i.line}-${i.column}-${i.code}`}>
                <td className="num">{i.line}</td>
                <td>{column(i.column)}</td>
                <td>{tr(`issue.${i.code}`, { value: i.value, otherLine: i.otherLine ?? "" })}</td>
              </tr>
            )}
          </DataTable>
          {preview.issueCount > preview.issues.length ? (
            <p>{t("issuesMore", { count: format.number(preview.issueCount - preview.issues.length) })}</p>
          ) : null}
        </section>
      ) : null}

      <section className="households-section" aria-labelledby="register-summary-title">
        <h3 id="register-summary-title">{t("summaryTitle")}</h3>
        {hasIssues ? <p className="hint">{t("countsWithIssues")}</p> : null}
        <CountSummary counts={preview.counts} explain />
      </section>

      {!hasIssues && preview.newNeighbourhoods.length > 0 ? (
        <section className="households-section" aria-labelledby="register-hoods-title">
          <h3 id="register-hoods-title">{t("newNeighbourhoodsTitle")}</h3>
          <ul>
            {preview.newNeighbourhoods.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {!hasIssues && SAMPLE_KINDS.some((k) => preview.counts[k] > 0) ? (
        <section className="households-section register-samples" aria-labelledby="register-samples-title">
          <h3 id="register-samples-title">{t("samplesTitle")}</h3>
          {SAMPLE_KINDS.filter((k) => preview.counts[k] > 0).map((k) => {
            const rows = k === "missing" ? preview.missing : preview.samples[k as SampleKind];
            return (
              <details key={k} open={preview.counts[k] <= OPEN_UP_TO}>
                <summary>
                  {t(`samples.${k}`)} ({format.number(preview.counts[k])})
                </summary>
                {preview.counts[k] > rows.length ? (
                  <p className="hint">
                    {t("samplesShown", { shown: format.number(rows.length), total: format.number(preview.counts[k]) })}
                  </p>
                ) : null}
                {k === "missing" ? (
                  <DataTable columns={[t("colCode"), t("colHead"), t("colNeighbourhood")]} rows={preview.missing}>
                    {(m) => (
                      <tr key={m.code}>
                        <td>{m.code}</td>
                        <td>{m.headName}</td>
                        <td>{m.neighbourhood}</td>
                      </tr>
                    )}
                  </DataTable>
                ) : (
                  <DataTable
                    columns={[
                      { label: t("colLine"), numeric: true },
                      t("colCode"),
                      t("colHead"),
                      ...(k === "moved" ? [t("colFrom"), t("colTo")] : [t("colNeighbourhood")]),
                      k !== "new" && t("colFields"),
                    ]}
                    rows={preview.samples[k]}
                  >
                    {(s) => (
                      <tr key={s.code}>
                        <td className="num">{s.line}</td>
                        <td>{s.code}</td>
                        <td>{s.headName}</td>
                        {k === "moved" ? <td>{s.from}</td> : null}
                        <td>
                          {k === "moved" ? "→ " : null}
                          {s.neighbourhood}
                        </td>
                        {k !== "new" ? (
                          <td>{fieldList(s.fields.filter((f) => k !== "moved" || f !== "neighbourhood")) || "—"}</td>
                        ) : null}
                      </tr>
                    )}
                  </DataTable>
                )}
              </details>
            );
          })}
        </section>
      ) : null}
    </>
  );
}
