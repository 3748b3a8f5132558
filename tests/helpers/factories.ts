// Each test builds the data it needs; nothing depends on the demo seed.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ConsultationStatus, Matter, StaffRole } from "@/generated/prisma/enums";
import { MATTER_PRESETS } from "@/domain/matters";
import { createCaller } from "@/server/api/root";
import { hashSecret } from "@/server/auth/secrets";
import type { SessionActor } from "@/server/auth/session-actor";
import type { Locale } from "@/i18n/locales";

const unique = () => randomUUID().slice(0, 8);

export async function createCommune(db: PrismaClient, name = `Xã ${unique()}`, options: { provinceId?: string } = {}) {
  const provinceId =
    options.provinceId ?? (await db.province.create({ data: { code: `P-${unique()}`, name: "Quảng Ngãi" } })).id;
  const code = `C-${unique()}`;
  return db.commune.create({ data: { code, slug: code.toLowerCase(), name, kind: "COMMUNE", provinceId } });
}

export async function createNeighbourhood(db: PrismaClient, communeId: string, name = `Thôn ${unique()}`) {
  return db.neighbourhood.create({ data: { communeId, code: `N-${unique()}`, kind: "VILLAGE", name } });
}

export async function createHousehold(
  db: PrismaClient,
  neighbourhood: { id: string; communeId: string },
  overrides: { code?: string; headName?: string; active?: boolean; pin?: string } = {},
) {
  const household = await db.household.create({
    data: {
      communeId: neighbourhood.communeId,
      neighbourhoodId: neighbourhood.id,
      code: overrides.code ?? `H${unique()}`,
      headName: overrides.headName ?? "Nguyễn Văn An",
      address: "Số 1, thôn Mới",
      active: overrides.active ?? true,
    },
  });
  if (overrides.pin) {
    await db.householdCredential.create({
      data: { householdId: household.id, activeHouseholdId: household.id, pinHash: await hashSecret(overrides.pin) },
    });
  }
  return household;
}

export async function createStaff(
  db: PrismaClient,
  communeId: string,
  role: StaffRole,
  overrides: { username?: string; password?: string; active?: boolean; neighbourhoodId?: string } = {},
) {
  const staff = await db.staffUser.create({
    data: {
      communeId,
      role,
      username: overrides.username ?? `u${unique()}`,
      fullName: "Trần Thị Bình",
      passwordHash: await hashSecret(overrides.password ?? "mat-khau-dung"),
      active: overrides.active ?? true,
      neighbourhoodId: overrides.neighbourhoodId,
    },
  });
  // A commune's staff always has its commune.
  return { ...staff, communeId };
}

export async function createConsultation(
  db: PrismaClient,
  communeId: string,
  overrides: { status?: ConsultationStatus; matter?: Matter; title?: string; neighbourhoodIds?: string[] } = {},
) {
  const matter = overrides.matter ?? "PROJECT_INVESTMENT_POLICY";
  const preset = MATTER_PRESETS[matter];
  return db.consultation.create({
    data: {
      communeId,
      title: overrides.title ?? `Lấy ý kiến về dự án ${unique()}`,
      summary: "Tóm tắt",
      matter,
      mode: preset.mode,
      status: overrides.status ?? "DRAFT",
      channels: [...preset.channels],
      areas: overrides.neighbourhoodIds && {
        create: await Promise.all(
          overrides.neighbourhoodIds.map(async (id) => ({
            neighbourhoodId: id,
            neighbourhoodName: (await db.neighbourhood.findUniqueOrThrow({ where: { id } })).name,
          })),
        ),
      },
    },
  });
}

export function callerAs(
  db: PrismaClient,
  session: SessionActor | null,
  locale: Locale = "vi",
  now?: () => Date,
  viewCommuneId?: string,
) {
  return createCaller({ db, session, locale, now: now ?? (() => new Date()), viewCommuneId });
}

/** A province reader's caller with a commune chosen from the province summary (the console's cookie). */
export function callerViewing(db: PrismaClient, session: SessionActor | null, communeId: string, now?: () => Date) {
  return callerAs(db, session, "vi", now, communeId);
}

/** A caller whose server clock reads what the test says. */
export function callerAt(db: PrismaClient, session: SessionActor | null, clock: { now: Date }) {
  return callerAs(db, session, "vi", () => clock.now);
}

/**
 * A commune's staff carry their commune; a province's, their province. Both carry the account's
 * session version as sign-in would (a new account's is 0): pass the row as read before a change to
 * hold a session signed in before it.
 */
export function staffSession(staff: {
  id: string;
  communeId: string | null;
  provinceId?: string | null;
  sessionVersion?: number;
}): SessionActor {
  const sessionVersion = staff.sessionVersion ?? 0;
  if (staff.communeId) return { type: "staff", id: staff.id, communeId: staff.communeId, sessionVersion };
  return { type: "staff", id: staff.id, provinceId: staff.provinceId!, sessionVersion };
}

/** A province's staff member (province roles only). */
export async function createProvinceStaff(
  db: PrismaClient,
  provinceId: string,
  role: "PROVINCE_ADMIN" | "PROVINCE_LEADER" | "PROVINCE_OVERSIGHT",
  overrides: { username?: string; password?: string; active?: boolean } = {},
) {
  return db.staffUser.create({
    data: {
      provinceId,
      role,
      username: overrides.username ?? `p${unique()}`,
      fullName: "Lê Văn Tỉnh",
      passwordHash: await hashSecret(overrides.password ?? "mat-khau-dung"),
      active: overrides.active ?? true,
    },
  });
}

export function householdSession(household: { id: string; communeId: string; sessionVersion?: number }): SessionActor {
  return {
    type: "household",
    id: household.id,
    communeId: household.communeId,
    sessionVersion: household.sessionVersion ?? 0,
  };
}

/** An approval question with its two options (agree, disagree), as Prisma's nested create. */
export function approvalQuestion(
  position = 0,
  text = "Đồng ý?",
  extra: { required?: boolean; allowComment?: boolean } = {},
) {
  return {
    position,
    kind: "APPROVAL" as const,
    text,
    ...extra,
    options: {
      create: [
        { position: 0, key: "AGREE", label: "Đồng ý" },
        { position: 1, key: "DISAGREE", label: "Không đồng ý" },
      ],
    },
  };
}

/**
 * A consultation open for opinions now (published and opened five days ago, closing in twenty),
 * online and on paper, with one approval question and the given households on its roll.
 */
export async function openConsultationWithRoll(
  db: PrismaClient,
  communeId: string,
  neighbourhoodId: string,
  households: { id: string; code: string; headName: string }[],
) {
  const created = await createConsultation(db, communeId, { status: "OPEN", neighbourhoodIds: [neighbourhoodId] });
  const now = Date.now();
  const day = 86_400_000;
  const consultation = await db.consultation.update({
    where: { id: created.id },
    data: {
      publishedAt: new Date(now - 5 * day),
      opensAt: new Date(now - 5 * day),
      closesAt: new Date(now + 20 * day),
      channels: ["ONLINE", "PAPER_BALLOT"],
    },
  });
  const question = await db.question.create({
    data: { consultationId: consultation.id, ...approvalQuestion(0, "Đồng ý không?") },
    include: { options: { orderBy: { position: "asc" } } },
  });
  await db.rollEntry.createMany({
    data: households.map((h) => ({
      consultationId: consultation.id,
      householdId: h.id,
      neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  return { consultation, question };
}
