// The province summary as a workbook: one sheet per commune's figures, one of every consultation,
// one of the results waiting for publication. Vietnamese headers by default; dates as dates.
import ExcelJS from "exceljs";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Locale } from "@/i18n/locales";
import { getTranslator } from "@/i18n/translate";
import type { StaffActor } from "../auth/actor";
import type { YearFilter } from "../dashboard/data";
import { getProvinceSummary } from "./summary";

type Cell = string | number | Date | null;
const INT = "#,##0";
const PCT = "0.0%";
const DATE = "dd/mm/yyyy";
const VN_OFFSET_MS = 7 * 3600_000;
/** Excel has no time zones: write Vietnam wall-clock time. */
const wall = (d: Date | null) => (d ? new Date(d.getTime() + VN_OFFSET_MS) : null);

function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: Cell[][],
  formats: (string | undefined)[],
  widths: number[],
) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = header.map((h, i) => ({
    header: h,
    width: widths[i] ?? 14,
    style: formats[i] ? { numFmt: formats[i] } : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: "middle", wrapText: true };
  head.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
  ws.addRows(rows);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

export async function buildProvinceWorkbook(
  db: PrismaClient,
  actor: StaffActor,
  filter: YearFilter,
  now: Date,
  locale: Locale = "vi",
): Promise<Buffer> {
  const s = await getProvinceSummary(db, actor, filter, now);
  const t = getTranslator(locale);
  const L = (k: string) => t(`province.sheet.${k}` as never);
  const kind = (k: string) => t(`communeKind.${k}` as never);
  const name = (c: { name: string; kind: string }) =>
    locale === "vi" ? `${kind(c.kind)} ${c.name}` : `${c.name} ${kind(c.kind)}`;
  const outcome = (o: string | null) =>
    !o ? "" : o === "ADVISORY" ? t("dashboard.advisory") : t(`tally.outcome.${o}` as never);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Ý Dân";
  wb.created = now;
  sheet(
    wb,
    L("communes"),
    [
      L("code"),
      L("commune"),
      L("consultations_"),
      L("held"),
      L("open"),
      L("roll"),
      L("responded"),
      L("turnout"),
      L("awaiting_"),
      L("overdue"),
      L("records"),
    ],
    s.communes.map((c) => [
      c.code,
      name(c),
      c.consultations,
      c.held,
      c.open,
      c.roll,
      c.responded,
      c.roll ? c.responded / c.roll : null,
      c.awaitingResults,
      c.overdue,
      c.records,
    ]),
    [undefined, undefined, INT, INT, INT, INT, INT, PCT, INT, INT, INT],
    [10, 30, 10, 10, 10, 12, 12, 10, 12, 10, 10],
  );
  sheet(
    wb,
    L("consultations"),
    [
      L("commune"),
      L("title"),
      L("matter"),
      L("status"),
      L("opens"),
      L("closes"),
      L("roll"),
      L("responded"),
      L("turnout"),
      L("outcome"),
    ],
    s.consultations.map((r) => [
      name(r.commune),
      r.title,
      t(`matter.${r.matter}` as never),
      t(`status.${r.status}` as never),
      wall(r.opensAt),
      wall(r.closesAt),
      r.roll,
      r.responded,
      r.roll ? r.responded / r.roll : null,
      r.units
        ? t(r.units.awaitingRecognition ? "tally.unitsAdoptedAwaiting" : "tally.unitsAdopted", {
            adopted: r.units.adopted,
            total: r.units.total,
          })
        : outcome(r.outcome),
    ]),
    [undefined, undefined, undefined, undefined, DATE, DATE, INT, INT, PCT, undefined],
    [26, 50, 24, 20, 12, 12, 10, 12, 10, 22],
  );
  sheet(
    wb,
    L("awaiting"),
    [L("commune"), L("title"), L("closes"), L("status"), L("lateDays")],
    s.awaitingResults.map((r) => [
      name(r.commune),
      r.title,
      wall(r.closedAt),
      t(`status.${r.status}` as never),
      r.results?.state === "overdue" ? r.results.workingDaysLate : 0,
    ]),
    [undefined, undefined, DATE, undefined, INT],
    [26, 50, 12, 20, 14],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
