// The demo commune: Thị trấn Chợ Chùa (Quảng Ngãi), 12 residential groups, 2,000+ households, one
// staff account per role and three consultations (draft, open, closed). Loaded into an empty database
// by `npm start` on the embedded database, or by `npm run db:seed`. One transaction: all or nothing.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { StaffRole } from "@/generated/prisma/enums";
import { appendAudit } from "../audit/append";
import { hashSecret } from "../auth/secrets";
import { insertMany } from "./bulk";
import { seedClosed, seedDraft, seedOpen, type SeedHousehold } from "./consultations";
import { seedPublished } from "./published";
import { householdSize, personName, seededRandom, streetAddress } from "./names";

export const DEMO_COMMUNE_CODE = "51-CHOCHUA";
export const DEMO_PASSWORD = "ChoChua@2026";

export const DEMO_STAFF: { username: string; fullName: string; title: string; role: StaffRole; neighbourhood?: number }[] = [
  { username: "quantri", fullName: "Đặng Minh Khôi", title: "Quản trị hệ thống", role: "ADMIN" },
  { username: "congchuc", fullName: "Lê Thị Thu Hà", title: "Công chức Văn phòng – Thống kê", role: "OFFICIAL" },
  { username: "chutich", fullName: "Nguyễn Văn Hùng", title: "Chủ tịch UBND", role: "LEADER" },
  { username: "phochutich", fullName: "Trần Thị Mỹ Linh", title: "Phó Chủ tịch UBND", role: "LEADER" },
  { username: "giamsat", fullName: "Võ Văn Sơn", title: "Trưởng ban Thanh tra nhân dân", role: "OVERSIGHT" },
  { username: "totruong", fullName: "Huỳnh Văn An", title: "Tổ trưởng tổ dân phố", role: "NEIGHBOURHOOD_HEAD", neighbourhood: 0 },
];

/** Households that can sign in on the demo (their PINs are in README). */
export const DEMO_PINS: { code: string; pin: string }[] = [
  { code: "H00001", pin: "246810" },
  { code: "H00002", pin: "135791" },
  { code: "H00003", pin: "864213" },
  { code: "H00200", pin: "572904" },
  { code: "H01000", pin: "318265" },
];

const NEIGHBOURHOOD_NAMES = [
  "Phú Vinh Đông", "Phú Vinh Tây", "Phú Vinh Trung", "Phú Lâm Đông", "Phú Lâm Tây", "Phú Mỹ",
  "Tân Phú", "Hòa Vinh", "Trường Xuân", "Xuân Đình", "An Hòa", "Thạch An",
];
const COMMUNE_LABEL = "thị trấn Chợ Chùa, tỉnh Quảng Ngãi";
const DAY = 86_400_000;

export async function isDatabaseEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.commune.count()) === 0;
}

export async function seedDemoCommune(db: PrismaClient, now = new Date()): Promise<{ households: number }> {
  const rng = seededRandom(20_251_125);
  const passwordHash = await hashSecret(DEMO_PASSWORD);
  const pinHashes = new Map(await Promise.all(DEMO_PINS.map(async (p) => [p.code, await hashSecret(p.pin)] as const)));

  return db.$transaction(
    async (tx) => {
      const province = await tx.province.create({ data: { code: "51", name: "Quảng Ngãi" } });
      const commune = await tx.commune.create({
        data: {
          code: DEMO_COMMUNE_CODE,
          slug: "cho-chua",
          name: "Chợ Chùa",
          kind: "TOWNSHIP",
          provinceId: province.id,
          address: "Trụ sở UBND thị trấn Chợ Chùa, tỉnh Quảng Ngãi",
        },
      });
      const system = { type: "SYSTEM" as const, label: "Dữ liệu mẫu" };
      await appendAudit(tx, { communeId: commune.id, actor: system, action: "commune.seeded", entityType: "Commune", entityId: commune.id, now });

      const validFrom = new Date(now.getTime() - 400 * DAY);
      const neighbourhoods = await tx.neighbourhood.createManyAndReturn({
        data: NEIGHBOURHOOD_NAMES.map((name, i) => ({
          communeId: commune.id,
          code: `TDP${String(i + 1).padStart(2, "0")}`,
          kind: "RESIDENTIAL_GROUP" as const,
          name: `Tổ dân phố ${name}`,
          validFrom,
        })),
      });
      await tx.neighbourhoodName.createMany({
        data: neighbourhoods.map((n) => ({ neighbourhoodId: n.id, name: n.name, validFrom })),
      });

      const households: SeedHousehold[] = [];
      for (const n of neighbourhoods) {
        const count = 160 + Math.floor(rng() * 50);
        for (let i = 0; i < count; i++) {
          households.push({
            id: randomUUID(),
            neighbourhoodId: n.id,
            code: `H${String(households.length + 1).padStart(5, "0")}`,
            headName: personName(rng),
          });
        }
      }
      const nameOf = new Map(neighbourhoods.map((n) => [n.id, n.name]));
      await insertMany(
        tx,
        "Household",
        households.map((h) => ({
          ...h,
          communeId: commune.id,
          address: streetAddress(rng, nameOf.get(h.neighbourhoodId)!, COMMUNE_LABEL),
          members: householdSize(rng),
          phone: rng() < 0.6 ? `09${String(Math.floor(rng() * 1e8)).padStart(8, "0")}` : null,
          createdAt: now,
          updatedAt: now,
        })),
      );

      const staff = await tx.staffUser.createManyAndReturn({
        data: DEMO_STAFF.map((s) => ({
          communeId: commune.id,
          username: s.username,
          fullName: s.fullName,
          title: s.title,
          role: s.role,
          neighbourhoodId: s.neighbourhood === undefined ? null : neighbourhoods[s.neighbourhood].id,
          passwordHash,
        })),
      });
      const admin = staff.find((s) => s.role === "ADMIN")!;
      const official = staff.find((s) => s.role === "OFFICIAL")!;
      const leader = staff.find((s) => s.username === "chutich")!;
      const head = staff.find((s) => s.role === "NEIGHBOURHOOD_HEAD")!;

      const byCode = new Map(households.map((h) => [h.code, h]));
      await tx.householdCredential.createMany({
        data: DEMO_PINS.map((p) => {
          const h = byCode.get(p.code)!;
          return { householdId: h.id, activeHouseholdId: h.id, pinHash: pinHashes.get(p.code)!, issuedById: admin.id, issuedAt: now };
        }),
      });

      const ctx = { tx, rng, communeId: commune.id, now, official, leader, head, households, neighbourhoods };
      await seedDraft(ctx);
      await seedOpen(ctx);
      await seedClosed(ctx);
      await seedPublished(ctx);
      return { households: households.length };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

