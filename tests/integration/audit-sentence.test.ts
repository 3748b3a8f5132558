// audit.list gives each event the names its sentence speaks of — people, consultations, households,
// neighbourhoods — found in the reader's own commune only, so oversight reads "Chủ tịch Nguyễn Văn A
// hủy đợt lấy ý kiến «…»" instead of ids.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTranslator } from "next-intl";
import { describeAuditEvent, formatAuditSentence, type TTranslate } from "@/domain/audit-sentence";
import { TIME_ZONE } from "@/i18n/locales";
import { vi } from "@/i18n/messages/vi";
import type { PrismaClient } from "@/generated/prisma/client";
import { appendAudit } from "@/server/audit/append";
import { listAuditEvents } from "@/server/audit/data";
import { createTestDb, type TestDb } from "../helpers/test-db";
import {
  callerAs,
  createCommune,
  createConsultation,
  createHousehold,
  createNeighbourhood,
  createStaff,
  staffSession,
} from "../helpers/factories";

let t: TestDb;
type Page = Awaited<ReturnType<ReturnType<typeof callerAs>["audit"]["list"]>>;
let page: Page;
let ids: { consultation: string; household: string; official: string; foreign: string; commune: string };

const say = createTranslator({
  locale: "vi",
  messages: { auditLog: vi.auditLog },
  namespace: "auditLog",
  timeZone: TIME_ZONE,
}) as unknown as TTranslate;
const at = { time: "09:00", day: "01/12/2026" };
const sentenceOf = (e: Page["events"][number]) => formatAuditSentence(say, describeAuditEvent(e, e.names), at);
const eventOf = (action: string) => page.events.find((e) => e.action === action)!;

beforeAll(async () => {
  t = await createTestDb();
  const commune = await createCommune(t.db);
  const other = await createCommune(t.db);
  const thon = await createNeighbourhood(t.db, commune.id, "Thôn An Hòa");
  const household = await createHousehold(t.db, thon, { code: "H00042" });
  const consultation = await createConsultation(t.db, commune.id, {
    status: "SUBMITTED",
    title: "Quy hoạch chi tiết khu dân cư Gò Mạ",
  });
  const foreign = await createConsultation(t.db, other.id, { title: "Đợt của xã khác" });
  const chairman = await createStaff(t.db, commune.id, "LEADER");
  await t.db.staffUser.update({ where: { id: chairman.id }, data: { fullName: "Nguyễn Văn A", title: "Chủ tịch" } });
  const official = await createStaff(t.db, commune.id, "OFFICIAL");
  await t.db.staffUser.update({ where: { id: official.id }, data: { fullName: "Lê Văn C" } });
  const admin = await createStaff(t.db, commune.id, "ADMIN");
  ids = {
    consultation: consultation.id,
    household: household.id,
    official: official.id,
    foreign: foreign.id,
    commune: commune.id,
  };

  // Real events, written by the routers.
  const as = (s: { id: string; communeId: string }) => callerAs(t.db, staffSession(s));
  await as(chairman).consultation.cancel({ id: consultation.id, reason: "Dự án dừng" });
  await as(admin).staff.setActive({ id: official.id, active: false });
  // And two the staff channels write: a ballot keyed for a household, and one naming another
  // commune's consultation (which this commune's log must not name).
  const officialActor = { type: "STAFF" as const, id: official.id, label: "Lê Văn C" };
  await t.db.$transaction(async (tx) => {
    await appendAudit(tx, {
      communeId: commune.id,
      actor: officialActor,
      action: "response.recorded",
      entityType: "Response",
      entityId: "r-1",
      data: { consultationId: consultation.id, householdCode: "H00042", channel: "PAPER_BALLOT" },
    });
    await appendAudit(tx, {
      communeId: commune.id,
      actor: officialActor,
      action: "consultation.created",
      entityType: "Consultation",
      entityId: foreign.id,
      data: { title: "Tiêu đề đã ghi", matter: "ZONING_PLAN" },
    });
  });
  const oversight = await createStaff(t.db, commune.id, "OVERSIGHT");
  page = await as(oversight).audit.list();
});
afterAll(() => t.close());

describe("audit.list names the people and things of each event", () => {
  test("a leader's cancellation names the leader by title and the consultation by its title", () => {
    const e = eventOf("consultation.statusChanged");
    expect(e.names).toMatchObject({
      actor: { fullName: "Nguyễn Văn A", title: "Chủ tịch", role: "LEADER" },
      consultation: { id: ids.consultation, title: "Quy hoạch chi tiết khu dân cư Gò Mạ" },
    });
    expect(sentenceOf(e)).toBe(
      "Lúc 09:00 ngày 01/12/2026, Chủ tịch Nguyễn Văn A hủy đợt lấy ý kiến «Quy hoạch chi tiết khu dân cư Gò Mạ». Lý do: Dự án dừng",
    );
  });

  test("an administrator's deactivation names the account's holder", () => {
    const e = eventOf("staff.updated");
    expect(e.names.staff).toMatchObject({ fullName: "Lê Văn C", role: "OFFICIAL" });
    expect(sentenceOf(e)).toContain("Quản trị viên Trần Thị Bình khóa tài khoản của Lê Văn C");
  });

  test("a keyed ballot names the household (with its link) and the consultation", () => {
    const e = eventOf("response.recorded");
    expect(e.names.household).toEqual({ id: ids.household, code: "H00042" });
    expect(describeAuditEvent(e, e.names).links).toEqual([
      { kind: "consultation", id: ids.consultation },
      { kind: "household", id: ids.household },
    ]);
    expect(sentenceOf(e)).toContain(
      "Công chức Lê Văn C ghi nhận ý kiến của hộ H00042 bằng phiếu lấy ý kiến cho đợt lấy ý kiến «Quy hoạch chi tiết khu dân cư Gò Mạ»",
    );
  });

  test("another commune's consultation is never named: the event's own title is read instead", () => {
    const e = eventOf("consultation.created");
    expect(e.entityId).toBe(ids.foreign);
    expect(e.names.consultation).toBeUndefined();
    expect(sentenceOf(e)).toContain("tạo đợt lấy ý kiến «Tiêu đề đã ghi»");
    expect(JSON.stringify(page)).not.toContain("Đợt của xã khác");
  });
});

describe("the names of a page are found in a fixed number of queries", () => {
  /** The model queries a page of the log costs, counted on a client that counts them. */
  async function queriesFor(limit: number) {
    let count = 0;
    const counting = t.db.$extends({
      query: {
        $allModels: {
          $allOperations({ args, query }) {
            count++;
            return query(args);
          },
        },
      },
    }) as unknown as PrismaClient;
    const { events } = await listAuditEvents(counting, ids.commune, { limit });
    return { count, events: events.length };
  }

  test("one event or all of them: the same queries (no lookup per event)", async () => {
    const one = await queriesFor(1);
    const all = await queriesFor(50);
    expect(one.events).toBe(1);
    expect(all.events).toBeGreaterThan(3);
    expect(one.count).toBeGreaterThan(1);
    expect(all.count).toBe(one.count);
  });
});
