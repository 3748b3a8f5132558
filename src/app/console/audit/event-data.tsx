import Link from "next/link";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const LONG = 120;

function isScalar(v: Json): v is string | number | boolean | null {
  return v === null || typeof v !== "object";
}

/** One value: scalars as text, lists of scalars joined, anything nested as compact JSON. */
function Value({ name, value }: { name: string; value: Json }) {
  if (value === null || value === "") return <span className="muted">—</span>;
  if (name === "consultationId" && typeof value === "string")
    return <Link href={`/console/consultations/${encodeURIComponent(value)}`}>{value}</Link>;
  const text = isScalar(value)
    ? String(value)
    : Array.isArray(value) && value.every(isScalar)
      ? value.map((v) => String(v)).join(", ")
      : JSON.stringify(value);
  if (text.length <= LONG) return isScalar(value) ? <>{text}</> : <code>{text}</code>;
  return (
    <details>
      <summary>{text.slice(0, 60)}…</summary>
      <span className="audit-data__long">{text}</span>
    </details>
  );
}

/** An event's data as a short "key: value" list rather than raw JSON. */
export function EventData({ data }: { data: unknown }) {
  const value = data as Json;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return value === null || value === undefined ? null : <code>{JSON.stringify(value)}</code>;
  }
  const entries = Object.entries(value);
  if (!entries.length) return <span className="muted">—</span>;
  return (
    <dl className="audit-data">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            <Value name={k} value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
