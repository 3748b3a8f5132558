// npm run setup — sets up a new commune and its first administrator (src/server/setup/create-commune.ts)
// on DATABASE_URL, or on the embedded database (migrated on open, as the app does). With flags it
// asks nothing; with none, in a terminal, it asks for each value. Prints the refusals naming each
// field and exits 1, or prints the commune, its address and the administrator (with the generated
// password, once) and exits 0.
import { stdin, stdout } from "node:process";
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { COMMUNE_KIND_FLAGS } from "../src/domain/communes.ts";
import { getTranslator } from "../src/i18n/translate.ts";
import type { Database } from "../src/server/db/client.ts";
import { AppError } from "../src/server/errors.ts";
import { setUpCommune, type TSetUpCommuneInput } from "../src/server/setup/create-commune.ts";
import { describeSetupRefusal } from "../src/server/setup/messages.ts";
import { removeSetupToken } from "../src/server/setup/token.ts";
import { openTarget } from "./setup-target.ts";

const FLAGS = {
  "province-code": "provinceCode",
  "province-name": "provinceName",
  "commune-code": "communeCode",
  "commune-name": "communeName",
  "commune-kind": "communeKind",
  "admin-username": "adminUsername",
  "admin-password": "adminPassword",
  "admin-name": "adminName",
} as const satisfies Record<string, keyof TSetUpCommuneInput>;
type Flag = keyof typeof FLAGS;
const flagOf = Object.fromEntries(Object.entries(FLAGS).map(([flag, field]) => [field, flag])) as Record<string, Flag>;

const t = getTranslator("vi");
const say = (line = "") => stdout.write(`${line}\n`);

function parseFlags(): Partial<Record<Flag, string>> | null {
  try {
    const { values } = parseArgs({
      options: Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, { type: "string" as const }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Partial<Record<Flag, string>>;
  } catch (e) {
    console.error((e as Error).message);
    return null;
  }
}

function usage() {
  console.error(
    `npm run setup -- ${Object.keys(FLAGS)
      .map((f) => `--${f} …`)
      .join(" ")}`,
  );
  console.error(
    `  --commune-kind: ${Object.keys(COMMUNE_KIND_FLAGS).join(" | ")}; --province-name, --admin-password, --admin-name: ${t("setup.cli.optional")}`,
  );
}

/** Asks for each value in Vietnamese; the password is not echoed. */
async function askAll(db: Database): Promise<Partial<Record<Flag, string>>> {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, done) {
      if (!muted) stdout.write(chunk, encoding);
      done();
    },
  });
  const rl = createInterface({ input: stdin, output, terminal: true });
  const ask = async (field: keyof TSetUpCommuneInput, note?: string) => {
    const hint = t.has(`setup.hints.${field}` as never) ? t(`setup.hints.${field}` as never) : "";
    say(`\n${t(`setup.fields.${field}` as never)}${note ? ` (${note})` : ""}${hint ? `\n  ${hint}` : ""}`);
    return (await rl.question("> ")).trim();
  };
  try {
    say(t("setup.cli.intro"));
    const values: Partial<Record<Flag, string>> = {};
    values["province-code"] = await ask("provinceCode");
    const province = /^\d{2}$/.test(values["province-code"])
      ? await db.prisma.province.findUnique({ where: { code: values["province-code"] } })
      : null;
    if (province) say(`  → ${province.name}`);
    else values["province-name"] = await ask("provinceName");
    values["commune-code"] = await ask("communeCode");
    values["commune-name"] = await ask("communeName");
    values["commune-kind"] = await ask("communeKind", t("setup.cli.kindChoices"));
    values["admin-username"] = await ask("adminUsername");
    values["admin-name"] = await ask("adminName", t("setup.cli.optional"));
    say(`\n${t("setup.fields.adminPassword")}\n  ${t("setup.hints.adminPassword")}`);
    stdout.write("> ");
    muted = true;
    values["admin-password"] = await rl.question("");
    muted = false;
    say();
    return values;
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const flags = parseFlags();
  if (!flags) {
    usage();
    return 1;
  }
  const db = await openTarget();
  if (!db) return 1;
  try {
    const values = Object.keys(flags).length === 0 && stdin.isTTY ? await askAll(db) : flags;
    const input = Object.fromEntries(
      Object.entries(values).map(([flag, v]) => [FLAGS[flag as Flag], v]),
    ) as TSetUpCommuneInput;
    const started = performance.now();
    let result;
    try {
      result = await setUpCommune(db.prisma, input, new Date(), { via: "cli" });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      console.error(t("setup.cli.refused"));
      for (const r of describeSetupRefusal(e, "vi")) {
        const where = r.field ? `${r.label ?? r.field} (--${flagOf[r.field] ?? r.field})` : null;
        console.error(`  ✗ ${where ? `${where}: ` : ""}${r.message}`);
      }
      return 1;
    }
    const elapsed = Math.round(performance.now() - started);
    // A first-run token left by a server start is of no use once a commune exists.
    removeSetupToken();
    const commune = `${t(`communeKind.${result.commune.kind}` as never)} ${result.commune.name}`;
    say(
      t("setup.cli.done", {
        commune,
        code: result.commune.code,
        province: `${result.province.name} (${result.province.code})`,
      }),
    );
    say(t("setup.cli.address", { slug: result.commune.slug }));
    say(t("setup.cli.username", { username: result.admin.username }));
    if (result.generatedPassword) say(t("setup.cli.password", { password: result.generatedPassword }));
    say(t("setup.cli.elapsed", { ms: elapsed }));
    return 0;
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  console.error(t("setup.cli.failed", { message: (e as Error).message }));
  process.exitCode = 1;
}
