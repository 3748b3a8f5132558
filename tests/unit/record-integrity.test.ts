// The rule behind /verify and audit:verify (src/domain/record-integrity.ts): a finalised record is
// intact only when its stored PDF and content still hash to the digests frozen at finalisation, those
// digests agree with the audit chain's entry, and that entry is there and unaltered. Every altered
// part has a message in both languages.
import { describe, expect, test } from "vitest";
import {
  RECORD_ALTERATIONS,
  recordAlterations,
  type IntegrityFacts,
  type RecordAlteration,
} from "@/domain/record-integrity";
import { getTranslator } from "@/i18n/translate";

const P = "a".repeat(64);
const C = "c".repeat(64);
const X = "e".repeat(64);
const GOOD: IntegrityFacts = {
  pdfDigest: P,
  contentDigest: C,
  recorded: { sha256: P, contentSha256: C },
  entry: { sha256: P, contentSha256: C, intact: true },
};
const with_ = (f: Partial<IntegrityFacts>): IntegrityFacts => ({ ...GOOD, ...f });

describe("what of a stored record was altered", () => {
  test.each<[string, IntegrityFacts, RecordAlteration[]]>([
    ["as finalised: nothing", GOOD, []],
    ["content edited", with_({ contentDigest: X }), ["content"]],
    [
      "content edited, its digest rewritten to match: the entry disagrees",
      with_({ contentDigest: X, recorded: { sha256: P, contentSha256: X } }),
      ["content"],
    ],
    ["content digest missing", with_({ recorded: { sha256: P, contentSha256: null } }), ["content"]],
    ["PDF bytes changed", with_({ pdfDigest: X }), ["pdf"]],
    ["PDF gone", with_({ pdfDigest: null }), ["pdf"]],
    [
      "PDF replaced with its digest: the entry disagrees",
      with_({ pdfDigest: X, recorded: { sha256: X, contentSha256: C } }),
      ["pdf"],
    ],
    ["entry missing", with_({ entry: null }), ["auditEntryMissing"]],
    ["entry edited", with_({ entry: { sha256: P, contentSha256: C, intact: false } }), ["auditEntry"]],
    [
      "entry edited: its digests are not held against the record",
      with_({ entry: { sha256: X, contentSha256: X, intact: false } }),
      ["auditEntry"],
    ],
    [
      "entry missing and the PDF replaced with its digest: the record's own digests still tell the PDF",
      with_({ pdfDigest: X, recorded: { sha256: P, contentSha256: C }, entry: null }),
      ["pdf", "auditEntryMissing"],
    ],
    [
      "an intact entry recording other digests (the row's digests rewritten)",
      with_({ entry: { sha256: X, contentSha256: X, intact: true } }),
      ["content", "pdf"],
    ],
    [
      "entry digests not strings",
      with_({ entry: { sha256: undefined, contentSha256: 5, intact: true } }),
      ["content", "pdf"],
    ],
    [
      "everything",
      {
        pdfDigest: X,
        contentDigest: X,
        recorded: { sha256: P, contentSha256: C },
        entry: { sha256: P, contentSha256: C, intact: false },
      },
      ["content", "pdf", "auditEntry"],
    ],
  ])("%s", (_label, facts, expected) => {
    expect(recordAlterations(facts)).toEqual(expected);
  });

  test.each(["vi", "en"] as const)("every altered part has a message (%s)", (locale) => {
    const t = getTranslator(locale);
    for (const part of RECORD_ALTERATIONS) expect(t(`verify.altered.parts.${part}`)).not.toContain("verify.altered");
  });
});
