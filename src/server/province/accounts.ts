// A province's own accounts (administrator, leader, oversight), made by the install's operator with
// `npm run setup:province`: the province's IT department creates them before any commune is set up,
// so the province (its code and name) is created here when it is new. The same rules as every staff
// account: a username unique in the install, a password the staff rule accepts, or one generated.
// Province accounts belong to no commune, so no commune's audit chain records them; the account's
// own row keeps when it was made.
import type { PrismaClient } from "@/generated/prisma/client";
import { PROVINCE_CODE } from "@/domain/communes";
import type { ProvinceRoleName } from "@/domain/roles";
import { hashSecret } from "../auth/secrets";
import { normaliseUsername } from "../auth/sign-in";
import { AppError, refuseTaken, type FieldIssue } from "../errors";
import { generatePassword } from "../setup/create-commune";
import { checkPassword, USERNAME } from "../staff/mutations";

export const PROVINCE_ROLE_FLAGS = {
  admin: "PROVINCE_ADMIN",
  leader: "PROVINCE_LEADER",
  oversight: "PROVINCE_OVERSIGHT",
} as const satisfies Record<string, ProvinceRoleName>;

export type TProvinceAccountInput = {
  provinceCode: string;
  /** Needed only when the province is new. */
  provinceName?: string;
  /** admin | leader | oversight */
  role: string;
  username: string;
  fullName?: string;
  title?: string;
  /** Blank: a strong one is generated and returned, once. */
  password?: string;
};

const text = (s: string | undefined) => (s ?? "").normalize("NFC").trim().replace(/\s+/g, " ");

export async function createProvinceAccount(db: PrismaClient, raw: TProvinceAccountInput) {
  const input = {
    provinceCode: text(raw.provinceCode),
    provinceName: text(raw.provinceName),
    role: text(raw.role).toLowerCase(),
    username: normaliseUsername(raw.username ?? ""),
    fullName: text(raw.fullName),
    title: text(raw.title),
    password: (raw.password ?? "").normalize("NFC"),
  };
  const [province, usernameTaken] = await Promise.all([
    PROVINCE_CODE.test(input.provinceCode) ? db.province.findUnique({ where: { code: input.provinceCode } }) : null,
    db.staffUser.count({ where: { username: input.username } }).then((n) => n > 0),
  ]);
  const issues: FieldIssue[] = [];
  if (!PROVINCE_CODE.test(input.provinceCode))
    issues.push({ field: "provinceCode", key: "setup.errors.provinceCodeFormat" });
  else if (!province && !input.provinceName)
    issues.push({
      field: "provinceName",
      key: "setup.errors.provinceNameRequired",
      params: { code: input.provinceCode },
    });
  const role = Object.hasOwn(PROVINCE_ROLE_FLAGS, input.role)
    ? PROVINCE_ROLE_FLAGS[input.role as keyof typeof PROVINCE_ROLE_FLAGS]
    : null;
  if (!role) issues.push({ field: "role", key: "province.errors.role" });
  if (!USERNAME.test(input.username)) issues.push({ field: "username", key: "staff.errors.badUsername" });
  else if (usernameTaken)
    issues.push({ field: "username", key: "staff.errors.usernameTaken", params: { username: input.username } });
  if (input.password) issues.push(...checkPassword(input.password, input.username, "password"));
  if (issues.length) throw AppError.invalid(issues);

  const generatedPassword = input.password ? null : generatePassword(input.username);
  const passwordHash = await hashSecret(input.password || generatedPassword!);
  // Someone took the username (or created the province) meanwhile: the same clear refusal.
  return refuseTaken(
    () =>
      db.$transaction(async (tx) => {
        const p =
          province ?? (await tx.province.create({ data: { code: input.provinceCode, name: input.provinceName } }));
        const account = await tx.staffUser.create({
          data: {
            provinceId: p.id,
            role: role!,
            username: input.username,
            fullName: input.fullName || input.username,
            title: input.title || null,
            passwordHash,
          },
          select: { id: true, username: true, fullName: true, role: true },
        });
        return {
          province: { id: p.id, code: p.code, name: p.name, created: province === null },
          account,
          generatedPassword,
        };
      }),
    () => [{ field: "username", key: "staff.errors.usernameTaken", params: { username: input.username } }],
  );
}
