import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import {
  BarChart,
  ratio,
  StackedBar,
  wrap,
  type BarRow,
  type Series,
  type StackedRow,
} from "@/components/public/charts";

const barWidths = (svg: string) =>
  [...svg.matchAll(/class="chart__bar"[^>]*?\swidth="([^"]+)"/g)].map((m) => Number(m[1]));
const segmentWidths = (svg: string) =>
  [...svg.matchAll(/class="chart__segment"[^>]*?\swidth="([^"]+)"/g)].map((m) => Number(m[1]));
const bar = (rows: BarRow[]) =>
  renderToStaticMarkup(createElement(BarChart, { id: "t", title: "Tỷ lệ tham gia", rows }));
const stacked = (series: Series[], rows: StackedRow[]) =>
  renderToStaticMarkup(createElement(StackedBar, { id: "s", title: "Câu 1", series, rows }));

describe("ratio", () => {
  test.each([
    { value: 3, max: 4, expected: 0.75 },
    { value: 0, max: 4, expected: 0 },
    { value: 5, max: 4, expected: 1 },
    { value: 0, max: 0, expected: 0 },
    { value: 3, max: 0, expected: 0 },
    { value: -1, max: 4, expected: 0 },
  ])("$value of $max → $expected", ({ value, max, expected }) => {
    expect(ratio(value, max)).toBe(expected);
  });
});

describe("BarChart", () => {
  test("bars are proportional to value / max and every label and note is drawn", () => {
    const svg = bar([
      { label: "Thôn Đông", value: 45, max: 60, note: "45/60 hộ · 75%" },
      { label: "Thôn Tây", value: 30, max: 120, note: "30/120 hộ · 25%" },
      { label: "Tổ dân phố 3", value: 10, max: 10, note: "10/10 hộ · 100%" },
    ]);
    const [a, b, c] = barWidths(svg);
    expect(a / c).toBeCloseTo(0.75, 2);
    expect(b / c).toBeCloseTo(0.25, 2);
    for (const text of ["Thôn Đông", "45/60 hộ · 75%", "Thôn Tây", "30/120 hộ · 25%", "Tổ dân phố 3"])
      expect(svg).toContain(text);
  });

  test("an image with an accessible name that scales by its viewBox", () => {
    const svg = bar([{ label: "Thôn Đông", value: 1, max: 2, note: "50%" }]);
    expect(svg).toMatch(/^<svg[^>]*role="img"[^>]*aria-labelledby="t-title"/);
    expect(svg).toContain('<title id="t-title">Tỷ lệ tham gia</title>');
    expect(svg).toMatch(/viewBox="0 0 320 \d+"/);
  });

  test("a zero maximum draws an empty bar, never NaN", () => {
    const svg = bar([{ label: "Thôn mới", value: 0, max: 0, note: "0/0 hộ · —" }]);
    expect(svg).not.toContain("NaN");
    expect(barWidths(svg)).toEqual([0]);
  });

  test("no rows still gives a valid image", () => {
    expect(bar([])).not.toContain("NaN");
  });
});

describe("StackedBar", () => {
  const series: Series[] = [
    { label: "Đồng ý", tone: "agree", note: "60 hộ (60%)" },
    { label: "Không đồng ý", tone: "disagree", note: "30 hộ (30%)" },
    { label: "Ý kiến khác", tone: "other", note: "10 hộ (10%)" },
  ];

  test("segments split the bar by share of the row's total; legend and notes are drawn", () => {
    const svg = stacked(series, [
      { label: "Cả khu vực", note: "100 hộ có ý kiến", values: [60, 30, 10], notes: ["60%", "30%", "10%"] },
    ]);
    const [agree, disagree, other] = segmentWidths(svg);
    const total = agree + disagree + other;
    expect(total).toBeCloseTo(319, 0);
    expect(agree / total).toBeCloseTo(0.6, 2);
    expect(disagree / total).toBeCloseTo(0.3, 2);
    expect(other / total).toBeCloseTo(0.1, 2);
    for (const text of [
      "Đồng ý: 60 hộ (60%)",
      "Không đồng ý: 30 hộ (30%)",
      "Cả khu vực",
      "100 hộ có ý kiến",
      "60%",
      "30%",
    ])
      expect(svg).toContain(text);
  });

  test("patterns keep disagree and other apart in greyscale", () => {
    const svg = stacked(series, [{ label: "Thôn Đông", values: [1, 1, 1] }]);
    expect(svg).toContain('fill="url(#s-disagree)"');
    expect(svg).toContain('fill="url(#s-other)"');
  });

  test("a row nobody answered has no segments and no NaN", () => {
    const svg = stacked(series, [{ label: "Thôn mới", values: [0, 0, 0], notes: ["—", "—", "—"] }]);
    expect(svg).not.toContain("NaN");
    expect(segmentWidths(svg)).toEqual([]);
  });
});

describe("wrap", () => {
  test.each([
    { text: "Thôn Đông", max: 38, expected: ["Thôn Đông"] },
    {
      text: "Phương án 1: giữ nguyên vị trí chợ và cải tạo nhà lồng",
      max: 20,
      expected: ["Phương án 1: giữ", "nguyên vị trí chợ và", "cải tạo nhà lồng"],
    },
    { text: "Siêudàikhôngcókhoảngtrắng", max: 10, expected: ["Siêudàikhôngcókhoảngtrắng"] },
    { text: "", max: 10, expected: [""] },
  ])("$text at $max", ({ text, max, expected }) => {
    expect(wrap(text, max)).toEqual(expected);
  });

  test("a long label is drawn whole, over several lines, and the bar moves down", () => {
    const label = "Phương án 2: di dời chợ ra khu đất trống phía tây, xây mới nhà lồng hai tầng";
    const svg = bar([{ label, value: 1, max: 2, note: "12 hộ · 50%" }]);
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(label);
    expect(svg).toMatch(/class="chart__bar"[^>]*?\sy="(\d+)"/);
    expect(Number(/class="chart__bar"[^>]*?\sy="(\d+)"/.exec(svg)![1])).toBeGreaterThan(40);
  });
});
