// The audit log reads as one plain sentence per event for oversight bodies: every action (and every
// lifecycle move) has a sentence in both languages, every placeholder is filled, and no code shows.
import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import * as enums from "@/generated/prisma/enums";
import {
  describeAuditEvent,
  formatAuditSentence,
  statusMove,
  STATUS_MOVES,
  type TAuditNames,
  type TTranslate,
} from "@/domain/audit-sentence";
import { TIME_ZONE, type Locale } from "@/i18n/locales";
import { en } from "@/i18n/messages/en";
import { vi } from "@/i18n/messages/vi";
import { AUDIT_ACTIONS, type AuditAction, type AuditData } from "@/server/audit/actions";

function translator(locale: Locale): TTranslate {
  const t = createTranslator({
    locale,
    messages: { auditLog: (locale === "vi" ? vi : en).auditLog },
    namespace: "auditLog",
    timeZone: TIME_ZONE,
    onError: (error) => {
      throw error;
    },
  });
  return t as unknown as TTranslate;
}
const tr = { vi: translator("vi"), en: translator("en") };
const at = { time: "14:05", day: "02/12/2026" };

const household = { headName: "Lê Thị Hoa", address: "Thôn 1", members: 4, phone: null, neighbourhoodId: "n1" };
const staffFields = { fullName: "Trần Văn Bình", title: null, role: "OFFICIAL" as const, neighbourhoodId: null };
const activeChange = { username: "congchuc", role: "OFFICIAL" as const, active: false, reason: "Nghỉ việc" };

/** One event of each action, in that action's data shape: the compiler names any action left out. */
const SAMPLES: { [A in AuditAction]: { entityType: string; data: AuditData[A] } } = {
  "commune.seeded": { entityType: "Commune", data: {} },
  "commune.created": {
    entityType: "Commune",
    data: {
      code: "21100",
      name: "Tịnh Khê",
      kind: "COMMUNE",
      slug: "tinh-khe",
      province: { code: "51", created: false },
      admin: { id: "s1", username: "quantri" },
      via: "cli",
    },
  },
  "staff.created": { entityType: "StaffUser", data: { username: "congchuc", role: "OFFICIAL", neighbourhoodId: null } },
  "staff.passwordChanged": { entityType: "StaffUser", data: {} },
  "household.pinIssued": { entityType: "Consultation", data: { count: 12, householdCodes: ["H00001"] } },
  "consultation.created": { entityType: "Consultation", data: { title: "Lấy ý kiến về đường", matter: "ZONING_PLAN" } },
  "consultation.updated": { entityType: "Consultation", data: { version: 3, title: "Lấy ý kiến về đường" } },
  "consultation.statusChanged": {
    entityType: "Consultation",
    data: { from: "DRAFT", to: "SUBMITTED", action: "submit" },
  },
  "consultation.rescheduled": {
    entityType: "Consultation",
    data: {
      before: { opensAt: null, closesAt: "2026-12-20T10:00:00.000Z", meetingAt: null, meetingPlace: "" },
      after: { opensAt: null, closesAt: "2026-12-27T10:00:00.000Z", meetingAt: null, meetingPlace: "Nhà văn hóa" },
      noticeRevision: 2,
      reason: "Mưa bão",
    },
  },
  "roll.frozen": { entityType: "Consultation", data: { households: 215 } },
  "roll.amended": { entityType: "Consultation", data: { change: "add", householdCode: "H00042", reason: "Hộ mới" } },
  "document.added": {
    entityType: "Document",
    data: { consultationId: "c1", fileName: "to-trinh.pdf", sha256: "ab".repeat(32), size: 1024 },
  },
  "document.removed": {
    entityType: "Document",
    data: { consultationId: null, fileName: "cu.pdf", sha256: "cd".repeat(32) },
  },
  "disclosure.added": {
    entityType: "DisclosurePosting",
    data: { consultationId: "c1", place: "COMMUNE_OFFICE", postedAt: "2026-11-30T17:30:00.000Z" },
  },
  "disclosure.removed": {
    entityType: "DisclosurePosting",
    data: { consultationId: "c1", place: "LOUDSPEAKER", postedAt: "2026-11-30T01:00:00.000Z", reason: "Nhập nhầm" },
  },
  "disclosure.takenDown": {
    entityType: "DisclosurePosting",
    data: {
      consultationId: "c1",
      place: "CULTURAL_HOUSE",
      postedAt: "2026-11-30T01:00:00.000Z",
      takenDownAt: "2026-12-21T01:00:00.000Z",
      neighbourhoodId: "n1",
    },
  },
  "response.submitted": { entityType: "Response", data: { consultationId: "c1", channel: "ONLINE" } },
  "response.revised": { entityType: "Response", data: { consultationId: "c1", revision: 2 } },
  "response.recorded": {
    entityType: "Response",
    data: { consultationId: "c1", householdCode: "H00042", channel: "PAPER_BALLOT", mark: "BLANK" },
  },
  "response.voided": {
    entityType: "Response",
    data: { consultationId: "c1", householdCode: "H00042", channel: "MEETING", reason: "Nhập nhầm hộ" },
  },
  "suggestion.recorded": { entityType: "SuggestionOpinion", data: { consultationId: "c1" } },
  "meeting.recorded": {
    entityType: "MeetingRecord",
    data: { consultationId: "c1", neighbourhoodId: "n1", voteMode: "SECRET_BALLOT" },
  },
  "meeting.attendance": { entityType: "MeetingRecord", data: { present: 41 } },
  "meeting.secretCount": { entityType: "MeetingRecord", data: { participants: 40, returned: 39, valid: 38 } },
  "meeting.minutesAttached": {
    entityType: "MeetingRecord",
    data: { documentId: "d1", fileName: "bien-ban-hop.pdf", sha256: "ef".repeat(32) },
  },
  "ballotRound.created": { entityType: "BallotRound", data: { consultationId: "c1", neighbourhoodId: "n1" } },
  "ballotRound.counted": { entityType: "BallotRound", data: { issued: 100, returned: 90, valid: 85, invalid: 5 } },
  "theme.created": { entityType: "OpinionTheme", data: { consultationId: "c1", title: "Mặt đường", opinions: 7 } },
  "theme.renamed": { entityType: "OpinionTheme", data: { consultationId: "c1", from: "Đường", to: "Mặt đường" } },
  "theme.deleted": { entityType: "OpinionTheme", data: { consultationId: "c1", title: "Khác" } },
  "theme.opinionsAssigned": { entityType: "OpinionTheme", data: { consultationId: "c1", answers: 3, suggestions: 1 } },
  "theme.opinionsUngrouped": { entityType: "Consultation", data: { themes: ["t1", "t2"], answers: 2, suggestions: 0 } },
  "theme.merged": {
    entityType: "OpinionTheme",
    data: { consultationId: "c1", sources: [{ id: "t2", title: "Vỉa hè" }], moved: 4 },
  },
  "theme.responded": {
    entityType: "OpinionTheme",
    data: { consultationId: "c1", kind: "TAKEN_UP", text: "Sẽ làm", approvalWithdrawn: true },
  },
  "theme.approved": { entityType: "OpinionTheme", data: { consultationId: "c1", kind: "FORWARDED", text: "Chuyển" } },
  "record.drafted": {
    entityType: "DecisionRecord",
    data: { consultationId: "c1", kind: "SUMMARY_REPORT", amendsId: null },
  },
  "record.updated": { entityType: "DecisionRecord", data: { notes: "", recipients: ["Như trên"] } },
  "record.draftDeleted": { entityType: "DecisionRecord", data: { kind: "COUNT_RECORD", title: "Biên bản kiểm phiếu" } },
  "record.finalised": {
    entityType: "DecisionRecord",
    data: {
      kind: "SUMMARY_REPORT",
      year: 2026,
      docType: "BC",
      number: 5,
      sha256: "01".repeat(32),
      contentSha256: "02".repeat(32),
      consultationId: "c1",
    },
  },
  "record.changeRefused": { entityType: "DecisionRecord", data: { attempted: "UPDATE" } },
  "register.imported": {
    entityType: "Commune",
    data: {
      fileSha256: "03".repeat(32),
      rows: 120,
      new: 10,
      changed: 3,
      moved: 1,
      reactivated: 0,
      missing: 2,
      unchanged: 104,
      newNeighbourhoods: [],
    },
  },
  "neighbourhood.created": {
    entityType: "Neighbourhood",
    data: { code: "T01", name: "Thôn An Hòa", kind: "VILLAGE", validFrom: "2026-01-01T00:00:00.000Z" },
  },
  "neighbourhood.renamed": {
    entityType: "Neighbourhood",
    data: { from: "Thôn 1", to: "Thôn An Hòa", effectiveFrom: "2026-07-01T00:00:00.000Z" },
  },
  "neighbourhood.merged": {
    entityType: "Neighbourhood",
    data: {
      source: "Thôn 2",
      target: "Thôn An Hòa",
      targetId: "n1",
      households: 58,
      effectiveFrom: "2026-07-01T00:00:00.000Z",
    },
  },
  "household.created": { entityType: "Household", data: { ...household, code: "H00042" } },
  "household.updated": { entityType: "Household", data: { code: "H00042", before: household, after: household } },
  "household.deactivated": { entityType: "Household", data: { code: "H00042", active: false, reason: "Chuyển đi" } },
  "contacts.viewed": {
    entityType: "Neighbourhood",
    data: { view: "list", households: 50, phones: 31, emails: 4, neighbourhoodId: "n1", offset: 0 },
  },
  "staff.updated": {
    entityType: "StaffUser",
    data: { before: staffFields, after: { ...staffFields, title: "Công chức" } },
  },
  "staff.deactivatedByProvince": { entityType: "StaffUser", data: activeChange },
  "staff.reactivatedByProvince": { entityType: "StaffUser", data: { ...activeChange, active: true } },
  "staff.passwordReset": { entityType: "StaffUser", data: { username: "congchuc" } },
  "messages.reminderSet": { entityType: "Consultation", data: { days: 3 } },
  "messages.queued": { entityType: "Consultation", data: { kind: "INVITATION", messages: 120 } },
  "messages.retried": { entityType: "Consultation", data: { messages: 4 } },
  "messages.printListViewed": {
    entityType: "Consultation",
    data: { kind: "REMINDER", neighbourhoodId: null, households: 37 },
  },
};

/** Data for each wording of a status change, and the data shapes an action has besides its sample. */
const STATUS_DATA: Record<(typeof STATUS_MOVES)[number], AuditData["consultation.statusChanged"]> = {
  submit: { from: "DRAFT", to: "SUBMITTED", action: "submit" },
  withdraw: { from: "SUBMITTED", to: "DRAFT", action: "withdraw" },
  approve: { from: "SUBMITTED", to: "PUBLISHED", action: "approve" },
  return: { from: "SUBMITTED", to: "DRAFT", action: "return", reason: "Thiếu tài liệu" },
  unpublish: { from: "PUBLISHED", to: "DRAFT", action: "unpublish", reason: "Ngày công bố sai" },
  publishNow: {
    from: "PUBLISHED",
    to: "PUBLISHED",
    action: "publishNow",
    approvedPublishedAt: "2026-12-10T01:00:00.000Z",
  },
  open: { from: "PUBLISHED", to: "OPEN", action: "open", reason: "Mở sớm theo chỉ đạo" },
  openScheduled: { from: "PUBLISHED", to: "OPEN", action: "open", scheduledAt: "2026-12-01T00:00:00.000Z" },
  close: { from: "OPEN", to: "CLOSED", action: "close", reason: "Hết hạn" },
  closeScheduled: { from: "OPEN", to: "CLOSED", action: "close", scheduledAt: "2026-12-21T10:00:00.000Z" },
  publishResults: { from: "CLOSED", to: "RESULTS_PUBLISHED", action: "publishResults" },
  cancel: { from: "OPEN", to: "CANCELLED", action: "cancel", reason: "Dự án dừng" },
  recordFinalised: { from: "CLOSED", to: "RECORDED", action: "recordFinalised", recordId: "r1" },
  moved: { from: "CLOSED", to: "TALLIED" },
};
const VARIANTS: [AuditAction, string, object][] = [
  ["household.updated", "Household", { code: "H00042", active: true, reason: "Trở về" }],
  ["household.updated", "Household", { code: "H00042", active: false, reason: "Chuyển đi" }],
  [
    "household.updated",
    "Household",
    {
      code: "H00042",
      before: { ...household, contactConsent: "UNKNOWN" },
      after: { ...household, contactConsent: "OPTED_OUT" },
      contactsChanged: ["phone"],
    },
  ],
  ["contacts.viewed", "Commune", { view: "list", households: 12, phones: 3, emails: 0 }],
  ["contacts.viewed", "Household", { view: "household", households: 1, phones: 1, emails: 1, householdCode: "H00042" }],
  ["contacts.viewed", "Commune", { view: "contactList", households: 80, phones: 60, emails: 9 }],
  [
    "contacts.viewed",
    "Consultation",
    { view: "contactList", households: 80, phones: 60, emails: 9, consultationId: "c1", neighbourhoodId: "n1" },
  ],
  ["staff.updated", "StaffUser", { active: false }],
  ["staff.updated", "StaffUser", { active: true }],
  ["household.pinIssued", "Neighbourhood", { count: 1, householdCodes: ["H00001"] }],
  ["roll.amended", "Consultation", { change: "remove", householdCode: "H00042", reason: "Trùng hộ" }],
  ["document.removed", "Document", { consultationId: "c1", fileName: "cu.pdf", sha256: "cd".repeat(32) }],
  ["response.recorded", "Response", { consultationId: "c1", householdCode: "H00042", channel: "WRITTEN" }],
  [
    "theme.responded",
    "OpinionTheme",
    { consultationId: "c1", kind: "EXPLAINED", text: "Vì", approvalWithdrawn: false },
  ],
  ["record.drafted", "DecisionRecord", { consultationId: "c1", kind: "COUNT_RECORD", amendsId: "r0" }],
];

const NAMES: TAuditNames = {
  actor: { fullName: "Nguyễn Văn A", title: "Chủ tịch", role: "LEADER" },
  staff: { fullName: "Trần Văn Bình", title: null, role: "OFFICIAL", username: "congchuc" },
  consultation: { id: "c1", title: "Quy hoạch chi tiết khu dân cư Gò Mạ" },
  household: { id: "h1", code: "H00042" },
  neighbourhood: { name: "Thôn An Hòa" },
  record: { id: "r1", title: "Báo cáo tổng hợp kết quả lấy ý kiến" },
  theme: { title: "Mặt đường" },
};

type Case = { label: string; action: string; entityType: string; data: object };
const CASES: Case[] = [
  ...AUDIT_ACTIONS.map((action) => ({ label: action, action, ...SAMPLES[action] })),
  ...STATUS_MOVES.map((move) => ({
    label: `consultation.statusChanged: ${move}`,
    action: "consultation.statusChanged",
    entityType: "Consultation",
    data: STATUS_DATA[move],
  })),
  ...VARIANTS.map(([action, entityType, data], i) => ({
    label: `${action} (variant ${i + 1})`,
    action,
    entityType,
    data,
  })),
];

const ENUM_CODES = Object.values(enums).flatMap((e) => Object.values(e as Record<string, string>));

function render(locale: Locale, c: Case, names: TAuditNames, actorType = "STAFF") {
  const event = { actorType, actorLabel: "Nguyễn Văn A", entityId: "e1", ...c };
  return formatAuditSentence(tr[locale], describeAuditEvent(event, names), at);
}

function expectPlain(text: string) {
  expect(text).not.toMatch(/[{}]/);
  for (const code of ENUM_CODES) expect(text).not.toMatch(new RegExp(`\\b${code}\\b`));
  for (const action of AUDIT_ACTIONS) expect(text).not.toContain(action);
  expect(text).not.toMatch(/\b(sentence|actor|ref)\.[a-z]/);
}

describe("every audit event reads as a plain sentence", () => {
  test("each action and each status move has its own sentence, different from the generic one", () => {
    const keys = CASES.map(
      (c) => describeAuditEvent({ actorType: "STAFF", actorLabel: "", entityId: "e1", ...c }, NAMES).key,
    );
    expect(keys).not.toContain("unknown");
    const moves = STATUS_MOVES.map((m) => `consultation.statusChanged.${m}`);
    expect(keys).toEqual(expect.arrayContaining(moves));
  });

  describe.each(["vi", "en"] as const)("%s", (locale) => {
    test.each(CASES.map((c) => [c.label, c] as const))("%s, with names", (_label, c) => {
      const text = render(locale, c, NAMES);
      expectPlain(text);
      expect(text).toMatch(locale === "vi" ? /^Lúc 14:05 ngày 02\/12\/2026, / : /^On 02\/12\/2026 at 14:05, /);
    });
    test.each(CASES.map((c) => [c.label, c] as const))("%s, with nothing found", (_label, c) => {
      expectPlain(render(locale, c, {}));
    });
    test.each([["HOUSEHOLD"], ["SYSTEM"]])("an event by a %s reads without a code", (actorType) => {
      expectPlain(render(locale, CASES[0], { actorHouseholdCode: "H00042" }, actorType));
    });
  });
});

describe("sentences an elderly official reads", () => {
  test.each([
    [
      "vi",
      "publishResults",
      "Lúc 14:05 ngày 02/12/2026, Chủ tịch Nguyễn Văn A công bố kết quả lấy ý kiến «Quy hoạch chi tiết khu dân cư Gò Mạ».",
    ],
    [
      "en",
      "publishResults",
      "On 02/12/2026 at 14:05, Chủ tịch Nguyễn Văn A published the results of «Quy hoạch chi tiết khu dân cư Gò Mạ».",
    ],
    [
      "vi",
      "cancel",
      "Lúc 14:05 ngày 02/12/2026, Chủ tịch Nguyễn Văn A hủy đợt lấy ý kiến «Quy hoạch chi tiết khu dân cư Gò Mạ». Lý do: Dự án dừng",
    ],
    [
      "vi",
      "publishNow",
      "Lúc 14:05 ngày 02/12/2026, Chủ tịch Nguyễn Văn A công bố ngay đợt lấy ý kiến «Quy hoạch chi tiết khu dân cư Gò Mạ», sớm hơn ngày công bố đã phê duyệt (10/12/2026).",
    ],
  ] as const)("%s %s", (locale, move, expected) => {
    const c = {
      label: move,
      action: "consultation.statusChanged",
      entityType: "Consultation",
      data: STATUS_DATA[move],
    };
    expect(render(locale, c, NAMES)).toBe(expected);
  });

  test("a staff member without a title is named by role; the clock as the system", () => {
    const c = CASES.find((x) => x.label === "consultation.statusChanged: openScheduled")!;
    const official = { actor: { fullName: "Lê Văn C", title: null, role: "OFFICIAL" } };
    expect(render("vi", c, official)).toContain("Công chức Lê Văn C tự động mở");
    expect(render("vi", c, {}, "SYSTEM")).toContain(", hệ thống tự động mở đợt lấy ý kiến");
  });

  // Wording nits: the clock says "theo lịch" once, older status moves read naturally, and a
  // missing channel or place leaves no double space.
  const statusCase = (data: object): Case => ({
    label: "status",
    action: "consultation.statusChanged",
    entityType: "Consultation",
    data,
  });
  test.each([
    [
      "vi",
      "the clock opens, once on schedule",
      statusCase(STATUS_DATA.openScheduled),
      "SYSTEM",
      "Lúc 14:05 ngày 02/12/2026, hệ thống tự động mở đợt lấy ý kiến «Quy hoạch chi tiết khu dân cư Gò Mạ» theo lịch: các hộ bắt đầu cho ý kiến.",
    ],
    [
      "vi",
      "the clock closes, once on schedule",
      statusCase(STATUS_DATA.closeScheduled),
      "SYSTEM",
      "Lúc 14:05 ngày 02/12/2026, hệ thống tự động kết thúc việc lấy ý kiến của đợt «Quy hoạch chi tiết khu dân cư Gò Mạ» theo lịch.",
    ],
    [
      "en",
      "the clock closes, once on schedule",
      statusCase(STATUS_DATA.closeScheduled),
      "SYSTEM",
      "On 02/12/2026 at 14:05, the system closed the consultation «Quy hoạch chi tiết khu dân cư Gò Mạ» as scheduled.",
    ],
    [
      "vi",
      "an older move names the new state first",
      statusCase(STATUS_DATA.moved),
      "STAFF",
      "Lúc 14:05 ngày 02/12/2026, Chủ tịch Nguyễn Văn A chuyển đợt lấy ý kiến «Quy hoạch chi tiết khu dân cư Gò Mạ» sang trạng thái “đã tổng hợp” (trước đó là “đã kết thúc”).",
    ],
    [
      "vi",
      "a response with no channel",
      {
        label: "r",
        action: "response.recorded",
        entityType: "Response",
        data: { consultationId: "c1", householdCode: "H00042" },
      },
      "STAFF",
      "Lúc 14:05 ngày 02/12/2026, Chủ tịch Nguyễn Văn A ghi nhận ý kiến của hộ H00042 cho đợt lấy ý kiến «Quy hoạch chi tiết khu dân cư Gò Mạ».",
    ],
    [
      "en",
      "a voided response with no channel",
      {
        label: "v",
        action: "response.voided",
        entityType: "Response",
        data: { consultationId: "c1", householdCode: "H00042" },
      },
      "STAFF",
      "On 02/12/2026 at 14:05, Chủ tịch Nguyễn Văn A voided the opinion of household H00042 on «Quy hoạch chi tiết khu dân cư Gò Mạ».",
    ],
    [
      "vi",
      "a response with its channel",
      {
        label: "w",
        action: "response.recorded",
        entityType: "Response",
        data: { consultationId: "c1", householdCode: "H00042", channel: "WRITTEN" },
      },
      "STAFF",
      "Lúc 14:05 ngày 02/12/2026, Chủ tịch Nguyễn Văn A ghi nhận ý kiến của hộ H00042 bằng văn bản cho đợt lấy ý kiến «Quy hoạch chi tiết khu dân cư Gò Mạ».",
    ],
  ] as const)("%s: %s", (locale, _label, c, actorType, expected) => {
    const names = actorType === "SYSTEM" ? { consultation: NAMES.consultation } : NAMES;
    expect(render(locale, c, names, actorType)).toBe(expected);
  });

  test.each(["vi", "en"] as const)("%s: no sentence has a double space, whatever is missing", (locale) => {
    const bare = (c: Case) => ({ ...c, data: {} });
    for (const c of [...CASES, ...CASES.map(bare)]) {
      expect(render(locale, c, NAMES)).not.toMatch(/ {2}| [.,:)]/);
      expect(render(locale, c, {})).not.toMatch(/ {2}/);
    }
  });

  test("a thing no longer found falls back to what the event recorded", () => {
    const created = CASES.find((x) => x.label === "consultation.created")!;
    expect(render("vi", created, {})).toContain("tạo đợt lấy ý kiến «Lấy ý kiến về đường»");
    const recorded = CASES.find((x) => x.label === "response.recorded")!;
    expect(render("vi", recorded, {})).toContain(
      "ghi nhận ý kiến của hộ H00042 bằng phiếu lấy ý kiến cho đợt lấy ý kiến (không còn trong hệ thống) (phiếu trắng)",
    );
  });

  test("the record's number reads as the document shows it", () => {
    const c = CASES.find((x) => x.label === "record.finalised")!;
    expect(render("vi", c, NAMES)).toContain("ký ban hành báo cáo tổng hợp số 05/BC-UBND «Báo cáo tổng hợp");
  });

  test("links name what the event concerns", () => {
    const e = { actorType: "STAFF", actorLabel: "", entityId: "e1", ...CASES[0] };
    expect(describeAuditEvent(e, NAMES).links).toEqual([
      { kind: "consultation", id: "c1" },
      { kind: "record", id: "r1" },
      { kind: "household", id: "h1" },
    ]);
  });
});

describe("statusMove: which wording a status change takes", () => {
  test.each([
    ["the lifecycle action", { from: "DRAFT", to: "SUBMITTED", action: "submit" }, "submit"],
    ["opened by hand", { from: "PUBLISHED", to: "OPEN", action: "open" }, "open"],
    ["opened by the clock", { from: "PUBLISHED", to: "OPEN", action: "open", scheduledAt: "x" }, "openScheduled"],
    ["an older event without action: its target", { from: "PUBLISHED", to: "OPEN" }, "open"],
    ["an older event back to draft: no way to tell", { from: "SUBMITTED", to: "DRAFT" }, "moved"],
    ["an unknown action and target", { action: "tally", to: "TALLIED" }, "moved"],
  ])("%s", (_label, data, expected) => {
    expect(statusMove(data)).toBe(expected);
  });
});

describe("contacts viewed and consent recorded: the sentence says what was seen, never a number (Law 91/2025/QH15)", () => {
  const sentence = (entityType: string, data: object) =>
    render(
      "vi",
      { label: "", action: data && "view" in data ? "contacts.viewed" : "household.updated", entityType, data },
      NAMES,
    );
  test.each([
    [
      "the list of one neighbourhood",
      "Neighbourhood",
      { view: "list", households: 50, phones: 31, emails: 4, neighbourhoodId: "n1" },
      "Chủ tịch Nguyễn Văn A xem số điện thoại, email của 50 hộ trên danh sách hộ gia đình của Thôn An Hòa.",
    ],
    [
      "one household's page",
      "Household",
      { view: "household", households: 1, phones: 1, emails: 0, householdCode: "H00042" },
      "Chủ tịch Nguyễn Văn A xem số điện thoại, email của hộ H00042.",
    ],
    [
      "a contact list for a consultation",
      "Consultation",
      { view: "contactList", households: 80, phones: 60, emails: 9, consultationId: "c1" },
      "Chủ tịch Nguyễn Văn A lấy danh sách liên hệ (số điện thoại, email) của 80 hộ của Thôn An Hòa để thông báo về đợt lấy ý kiến «Quy hoạch chi tiết khu dân cư Gò Mạ».",
    ],
    [
      "an objection to messages recorded",
      "Household",
      {
        code: "H00042",
        before: { ...household, contactConsent: "GIVEN" },
        after: { ...household, contactConsent: "OPTED_OUT" },
      },
      "Chủ tịch Nguyễn Văn A cập nhật thông tin hộ H00042 và ghi ý kiến của hộ về nhận tin: từ chối nhận tin.",
    ],
  ])("%s", (_label, entityType, data, expected) => {
    expect(sentence(entityType, data)).toBe(`Lúc 14:05 ngày 02/12/2026, ${expected}`);
  });
});
