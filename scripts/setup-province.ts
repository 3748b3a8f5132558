// npm run setup:province — a province's own account (administrator, leader or oversight), on
// DATABASE_URL or the embedded database (src/server/province/accounts.ts). The province is created
// when its code is new (then --province-name is needed). Prints the password once when it generated
// one; prints each refusal naming its flag and exits 1.
import { parseArgs } from "node:util";
import { getTranslator } from "../src/i18n/translate.ts";
import { AppError } from "../src/server/errors.ts";
import { createProvinceAccount, type TProvinceAccountInput } from "../src/server/province/accounts.ts";
import { describeSetupRefusal } from "../src/server/setup/messages.ts";
import { openTarget } from "./setup-target.ts";

const FLAGS = {
  "province-code": "provinceCode",
  "province-name": "provinceName",
  role: "role",
  username: "username",
  "full-name": "fullName",
  title: "title",
  password: "password",
} as const satisfies Record<string, keyof TProvinceAccountInput>;
const flagOf = Object.fromEntries(Object.entries(FLAGS).map(([flag, field]) => [field, flag])) as Record<
  string,
  string
>;
const t = getTranslator("vi");

async function main(): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      options: Object.fromEntries(Object.keys(FLAGS).map((f) => [f, { type: "string" as const }])),
      strict: true,
    }).values as Record<string, string>;
  } catch (e) {
    console.error((e as Error).message);
    console.error(t("province.cli.usage"));
    return 1;
  }
  const db = await openTarget();
  if (!db) return 1;
  try {
    const input = Object.fromEntries(
      Object.entries(values).map(([flag, v]) => [FLAGS[flag as keyof typeof FLAGS], v]),
    ) as TProvinceAccountInput;
    try {
      const r = await createProvinceAccount(db.prisma, input);
      const province = `${r.province.name} (${r.province.code})`;
      if (r.province.created) console.log(t("province.cli.provinceCreated", { province }));
      console.log(
        t("province.cli.done", { role: t(`role.${r.account.role}` as never), province, username: r.account.username }),
      );
      if (r.generatedPassword) console.log(t("province.cli.password", { password: r.generatedPassword }));
      console.log(t("province.cli.signIn"));
      return 0;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      console.error(t("province.cli.refused"));
      for (const r of describeSetupRefusal(e, "vi"))
        console.error(`  ✗ ${r.field ? `--${flagOf[r.field] ?? r.field}: ` : ""}${r.message}`);
      return 1;
    }
  } finally {
    await db.close();
  }
}

process.exitCode = await main();
