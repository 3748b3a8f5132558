// Horizontal bar charts as inline SVG, rendered on the server: no canvas, no library, no client JS.
// Pure and synchronous: callers pass every text already formatted (numbers, percentages), so the
// charts render the same in a page, in print and under renderToStaticMarkup. The SVG scales to the
// container's width through its viewBox. A chart is an image with a short name; callers pair it
// with a table of the same figures (see the results page) for screen readers and print.
import type { ReactNode } from "react";

/** viewBox width; at 360 px wide phones one unit is about one CSS pixel. */
const WIDTH = 320;
const FONT = 14;
const LINE = 20;
/** Rough width of one character at FONT, to decide whether a label and its note share a line. */
const CHAR = FONT * 0.56;
const INK = "#1c1f23";
const TRACK = "#eef0f2";
const OUTLINE = "#5b6470";

export type BarRow = { label: string; value: number; max: number; note: string };

export type Tone = "agree" | "disagree" | "other" | "none";
export type Series = { label: string; tone: Tone; note?: string };
/** `values` in the order of the chart's series; `notes` (e.g. "62%") are drawn inside wide segments. */
export type StackedRow = { label: string; note?: string; values: number[]; notes?: string[] };

/** 0…1, never NaN: an empty roll or a zero maximum draws an empty bar. */
export function ratio(value: number, max: number) {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(value / max, 1);
}

const round = (n: number) => Math.round(n * 100) / 100;
const charsIn = (width: number) => Math.floor(width / CHAR);

/** SVG text does not wrap: break at spaces into lines of at most `max` characters (a longer word stays whole). */
export function wrap(text: string, max: number) {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length ? lines[lines.length - 1] : null;
    if (last !== null && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [""];
}

/** A row's label, wrapped, with its note right-aligned on the last line or, when that is full, below. */
function labelLayout(label: string, note?: string) {
  const lines = wrap(label, charsIn(WIDTH) - 2);
  const last = lines[lines.length - 1];
  const shared = !note || last.length + note.length + 2 <= charsIn(WIDTH);
  return {
    lines,
    noteLine: shared ? lines.length - 1 : lines.length,
    height: (shared ? lines.length : lines.length + 1) * LINE,
  };
}

function LabelLine({ y, label, note }: { y: number; label: string; note?: string }) {
  const { lines, noteLine } = labelLayout(label, note);
  return (
    <>
      <text x={0} y={y + FONT} fill={INK} fontSize={FONT} fontWeight={600}>
        {lines.map((line, i) => (
          <tspan key={i} x={0} dy={i ? LINE : 0}>
            {line}
          </tspan>
        ))}
      </text>
      {note ? (
        <text x={WIDTH} y={y + FONT + noteLine * LINE} fill={INK} fontSize={FONT} textAnchor="end">
          {note}
        </text>
      ) : null}
    </>
  );
}
const labelHeight = (label: string, note?: string) => labelLayout(label, note).height;

/** Stacks blocks of the given heights from `start`: each block's top, and where the last one ends. */
function stack(heights: number[], start = 0) {
  const tops: number[] = [];
  let y = start;
  for (const h of heights) {
    tops.push(y);
    y += h;
  }
  return { tops, end: y };
}

function Frame({ id, title, height, children }: { id: string; title: string; height: number; children: ReactNode }) {
  return (
    <svg
      className="chart"
      role="img"
      aria-labelledby={`${id}-title`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
    >
      <title id={`${id}-title`}>{title}</title>
      {children}
    </svg>
  );
}

/** One bar per row, its length `value / max` of the full width (e.g. turnout of each neighbourhood). */
export function BarChart({ id, title, rows }: { id: string; title: string; rows: BarRow[] }) {
  const barHeight = 16;
  const { tops, end } = stack(rows.map((row) => labelHeight(row.label, row.note) + 2 + barHeight + 12));
  const placed = rows.map((row, i) => ({ row, top: tops[i], bar: tops[i] + labelHeight(row.label, row.note) + 2 }));
  return (
    <Frame id={id} title={title} height={Math.max(end - 8, 1)}>
      {placed.map(({ row, top, bar }, i) => (
        <g key={i} className="chart__row">
          <LabelLine y={top} label={row.label} note={row.note} />
          <rect x={0.5} y={bar} width={WIDTH - 1} height={barHeight} fill={TRACK} stroke={OUTLINE} strokeWidth={1} />
          <rect
            className="chart__bar"
            x={0.5}
            y={bar}
            width={round(ratio(row.value, row.max) * (WIDTH - 1))}
            height={barHeight}
            fill="#8f1d1d"
          />
        </g>
      ))}
    </Frame>
  );
}

/** Fills that stay apart in greyscale print: solid dark, hatched, dotted, white. */
function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-disagree`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={6} height={6} fill="#f7dede" />
        <line x1={0} y1={0} x2={0} y2={6} stroke="#8f1d1d" strokeWidth={3} />
      </pattern>
      <pattern id={`${id}-other`} width={5} height={5} patternUnits="userSpaceOnUse">
        <rect width={5} height={5} fill="#e8eaed" />
        <circle cx={2.5} cy={2.5} r={1.2} fill="#3d434b" />
      </pattern>
    </defs>
  );
}
const fill = (id: string, tone: Tone) =>
  tone === "agree"
    ? "#1f6f43"
    : tone === "disagree"
      ? `url(#${id}-disagree)`
      : tone === "other"
        ? `url(#${id}-other)`
        : "#ffffff";

/** Text inside a segment: white on the solid fill, dark with a white halo on the patterned ones. */
function SegmentText({ x, y, tone, children }: { x: number; y: number; tone: Tone; children: string }) {
  const solid = tone === "agree";
  return (
    <text
      x={x}
      y={y}
      fontSize={FONT - 1}
      fontWeight={700}
      textAnchor="middle"
      fill={solid ? "#ffffff" : INK}
      stroke={solid ? undefined : "#ffffff"}
      strokeWidth={solid ? undefined : 3}
      paintOrder="stroke"
    >
      {children}
    </text>
  );
}

/**
 * One bar per row split into the series (agree / disagree / other / no answer), each segment
 * `value / row total` of the full width; a legend with the series' labels comes first.
 */
export function StackedBar({
  id,
  title,
  series,
  rows,
}: {
  id: string;
  title: string;
  series: Series[];
  rows: StackedRow[];
}) {
  const barHeight = 24;
  const swatch = 14;
  const legendText = series.map((s) => wrap(s.note ? `${s.label}: ${s.note}` : s.label, charsIn(WIDTH - swatch - 8)));
  const legendRows = stack(legendText.map((lines) => lines.length * LINE + 2));
  const legend = series.map((s, i) => ({ s, top: legendRows.tops[i], lines: legendText[i] }));
  const { tops, end } = stack(
    rows.map((row) => labelHeight(row.label, row.note) + 2 + barHeight + 12),
    legendRows.end + 6,
  );
  const placed = rows.map((row, i) => {
    const top = tops[i];
    const bar = top + labelHeight(row.label, row.note) + 2;
    const total = row.values.reduce((sum, v) => sum + Math.max(v, 0), 0);
    let x = 0.5;
    const segments = row.values.map((v, i) => {
      const w = round(ratio(v, total) * (WIDTH - 1));
      const seg = { x, w, tone: series[i]?.tone ?? "none", note: row.notes?.[i] };
      x = round(x + w);
      return seg;
    });
    return { row, top, bar, segments };
  });
  return (
    <Frame id={id} title={title} height={Math.max(end - 8, 1)}>
      <Patterns id={id} />
      {legend.map(({ s, top, lines }, i) => (
        <g key={i} className="chart__legend">
          <rect
            x={0.5}
            y={top + 3}
            width={swatch}
            height={swatch}
            fill={fill(id, s.tone)}
            stroke={OUTLINE}
            strokeWidth={1}
          />
          <text x={swatch + 8} y={top + FONT + 1} fill={INK} fontSize={FONT}>
            {lines.map((line, j) => (
              <tspan key={j} x={swatch + 8} dy={j ? LINE : 0}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {placed.map(({ row, top, bar, segments }, i) => (
        <g key={i} className="chart__row">
          <LabelLine y={top} label={row.label} note={row.note} />
          {segments.map((s, j) =>
            s.w > 0 ? (
              <rect
                key={j}
                className="chart__segment"
                x={s.x}
                y={bar}
                width={s.w}
                height={barHeight}
                fill={fill(id, s.tone)}
                stroke="#ffffff"
                strokeWidth={1}
              />
            ) : null,
          )}
          <rect x={0.5} y={bar} width={WIDTH - 1} height={barHeight} fill="none" stroke={OUTLINE} strokeWidth={1} />
          {segments.map((s, j) =>
            s.note && s.w >= (s.note.length + 1) * CHAR ? (
              <SegmentText key={j} x={round(s.x + s.w / 2)} y={bar + barHeight / 2 + 5} tone={s.tone}>
                {s.note}
              </SegmentText>
            ) : null,
          )}
        </g>
      ))}
    </Frame>
  );
}
