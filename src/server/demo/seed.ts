// The demo province: Quảng Ngãi with three communes (./province.ts) — Chợ Chùa (12 residential
// groups, 2,000+ households, one account per role, four consultations) and two smaller communes of
// villages with a few hundred households, their own staff and an open consultation each. Loaded
// into an empty database by `npm start` on the embedded database, or by `npm run db:seed`. One
// transaction: all or nothing.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { appendAudit } from "../audit/append";
import { hashPin, hashSecret } from "../auth/secrets";
import { foldVi } from "@/domain/vietnamese";
import { insertMany } from "./bulk";
import { seedClosed, seedDraft, seedOpen, type SeedContext, type SeedHousehold } from "./consultations";
import { householdSize, personName, seededRandom, streetAddress } from "./names";
import { DEMO_PLANS } from "./plans";
import { DEMO_COMMUNES, DEMO_PROVINCE, DEMO_PROVINCE_STAFF, type DemoCommune } from "./province";
import { seedPublished } from "./published";

const DAY = 86_400_000;

/**
 * Some households with an e-mail and a mix of answers about messages, from the household's place in
 * the list rather than the random generator, so every other seeded value stays what it was. The
 * addresses are at example.com (RFC 2606): a demo never mails anyone.
 */
function demoContact(h: SeedHousehold, i: number) {
  const slot = i % 10;
  const contactConsent = slot < 4 ? "GIVEN" : slot === 4 ? "OPTED_OUT" : "UNKNOWN";
  const email = i % 6 === 0 ? `${foldVi(h.headName).replace(/[^a-z]/g, "")}.${h.code.toLowerCase()}@example.com` : null;
  return { email, contactConsent } as const;
}

type Tx = SeedContext["tx"];
type Secrets = { passwordHash: string; pinHashes: Map<string, string> };

export async function isDatabaseEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.commune.count()) === 0;
}

async function hashSecrets(commune: DemoCommune): Promise<Secrets> {
  const [passwordHash, ...pins] = await Promise.all([
    hashSecret(commune.password),
    ...commune.pins.map((p) => hashPin(p.pin)),
  ]);
  return { passwordHash, pinHashes: new Map(commune.pins.map((p, i) => [p.code, pins[i]])) };
}

export async function seedDemoProvince(
  db: PrismaClient,
  now = new Date(),
): Promise<{ communes: { name: string; households: number }[] }> {
  // argon2 runs on libuv's threads: the hashes are computed while the database works.
  const secrets = Promise.all(DEMO_COMMUNES.map(hashSecrets));
  const provinceSecret = DEMO_PROVINCE_STAFF.length ? hashSecret(DEMO_PROVINCE.password) : Promise.resolve("");
  // Awaited below; this only keeps an early failure from going unhandled.
  for (const p of [secrets, provinceSecret]) p.catch(() => undefined);

  return db.$transaction(
    async (tx) => {
      const province = await tx.province.create({ data: { code: DEMO_PROVINCE.code, name: DEMO_PROVINCE.name } });
      const communes = [];
      for (const [i, commune] of DEMO_COMMUNES.entries()) {
        // One millisecond apart, in list order: where one commune must be picked, the first is Chợ Chùa.
        const createdAt = new Date(now.getTime() - (DEMO_COMMUNES.length - i));
        const households = await seedCommune(
          tx,
          province.id,
          commune,
          createdAt,
          now,
          secrets.then((s) => s[i]),
        );
        communes.push({ name: commune.name, households });
      }
      if (DEMO_PROVINCE_STAFF.length) {
        const passwordHash = await provinceSecret;
        await tx.staffUser.createMany({
          data: DEMO_PROVINCE_STAFF.map((s) => ({ ...s, provinceId: province.id, passwordHash })),
        });
      }
      return { communes };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function seedCommune(
  tx: Tx,
  provinceId: string,
  def: DemoCommune,
  createdAt: Date,
  now: Date,
  secrets: Promise<Secrets>,
): Promise<number> {
  const rng = seededRandom(def.seed);
  const commune = await tx.commune.create({
    data: { code: def.code, slug: def.slug, name: def.name, kind: def.kind, provinceId, address: def.seat, createdAt },
  });
  const system = { type: "SYSTEM" as const, label: "Dữ liệu mẫu" };
  await appendAudit(tx, {
    communeId: commune.id,
    actor: system,
    action: "commune.seeded",
    entityType: "Commune",
    entityId: commune.id,
    data: {},
    now,
  });

  const validFrom = new Date(now.getTime() - 400 * DAY);
  const hoods = def.neighbourhoods;
  const neighbourhoods = await tx.neighbourhood.createManyAndReturn({
    data: hoods.names.map((name, i) => ({
      communeId: commune.id,
      code: `${hoods.codePrefix}${String(i + 1).padStart(2, "0")}`,
      kind: hoods.kind,
      name: `${hoods.label} ${name}`,
      validFrom,
    })),
  });
  await tx.neighbourhoodName.createMany({
    data: neighbourhoods.map((n) => ({ neighbourhoodId: n.id, name: n.name, validFrom })),
  });

  // Codes restart at H00001 in every commune: they mean something only inside it.
  const households: SeedHousehold[] = [];
  for (const n of neighbourhoods) {
    const count = hoods.households.min + Math.floor(rng() * hoods.households.spread);
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
    households.map((h, i) => ({
      ...h,
      communeId: commune.id,
      address: streetAddress(rng, nameOf.get(h.neighbourhoodId)!, def.addressLabel, def.streets),
      members: householdSize(rng),
      phone: rng() < 0.6 ? `09${String(Math.floor(rng() * 1e8)).padStart(8, "0")}` : null,
      ...demoContact(h, i),
      createdAt: now,
      updatedAt: now,
    })),
  );

  const { passwordHash, pinHashes } = await secrets;
  const staff = await tx.staffUser.createManyAndReturn({
    data: def.staff.map((s) => ({
      communeId: commune.id,
      username: s.username,
      fullName: s.fullName,
      title: s.title,
      role: s.role,
      neighbourhoodId: s.neighbourhood === undefined ? null : neighbourhoods[s.neighbourhood].id,
      passwordHash,
    })),
  });
  // The first account of each role in the commune's list acts in its consultations.
  const byUsername = new Map(staff.map((s) => [s.username, s]));
  const first = (role: DemoCommune["staff"][number]["role"]) =>
    byUsername.get(def.staff.find((s) => s.role === role)!.username)!;
  const admin = first("ADMIN");
  const ctx: SeedContext = {
    tx,
    rng,
    communeId: commune.id,
    now,
    official: first("OFFICIAL"),
    leader: first("LEADER"),
    households,
    neighbourhoods,
  };

  const byCode = new Map(households.map((h) => [h.code, h]));
  await tx.householdCredential.createMany({
    data: def.pins.map((p) => {
      const h = byCode.get(p.code);
      if (!h) throw new Error(`Demo commune ${def.name} has no household ${p.code} for its PIN`);
      return {
        householdId: h.id,
        activeHouseholdId: h.id,
        pinHash: pinHashes.get(p.code)!,
        issuedById: admin.id,
        issuedAt: now,
      };
    }),
  });

  const plans = DEMO_PLANS[def.slug] ?? {};
  if (plans.draft) await seedDraft(ctx, plans.draft);
  if (plans.open) await seedOpen(ctx, plans.open);
  if (plans.closed) await seedClosed(ctx, plans.closed);
  if (plans.published) await seedPublished(ctx, plans.published);
  return households.length;
}
