import { describe, expect, test } from "vitest";
import {
  decodeEntities,
  encodeMultipart,
  encodeUrlencoded,
  formEntries,
  formTarget,
  parseForms,
  serverActionOf,
} from "../../scripts/bench-form.ts";
import {
  boundArgsOf,
  checkReplay,
  jsActionBody,
  jsPlanFrom,
  parseMultipart,
  percentiles,
  pickAnswerForm,
  pickSubmitForm,
  receiptCodeIn,
  replayBody,
  storedCheck,
  type CapturedRequest,
} from "../../scripts/bench-resident.ts";

// As `next start` rendered the resident consultation page (the sign-out form of the layout first).
const PAGE = `<header><form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_REF_2"/><input type="hidden" name="$ACTION_2:0" value="{&quot;id&quot;:&quot;40e296b9&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/><input type="hidden" name="$ACTION_2:1" value="[&quot;xa-a&quot;]"/><button type="submit" class="link-button">Đăng xuất</button></form>
<form class="lang-switch" action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_ID_40247f41"/><input type="hidden" name="locale" value="en"/><button type="submit" lang="en">English</button></form></header>
<form class="answer-form" action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_REF_4"/><input type="hidden" name="$ACTION_4:0" value="{&quot;id&quot;:&quot;700d271e&quot;,&quot;bound&quot;:&quot;$@1&quot;}"/><input type="hidden" name="$ACTION_4:1" value="[&quot;xa-a&quot;,&quot;c1&quot;]"/><fieldset class="answer"><legend>Câu 1</legend><div class="choices"><label class="choice"><input type="radio" name="q.Q1" value="A"/><span>Đồng ý</span></label><label class="choice"><input type="radio" name="q.Q1" value="B" checked=""/><span>Không đồng ý</span></label></div><label class="field"><textarea name="c.Q1" rows="3" maxLength="2000">
dòng 1
dòng &amp; 2</textarea></label></fieldset><button class="button" type="submit">Xem lại</button></form>`;

describe("parseForms", () => {
  const forms = parseForms(PAGE);
  test("finds every form with its method, enctype and empty action", () => {
    expect(forms).toHaveLength(3);
    expect(forms.map((f) => [f.method, f.enctype, f.action])).toEqual([
      ["POST", "multipart/form-data", ""],
      ["POST", "multipart/form-data", ""],
      ["POST", "multipart/form-data", ""],
    ]);
  });
  test("decodes the hidden server action fields", () => {
    const f = pickAnswerForm(forms)!;
    expect(f.className).toBe("answer-form");
    expect(f.controls.find((c) => c.name === "$ACTION_4:0")?.value).toBe('{"id":"700d271e","bound":"$@1"}');
    expect(f.controls.find((c) => c.name === "$ACTION_REF_4")?.value).toBe("");
  });
  test("names the server action: bound by $ACTION_n:0, bare by $ACTION_ID_", () => {
    expect(serverActionOf(forms[0])).toEqual({ kind: "bound", id: "40e296b9" });
    expect(serverActionOf(forms[1])).toEqual({ kind: "bare", id: "40247f41" });
    expect(serverActionOf(forms[2])).toEqual({ kind: "bound", id: "700d271e" });
    expect(boundArgsOf(forms[2])).toEqual(["xa-a", "c1"]);
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
      ["$ACTION_REF_4", ""],
      ["$ACTION_4:0", '{"id":"700d271e","bound":"$@1"}'],
      ["$ACTION_4:1", '["xa-a","c1"]'],
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

describe("JavaScript path", () => {
  test("action body with the form: _1_ fields, then the argument list with $K1", () => {
    const { body } = jsActionBody([["q.Q1", "A"]], ["xa-a", "c1"], true, "B");
    expect(body.toString()).toBe(
      '--B\r\nContent-Disposition: form-data; name="_1_q.Q1"\r\n\r\nA\r\n' +
        '--B\r\nContent-Disposition: form-data; name="0"\r\n\r\n["xa-a","c1","$K1"]\r\n--B--\r\n',
    );
  });
  test("action body without the form: the bound args as text/plain JSON", () => {
    const r = jsActionBody([], ["xa-a", "c1"], false, "B");
    expect([r.contentType, r.body.toString()]).toEqual(["text/plain;charset=UTF-8", '["xa-a","c1"]']);
  });
  test("plan from a capture: prefetches before the first action, no cookie kept", () => {
    const req = (method: string, url: string, headers: Record<string, string>): CapturedRequest => ({
      method,
      url,
      headers: { cookie: "s=1", host: "h", ...headers },
      body: null,
    });
    const plan = jsPlanFrom([
      req("GET", "http://h/x/resident/c/1", { accept: "text/html" }),
      req("GET", "http://h/x?_rsc=abc", { rsc: "1", "next-router-prefetch": "1" }),
      {
        ...req("POST", "http://h/x/resident/c/1", {
          "next-action": "70aa",
          "content-type": "multipart/form-data; boundary=q",
        }),
        body: encodeMultipart(
          [
            ["_1_q.Q1", "A"],
            ["0", '["xa-a","c1","$K1"]'],
          ],
          "q",
        ).body.toString(),
      },
      {
        ...req("POST", "http://h/x/resident/c/1/review", {
          "next-action": "60bb",
          "content-type": "text/plain;charset=UTF-8",
        }),
        body: '["xa-a","c1"]',
      },
    ]);
    expect(plan.answersEntries).toEqual([
      ["_1_q.Q1", "A"],
      ["0", '["xa-a","c1","$K1"]'],
    ]);
    expect([plan.submitEntries, plan.submitText]).toEqual([null, '["xa-a","c1"]']);
    // Replayed with a household's own choice, everything else as Chromium sent it.
    const again = replayBody(plan.answersEntries, plan.answersText, new Map([["q.Q1", "B"]]), "Z");
    expect(parseMultipart(again.body.toString(), again.contentType)).toEqual([
      ["_1_q.Q1", "B"],
      ["0", '["xa-a","c1","$K1"]'],
    ]);
    expect(replayBody(null, '["xa-a","c1"]', new Map(), "Z")).toEqual({
      body: Buffer.from('["xa-a","c1"]'),
      contentType: "text/plain;charset=UTF-8",
    });
    expect(plan.prefetches).toEqual([{ path: "/x?_rsc=abc", headers: { rsc: "1", "next-router-prefetch": "1" } }]);
    expect([plan.answersWithForm, plan.submitWithForm, plan.submitActionId]).toEqual([true, false, "60bb"]);
    expect(JSON.stringify(plan)).not.toContain("s=1");
    expect(() => jsPlanFrom([])).toThrow(/2 server action calls/);
  });
  test("receipt code from the HTML page or from an RSC payload", () => {
    expect(receiptCodeIn('<dd class="receipt__code">GYVC8FPC</dd>')).toBe("GYVC8FPC");
    expect(receiptCodeIn('["$","dd",null,{"className":"receipt__code","children":"C5F9YM8G"}]')).toBe("C5F9YM8G");
    expect(receiptCodeIn("<p>no receipt</p>")).toBeUndefined();
  });
});

describe("checkReplay: the bench's bodies against what Chromium sent", () => {
  const chromium = (entries: [string, string][], b = "----WebKitFormBoundaryZZ") => ({
    method: "POST",
    url: "http://h/x",
    headers: { "content-type": `multipart/form-data; boundary=${b}`, "next-action": "700d271e" },
    body: encodeMultipart(entries, b).body.toString(),
  });
  const fields: [string, string][] = [
    ["$ACTION_REF_4", ""],
    ["$ACTION_4:0", '{"id":"700d271e","bound":"$@1"}'],
    ["$ACTION_4:1", '["xa-a","c1"]'],
    ["q.Q1", "A"],
    ["c.Q1", "dòng 1\r\ndòng & 2"],
  ];
  const js = [
    chromium([...fields.map(([k, v]): [string, string] => [`_1_${k}`, v]), ["0", '["xa-a","c1","$K1"]']]),
    {
      method: "POST",
      url: "http://h/x/review",
      headers: { "content-type": "text/plain;charset=UTF-8", "next-action": "60bb" },
      body: '["xa-a","c1"]',
    },
  ];
  test("the same bytes, whatever the boundary", () => {
    expect(checkReplay(PAGE, js, [chromium(fields)])).toEqual({
      noJsAnswers: true,
      jsAnswers: true,
      jsAnswersBytes: true,
      jsAnswersAction: true,
      jsSubmit: true,
    });
  });
  test("hidden fields the hydrated React renumbered and reordered: the same fields, not the same bytes", () => {
    const renumbered: [string, string][] = [
      ["_1_$ACTION_REF_2", ""],
      ["_1_$ACTION_2:1", '["xa-a","c1"]'],
      ["_1_$ACTION_2:0", '{"id":"700d271e","bound":"$@1"}'],
      ["_1_q.Q1", "A"],
      ["_1_c.Q1", "dòng 1\r\ndòng & 2"],
      ["0", '["xa-a","c1","$K1"]'],
    ];
    expect(checkReplay(PAGE, [chromium(renumbered), js[1]], null)).toMatchObject({
      jsAnswers: true,
      jsAnswersBytes: false,
    });
    const otherValue = renumbered.map(([k, v]): [string, string] => [k, k === "_1_$ACTION_2:1" ? '["xa-b","c1"]' : v]);
    expect(checkReplay(PAGE, [chromium(otherValue), js[1]], null).jsAnswers).toBe(false);
  });
  test("a field the bench would not send is told", () => {
    const extra = chromium([...fields, ["x", "1"]]);
    expect(checkReplay(PAGE, null, [extra]).noJsAnswers).toBe(false);
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
