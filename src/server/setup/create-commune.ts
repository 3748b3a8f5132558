// A new commune with its first administrator, in one transaction with its first audit event: the
// one write behind `npm run setup` and the first-run page. Everything is checked before writing, so
// a refused setup writes nothing; a rival that wins a unique index meanwhile gets the same message.
import { randomInt } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { checkCommuneSetup, type SetupField } from "@/domain/commune-setup";
import { COMMUNE_KIND_FLAGS, slugify, uniqueSlug, type CommuneKindFlag, type NewCommuneKind } from "@/domain/communes";
import { appendAudit, type AuditActor } from "../audit/append";
import { hashSecret } from "../auth/secrets";
import { normaliseUsername } from "../auth/sign-in";
import { AppError, isUniqueViolation, type FieldIssue } from "../errors";
import { checkPassword, USERNAME } from "../staff/mutations";

export type TSetUpCommuneInput = {
  provinceCode: string;
  /** Needed only when the province is new; an existing province keeps its name. */
  provinceName?: string;
  communeCode: string;
  communeName: string;
  /** xa | phuong | dac-khu */
  communeKind: string;
  adminUsername: string;
  /** Blank: a strong one is generated and returned, once. */
  adminPassword?: string;
  adminName?: string;
};

export type TSetUpCommuneResult = {
  province: { id: string; code: string; name: string; created: boolean };
  commune: { id: string; code: string; name: string; kind: NewCommuneKind; slug: string };
  admin: { id: string; username: string; fullName: string };
  /** The generated password, to be shown once; null when the caller chose one. */
  generatedPassword: string | null;
};

export type SetUpOptions = {
  /** The first-run page: refused (as not found) once any commune exists, checked again under a lock. */
  firstCommuneOnly?: boolean;
  via?: "cli" | "web" | "province";
  /** Who the commune's first audit event names: the setup itself, or a province's administrator. */
  by?: AuditActor;
};

export const DEFAULT_ADMIN_NAME = "Quản trị hệ thống";
const SETUP_ACTOR = { type: "SYSTEM" as const, label: "Thiết lập ban đầu" };

export async function doesAnyCommuneExist(db: Pick<PrismaClient, "commune">): Promise<boolean> {
  return (await db.commune.findFirst({ select: { id: true } })) !== null;
}

// No look-alikes (0/O, 1/l/I), so a password read off a screen is typed right the first time.
const PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** 16 characters from a CSPRNG (≈ 93 bits), accepted by the staff password rule for this username. */
export function generatePassword(username: string, length = 16): string {
  // Made before the username is checked (so hashing can start at once): an empty one, which every
  // string "contains", must not make the rule unsatisfiable.
  const rule = username ? username : "-";
  for (;;) {
    const password = Array.from({ length }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join("");
    if (checkPassword(password, rule).length === 0) return password;
  }
}

function clean(input: TSetUpCommuneInput) {
  const text = (s: string | undefined) => (s ?? "").normalize("NFC").trim().replace(/\s+/g, " ");
  return {
    provinceCode: text(input.provinceCode),
    provinceName: text(input.provinceName),
    communeCode: text(input.communeCode),
    communeName: text(input.communeName),
    communeKind: text(input.communeKind).toLowerCase(),
    adminUsername: normaliseUsername(input.adminUsername ?? ""),
    adminPassword: (input.adminPassword ?? "").normalize("NFC"),
    adminName: text(input.adminName),
  };
}
type Clean = ReturnType<typeof clean>;

/** Reads what the checks need, checks everything, and throws every issue at once. */
async function checkSetup(db: PrismaClient, input: Clean) {
  const [province, communeCodeTaken, usernameTaken, slugs] = await Promise.all([
    db.province.findUnique({ where: { code: input.provinceCode } }),
    db.commune.count({ where: { code: input.communeCode } }).then((n) => n > 0),
    db.staffUser.count({ where: { username: input.adminUsername } }).then((n) => n > 0),
    db.commune.findMany({
      where: { slug: { startsWith: slugify(input.communeName) || "xa" } },
      select: { slug: true },
    }),
  ]);
  const issues: FieldIssue[] = checkCommuneSetup(input, { provinceExists: province !== null, communeCodeTaken }).map(
    (i) => ({
      field: i.field,
      key: `setup.errors.${i.code}`,
      params: i.params,
    }),
  );
  const username = input.adminUsername;
  if (!USERNAME.test(username)) issues.push({ field: "adminUsername", key: "staff.errors.badUsername" });
  else if (usernameTaken)
    issues.push({ field: "adminUsername", key: "staff.errors.usernameTaken", params: { username } });
  if (input.adminPassword)
    issues.push(...checkPassword(input.adminPassword, username, "adminPassword" satisfies SetupField));
  if (issues.length) throw AppError.invalid(issues);

  const taken = new Set(slugs.map((s) => s.slug));
  const slug = uniqueSlug(input.communeName, { province: input.provinceCode, commune: input.communeCode }, (s) =>
    taken.has(s),
  );
  return { province, slug };
}

export async function setUpCommune(
  db: PrismaClient,
  raw: TSetUpCommuneInput,
  now: Date,
  options: SetUpOptions = {},
): Promise<TSetUpCommuneResult> {
  const input = clean(raw);
  const generatedPassword = input.adminPassword ? null : generatePassword(input.adminUsername);
  // Hashed on a worker thread while the checks run, and before the transaction: argon2 takes tens
  // of milliseconds that no lock needs to wait for. A refused setup drops the hash unused.
  const hashing = hashSecret(input.adminPassword || generatedPassword!);
  hashing.catch(() => {});
  if (options.firstCommuneOnly && (await doesAnyCommuneExist(db))) throw AppError.notFound("setup");
  let checked = await checkSetup(db, input);
  const passwordHash = await hashing;
  const kind: NewCommuneKind = COMMUNE_KIND_FLAGS[input.communeKind as CommuneKindFlag];
  const fullName = input.adminName || DEFAULT_ADMIN_NAME;

  const write = ({ province, slug }: typeof checked) =>
    db.$transaction(async (tx) => {
      if (options.firstCommuneOnly) {
        // Two first-run submissions at once: the second waits here, then finds the first's commune.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('setup:first-commune'))`;
        if (await doesAnyCommuneExist(tx)) throw AppError.notFound("setup");
      }
      const p =
        province ?? (await tx.province.create({ data: { code: input.provinceCode, name: input.provinceName } }));
      const commune = await tx.commune.create({
        data: { code: input.communeCode, slug, name: input.communeName, kind, provinceId: p.id },
      });
      const admin = await tx.staffUser.create({
        data: { communeId: commune.id, username: input.adminUsername, fullName, role: "ADMIN", passwordHash },
        select: { id: true, username: true, fullName: true },
      });
      await appendAudit(tx, {
        communeId: commune.id,
        actor: options.by ?? SETUP_ACTOR,
        action: "commune.created",
        entityType: "Commune",
        entityId: commune.id,
        data: {
          code: commune.code,
          name: commune.name,
          kind,
          slug,
          province: { code: p.code, created: province === null },
          admin: { id: admin.id, username: admin.username },
          via: options.via ?? "cli",
        },
        now,
      });
      return {
        province: { id: p.id, code: p.code, name: p.name, created: province === null },
        commune: { id: commune.id, code: commune.code, name: commune.name, kind, slug },
        admin,
        generatedPassword,
      };
    });

  // A unique index refusing the write means someone took a code, username, slug or the province in
  // the meantime: check again, which names the field (or, for a slug or province, finds another way).
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(checked);
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= 2) throw e;
      checked = await checkSetup(db, input);
    }
  }
}
