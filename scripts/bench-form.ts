// What a browser does with an HTML form, without a browser: read a page's <form> elements (their
// action, method, enctype and the fields they would send), and encode the fields as the browser does
// for the form's enctype. The resident benchmark drives the resident pages' plain forms with it,
// exactly as a browser would post them.
// Pure: no I/O, so tests/unit/bench-form.test.ts can check it on fixed HTML.

export type FormControl = {
  tag: "input" | "textarea" | "select" | "button";
  name: string;
  type: string;
  value: string;
  checked: boolean;
};

export type HtmlForm = {
  action: string | null;
  method: "GET" | "POST";
  enctype: "application/x-www-form-urlencoded" | "multipart/form-data" | "text/plain";
  className: string;
  controls: FormControl[];
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** HTML character references as the browser decodes them in attribute values and text. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}

/** The attributes of one start tag's inside (`name="x" checked value='y'`), names lower-cased. */
export function parseAttributes(inside: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of inside.matchAll(re)) {
    const name = m[1].toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return out;
}

function enctypeOf(v: string | undefined): HtmlForm["enctype"] {
  const e = (v ?? "").toLowerCase();
  return e === "multipart/form-data" || e === "text/plain" ? e : "application/x-www-form-urlencoded";
}

/** Every <form> of a page, in order, with its controls (forms do not nest in HTML). */
export function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form\s*>/gi)) {
    const attrs = parseAttributes(m[1]);
    const controls: FormControl[] = [];
    const body = m[2];
    const re =
      /<(input|button)\b([^>]*)>|<(textarea)\b([^>]*)>([\s\S]*?)<\/textarea\s*>|<(select)\b([^>]*)>([\s\S]*?)<\/select\s*>/gi;
    for (const c of body.matchAll(re)) {
      const tag = (c[1] ?? c[3] ?? c[6]).toLowerCase() as FormControl["tag"];
      const a = parseAttributes(c[2] ?? c[4] ?? c[7] ?? "");
      const name = a.get("name");
      if (name === undefined || a.has("disabled")) continue;
      if (tag === "textarea") {
        // The parser drops one newline right after <textarea>.
        const text = decodeEntities(c[5]).replace(/^\r?\n/, "");
        controls.push({ tag, name, type: "textarea", value: text, checked: false });
      } else if (tag === "select") {
        const options = [...c[8].matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option\s*>/gi)].map((o) => {
          const oa = parseAttributes(o[1]);
          return { value: oa.get("value") ?? decodeEntities(o[2]).trim(), selected: oa.has("selected") };
        });
        const chosen = options.find((o) => o.selected) ?? options[0];
        controls.push({ tag, name, type: "select-one", value: chosen?.value ?? "", checked: Boolean(chosen) });
      } else {
        const type = (a.get("type") ?? (tag === "button" ? "submit" : "text")).toLowerCase();
        const value = a.get("value") ?? (type === "checkbox" || type === "radio" ? "on" : "");
        controls.push({ tag, name, type, value, checked: a.has("checked") });
      }
    }
    forms.push({
      action: attrs.has("action") ? attrs.get("action")! : null,
      method: (attrs.get("method") ?? "get").toLowerCase() === "post" ? "POST" : "GET",
      enctype: enctypeOf(attrs.get("enctype")),
      className: attrs.get("class") ?? "",
      controls,
    });
  }
  return forms;
}

/**
 * The entries the browser sends when the form is submitted (HTML "constructing the entry list"):
 * in document order, unchecked boxes and radios left out, buttons only for the one that submits.
 * `choose` picks radios and boxes: given a control, true to check it, false to uncheck it, undefined
 * to keep what the page rendered.
 */
export function formEntries(
  form: HtmlForm,
  choose: (c: FormControl) => boolean | undefined = () => undefined,
  submitter?: FormControl,
): [string, string][] {
  const out: [string, string][] = [];
  const checked = new Map<FormControl, boolean>();
  for (const c of form.controls) {
    if (c.type !== "radio" && c.type !== "checkbox") continue;
    const want = choose(c) ?? c.checked;
    // One radio of a group: checking one unchecks the others.
    if (want && c.type === "radio")
      for (const o of form.controls) if (o.type === "radio" && o.name === c.name) checked.set(o, false);
    checked.set(c, want);
  }
  for (const c of form.controls) {
    if (c.tag === "button" || ["submit", "image", "reset", "button"].includes(c.type)) {
      if (c === submitter && c.name) out.push([c.name, c.value]);
      continue;
    }
    if (c.type === "radio" || c.type === "checkbox") {
      if (checked.get(c)) out.push([c.name, c.value]);
      continue;
    }
    if (c.type === "file") continue;
    // Textareas are sent with CRLF line ends.
    out.push([c.name, c.type === "textarea" ? c.value.replace(/\r?\n/g, "\r\n") : c.value]);
  }
  return out;
}

/** Where the form posts: its action resolved against the page's address (no action = the page itself). */
export function formTarget(form: HtmlForm, pageUrl: string): string {
  const u = new URL(form.action && form.action.trim() ? form.action.trim() : pageUrl, pageUrl);
  u.hash = "";
  return u.toString();
}

/** application/x-www-form-urlencoded as browsers send it (spaces as "+"). */
export function encodeUrlencoded(entries: [string, string][]): string {
  return new URLSearchParams(entries).toString();
}

/**
 * multipart/form-data as Chromium sends it: CRLF line ends, a "----WebKitFormBoundary…" boundary,
 * `"` and CR/LF in names escaped as %22, %0D, %0A.
 */
export function encodeMultipart(entries: [string, string][], boundary: string): { body: Buffer; contentType: string } {
  const esc = (s: string) => s.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");
  const parts = entries.map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${esc(name)}"\r\n\r\n${value.replace(/\r?\n/g, "\r\n")}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8"),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** The body and content type for a form's entries, per its enctype. */
export function encodeForm(
  form: HtmlForm,
  entries: [string, string][],
  boundary: string,
): { body: Buffer; contentType: string } {
  if (form.enctype === "multipart/form-data") return encodeMultipart(entries, boundary);
  if (form.enctype === "text/plain")
    return {
      body: Buffer.from(entries.map(([k, v]) => `${k}=${v}\r\n`).join(""), "utf8"),
      contentType: "text/plain",
    };
  return { body: Buffer.from(encodeUrlencoded(entries), "utf8"), contentType: "application/x-www-form-urlencoded" };
}
