import { describe, expect, test } from "vitest";
import {
  decodeEntities,
  encodeForm,
  encodeMultipart,
  encodeUrlencoded,
  formEntries,
  formTarget,
  parseForms,
} from "../../scripts/bench-form.ts";
import {
  checkReplay,
  jsPlanFrom,
  percentiles,
  pickAnswerForm,
  pickSubmitForm,
  receiptCodeIn,
  shapesOf,
  storedCheck,
  type CapturedRequest,
} from "../../scripts/bench-resident.ts";

// As `next start` rendered the resident consultation page (the header's sign-out and language forms first).
const PAGE = `<header><form method="post" action="/xa-a/resident/sign-out"><button type="submit" class="link-button">Đăng xuất</button></form>
<form method="post" action="/api/locale" class="lang-switch"><input type="hidden" name="locale" value="en"/><button type="submit" lang="en" title="Ngôn ngữ">English</button></form></header>
<form class="answer-form" method="post" action="/xa-a/resident/c/ckc1000000000000000000000/answers"><fieldset class="answer"><legend>Câu 1</legend><div class="choices"><label class="choice"><input type="radio" name="q.Q1" value="A"/><span>Đồng ý</span></label><label class="choice"><input type="radio" name="q.Q1" value="B" checked=""/><span>Không đồng ý</span></label></div><label class="field"><textarea name="c.Q1" rows="3" maxLength="2000">
dòng 1
dòng &amp; 2</textarea></label></fieldset><button class="button" type="submit">Xem lại</button></form>`;

describe("parseForms", () => {
  const forms = parseForms(PAGE);
  test("finds every form with its method, enctype and action", () => {
    expect(forms).toHaveLength(3);
    expect(forms.map((f) => [f.method, f.enctype, f.action])).toEqual([
      ["POST", "application/x-www-form-urlencoded", "/xa-a/resident/sign-out"],
      ["POST", "application/x-www-form-urlencoded", "/api/locale"],
      ["POST", "application/x-www-form-urlencoded", "/xa-a/resident/c/ckc1000000000000000000000/answers"],
    ]);
  });
  test("picks the answer form by its questions, and its hidden and visible fields", () => {
    const f = pickAnswerForm(forms)!;
    expect(f.className).toBe("answer-form");
    expect(forms[1].controls.find((c) => c.name === "locale")?.value).toBe("en");
  });
  test("textarea: entities decoded, the newline after the tag dropped", () => {
    expect(forms[2].controls.find((c) => c.name === "c.Q1")?.value).toBe("dòng 1\ndòng & 2");
  });
  test("no review form on the consultation page", () => {
    expect(pickSubmitForm(forms)).toBeUndefined();
    expect(
      pickSubmitForm(parseForms('<form class="review__actions" action=""><button>Gửi</button></form>')),
    ).toBeDefined();
  });
});

describe("formEntries", () => {
  const form = parseForms(PAGE)[2];
  test("as rendered: the checked radio, textarea in CRLF, no button", () => {
    expect(formEntries(form)).toEqual([
      ["q.Q1", "B"],
      ["c.Q1", "dòng 1\r\ndòng & 2"],
    ]);
  });
  test("choosing another radio of the group unchecks the rendered one", () => {
    const e = formEntries(form, (c) => (c.name === "q.Q1" ? c.value === "A" : undefined));
    expect(e.filter(([k]) => k === "q.Q1")).toEqual([["q.Q1", "A"]]);
  });
  test("a named submitter is sent, others are not", () => {
    const f = parseForms(
      '<form><button name="go" value="1">a</button><button name="no" value="2">b</button></form>',
    )[0];
    expect(formEntries(f, undefined, f.controls[0])).toEqual([["go", "1"]]);
    expect(formEntries(f)).toEqual([]);
  });
  test("unchecked boxes and disabled fields are left out; a box without value sends on", () => {
    const f = parseForms(
      '<form><input type="checkbox" name="a"><input type="checkbox" name="b" checked><input name="c" value="x" disabled><input name="d" value=\'1 2\'></form>',
    )[0];
    expect(formEntries(f)).toEqual([
      ["b", "on"],
      ["d", "1 2"],
    ]);
  });
});

describe("encoding", () => {
  test("multipart as Chromium sends it", () => {
    const { body, contentType } = encodeMultipart(
      [
        ["$ACTION_REF_4", ""],
        ['a"b', "x\ny"],
      ],
      "----WebKitFormBoundaryX",
    );
    expect(contentType).toBe("multipart/form-data; boundary=----WebKitFormBoundaryX");
    expect(body.toString()).toBe(
      '------WebKitFormBoundaryX\r\nContent-Disposition: form-data; name="$ACTION_REF_4"\r\n\r\n\r\n' +
        '------WebKitFormBoundaryX\r\nContent-Disposition: form-data; name="a%22b"\r\n\r\nx\r\ny\r\n' +
        "------WebKitFormBoundaryX--\r\n",
    );
  });
  test("urlencoded with + for spaces", () => {
    expect(encodeUrlencoded([["a b", "c&d"]])).toBe("a+b=c%26d");
  });
  test("entities", () => {
    expect(decodeEntities("&lt;&#x1EA1;&#7841;&quot;&unknown;")).toBe('<ạạ"&unknown;');
  });
  test("form target: empty action posts to the page itself, without its fragment", () => {
    const [f] = parseForms('<form action=""></form>');
    expect(formTarget(f, "http://h/x/c/1#top")).toBe("http://h/x/c/1");
    expect(formTarget(parseForms('<form action="/y?z=1"></form>')[0], "http://h/x")).toBe("http://h/y?z=1");
  });
});

describe("JavaScript path: the same form posts", () => {
  const doc = (method: string, url: string, headers: Record<string, string> = {}, body: string | null = null) =>
    ({
      method,
      url,
      headers: { host: "h", cookie: "s=1", "accept-encoding": "gzip, deflate, br, zstd", ...headers },
      body,
    }) as CapturedRequest;
  const form = "application/x-www-form-urlencoded";
  const capture = (id: string, extra: CapturedRequest[] = []) => [
    doc("GET", `http://h/x/resident/c/${id}`, { accept: "text/html" }),
    ...extra,
    doc("POST", `http://h/x/resident/c/${id}/answers`, { "content-type": form }, "q.Q1=A"),
    doc("GET", `http://h/x/resident/c/${id}/review`),
    doc("POST", `http://h/x/resident/c/${id}/submit`, { "content-type": form }, ""),
    doc("GET", `http://h/x/resident/c/${id}/receipt`),
  ];
  const id = "ckc1000000000000000000000";
  test("shapes: the consultation's id as :id, the body's type without its parameters", () => {
    expect(
      shapesOf([doc("POST", `http://h/x/resident/c/${id}/answers`, { "content-type": `${form}; charset=UTF-8` })]),
    ).toEqual([{ method: "POST", path: "/x/resident/c/:id/answers", contentType: form }]);
  });
  test("plan: Chromium's document headers, without the cookie, the host or zstd", () => {
    const plan = jsPlanFrom(capture(id), capture(id));
    expect(plan.documentHeaders).toEqual({ accept: "text/html", "accept-encoding": "gzip, deflate, br" });
    expect(plan.requests.map((r) => r.method)).toEqual(["GET", "POST", "GET", "POST", "GET"]);
    expect(JSON.stringify(plan)).not.toContain("s=1");
  });
  test("a script load, a server action call or another sequence is refused: the replay would not be the browser's", () => {
    expect(() => jsPlanFrom(capture(id, [doc("GET", "http://h/_next/static/chunks/a.js")]), capture(id))).toThrow(
      /script/,
    );
    expect(() => jsPlanFrom(capture(id, [doc("POST", "http://h/x", { "next-action": "70aa" })]), capture(id))).toThrow(
      /server action/,
    );
    expect(() => jsPlanFrom(capture(id).slice(0, 3), capture(id))).toThrow(/JavaScript on sent/);
  });
  test("receipt code from the receipt page", () => {
    expect(receiptCodeIn('<dd class="receipt__code">GYVC8FPC</dd>')).toBe("GYVC8FPC");
    expect(receiptCodeIn("<p>no receipt</p>")).toBeUndefined();
  });
});

describe("checkReplay: the bench's bodies against what Chromium sent", () => {
  const posted = (body: string) => ({
    method: "POST",
    url: "http://h/x/resident/c/ckc1000000000000000000000/answers",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  });
  test("the same bytes, with the option the browser chose", () => {
    const body = "q.Q1=A&c.Q1=d%C3%B2ng+1%0D%0Ad%C3%B2ng+%26+2";
    expect(checkReplay(PAGE, [posted(body)], [posted(body)])).toEqual({ noJsAnswers: true, jsAnswers: true });
    expect(encodeForm(parseForms(PAGE)[2], [["q.Q1", "A"]], "B").contentType).toBe("application/x-www-form-urlencoded");
  });
  test("a field the bench would not send is told", () => {
    expect(checkReplay(PAGE, null, [posted("q.Q1=A&c.Q1=d%C3%B2ng+1%0D%0Ad%C3%B2ng+%26+2&x=1")]).noJsAnswers).toBe(
      false,
    );
  });
});

describe("storedCheck", () => {
  const rows = (...r: [string, number, string[]][]) =>
    new Map(r.map(([householdId, n, receipts]) => [householdId, { householdId, n, receipts }]));
  test.each([
    ["each stored once", [["h1", "R1"]], ["h1"], rows(["h1", 1, ["R1"]]), { lost: 0, doubled: 0, exactlyOnce: true }],
    ["lost", [["h1", "R1"]], ["h1"], rows(), { lost: 1, exactlyOnce: false }],
    ["doubled", [["h1", "R1"]], ["h1"], rows(["h1", 2, ["R1", "R2"]]), { doubled: 1, exactlyOnce: false }],
    ["another receipt", [["h1", "R1"]], ["h1"], rows(["h1", 1, ["R9"]]), { wrongReceipt: 1, exactlyOnce: false }],
    [
      "a failed attempt that still wrote is counted, not a mismatch",
      [],
      ["h2"],
      rows(["h2", 1, ["R2"]]),
      { storedUnacknowledged: 1, exactlyOnce: true },
    ],
    [
      "one household acknowledged twice",
      [
        ["h1", "R1"],
        ["h1", "R1"],
      ],
      ["h1"],
      rows(["h1", 1, ["R1"]]),
      { exactlyOnce: false },
    ],
  ] as const)("%s", (_label, acked, attempted, stored, want) => {
    const r = storedCheck(
      acked.map(([householdId, receipt]) => ({ householdId, receipt })),
      [...attempted],
      stored,
    );
    expect(r).toMatchObject(want);
  });
});

test("percentiles: nearest rank", () => {
  const v = Array.from({ length: 100 }, (_, i) => i + 1);
  expect(percentiles(v)).toEqual({ count: 100, p50Ms: 50, p99Ms: 99, maxMs: 100 });
  expect(percentiles([]).count).toBe(0);
});
