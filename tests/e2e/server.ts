// Starts the production build on a fresh embedded database holding only this run's own data
// (a commune and one account per staff role), and stops it afterwards. The server is the one
// `npm start` runs (scripts/serve.mjs and its worker, without the prestart step), so the browser
// tests see what production serves, the client address of sign-in limits included.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { STAFF_ROLES } from "../../src/domain/roles";
import { hashPin, hashSecret } from "../../src/server/auth/secrets";
import { computeTally } from "../../src/server/tallies/compute";
import { openDatabase } from "../../src/server/db/client";
import { seedMeetingPublished } from "./seed-resident";
import { E2E_SWEEP, seedSweep, type SweepIds } from "./seed-sweep";
import { approvalQuestion } from "./seed-kit";

export const E2E_PASSWORD = "Thu-nghiem-2026";
/** Households with known PINs (the rest get 999999). */
export const E2E_PINS: Record<string, string> = { D01: "111111", D02: "222222", T01: "333333" };
export const E2E_OPEN_TITLE = "Lấy ý kiến về chủ trương nâng cấp đường liên thôn";
/** The commune every other test uses, and a second one with the same household codes and a neighbourhood of the same name. */
export const E2E_SLUG = "thu-nghiem";
export const E2E_B = {
  slug: "nghia-hanh",
  name: "Nghĩa Hành",
  pins: { D01: "444444", D02: "555555" } as Record<string, string>,
  title: "Lấy ý kiến về xây dựng chợ Nghĩa Hành",
};
/** A third commune for the entry desk's tests: 60 households in one village, none answered but A58 (online). */
export const E2E_DESK = {
  slug: "an-phu",
  name: "An Phú",
  title: "Lấy ý kiến về phương án bố trí bãi đỗ xe chợ An Phú",
  meetingPlace: "Nhà văn hóa thôn An Hòa",
  pins: { A59: "595959" } as Record<string, string>,
};
/** Closed, tally frozen: Thôn Đông 11 of 15 agree (adopted, ≥ 2/3), Thôn Tây 2 of 5 (not adopted). */
export const E2E_CLOSED_TITLE = "Biểu quyết đóng góp làm đường bê tông nội đồng";
/** The same vote in another commune project, kept for the themes → published results browser test. */
export const E2E_RESULTS_TITLE = "Biểu quyết đóng góp làm mương thoát nước Thôn Đông – Thôn Tây";
/** Closed with no written opinions: nothing to answer, so its summary report can be finalised at once. */
export const E2E_RECORDS_TITLE = "Biểu quyết đóng góp sửa chữa nhà văn hóa Thôn Đông";
/**
 * Open, three questions (approval, multiple choice, free text), for the staff live tally. Thôn Đông
 * (15 on the roll): D01–D04 answered, D05 returned a blank paper ballot; Thôn Tây (5): T01, T02.
 */
export const E2E_TALLY_TITLE = "Lấy ý kiến về vị trí và hạng mục sân thể thao Thôn Đông – Thôn Tây";
/** Opinions received on each closed consultation, to be grouped into themes in the browser tests. */
export const E2E_CLOSED_COMMENTS = [
  "Đề nghị làm đường rộng 3 m",
  "Cần có rãnh thoát nước hai bên đường",
  "Hộ nghèo xin được miễn đóng góp",
];

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    communeName: string;
    sweep: SweepIds;
  }
}

async function seed(dataDir: string): Promise<SweepIds> {
  const db = await openDatabase({ kind: "embedded", dataDir });
  try {
    const province = await db.prisma.province.create({ data: { code: "E2E", name: "Quảng Ngãi" } });
    const commune = await db.prisma.commune.create({
      data: { code: "E2E", slug: "thu-nghiem", name: "Thử Nghiệm", kind: "COMMUNE", provinceId: province.id },
    });
    const hoods: { id: string; name: string }[] = [];
    for (const [i, name] of ["Thôn Đông", "Thôn Tây"].entries()) {
      hoods.push(
        await db.prisma.neighbourhood.create({ data: { communeId: commune.id, code: `T${i}`, kind: "VILLAGE", name } }),
      );
    }
    // Thôn Đông: D01–D15; Thôn Tây: T01–T05.
    for (const [n, hood] of hoods.entries()) {
      for (let i = 1; i <= (n === 0 ? 15 : 5); i++) {
        const code = `${n === 0 ? "D" : "T"}${String(i).padStart(2, "0")}`;
        const household = await db.prisma.household.create({
          data: {
            communeId: commune.id,
            neighbourhoodId: hood.id,
            code,
            headName: `Nguyễn Văn ${code}`,
            address: `Số ${i}, ${hood.name}`,
          },
        });
        await db.prisma.householdCredential.create({
          data: {
            householdId: household.id,
            activeHouseholdId: household.id,
            pinHash: await hashPin(E2E_PINS[code] ?? "999999"),
          },
        });
      }
    }
    // An open consultation for the resident tests, its roll frozen with every household.
    const day = 86_400_000;
    const open = await db.prisma.consultation.create({
      data: {
        communeId: commune.id,
        title: E2E_OPEN_TITLE,
        summary: "Nâng cấp đường liên thôn Đông – Tây, dài 1,2 km.",
        matter: "PROJECT_INVESTMENT_POLICY",
        mode: "OPINION",
        status: "OPEN",
        channels: ["ONLINE", "PAPER_BALLOT"],
        publishAt: new Date(Date.now() - 2 * day),
        publishedAt: new Date(Date.now() - 2 * day),
        opensAt: new Date(Date.now() - 2 * day),
        openedAt: new Date(Date.now() - 2 * day),
        closesAt: new Date(Date.now() + 25 * day),
        areas: { create: hoods.map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
        questions: {
          create: [
            approvalQuestion(0, "Hộ gia đình có đồng ý với chủ trương nâng cấp đường liên thôn không?"),
            {
              position: 1,
              kind: "SINGLE_CHOICE",
              text: "Hộ chọn mặt đường nào?",
              options: {
                create: [
                  { position: 0, label: "Bê tông xi măng" },
                  { position: 1, label: "Bê tông nhựa" },
                ],
              },
            },
          ],
        },
      },
    });
    const households = await db.prisma.household.findMany({ where: { communeId: commune.id } });
    await db.prisma.rollEntry.createMany({
      data: households.map((h) => ({
        consultationId: open.id,
        householdId: h.id,
        neighbourhoodId: h.neighbourhoodId,
        householdCode: h.code,
        headName: h.headName,
      })),
    });
    await seedClosed(db.prisma, commune.id, hoods, households, E2E_CLOSED_TITLE);
    await seedTallied(db.prisma, commune.id, hoods, households);
    await seedClosed(db.prisma, commune.id, hoods, households, E2E_RESULTS_TITLE);
    await seedClosed(db.prisma, commune.id, hoods, households, E2E_RECORDS_TITLE, false);
    await seedClosed(db.prisma, commune.id, hoods, households, E2E_SWEEP.closedTitle);
    await seedClosed(db.prisma, commune.id, hoods, households, E2E_SWEEP.publishedTitle, false);
    const passwordHash = await hashSecret(E2E_PASSWORD);
    await db.prisma.staffUser.createMany({
      data: STAFF_ROLES.map((role) => ({
        communeId: commune.id,
        username: `e2e-${role.toLowerCase()}`,
        fullName: `Cán bộ ${role}`,
        role,
        neighbourhoodId: role === "NEIGHBOURHOOD_HEAD" ? hoods[0].id : null,
        passwordHash,
      })),
    });
    await seedCommuneB(db.prisma, province.id, passwordHash);
    await seedDesk(db.prisma, province.id, passwordHash);
    await db.prisma.staffUser.create({
      data: {
        provinceId: province.id,
        username: "e2e-province-leader",
        fullName: "Lãnh đạo tỉnh",
        role: "PROVINCE_LEADER",
        passwordHash,
      },
    });
    const byTitle = async (title: string) =>
      (await db.prisma.consultation.findFirstOrThrow({ where: { title }, select: { id: true } })).id;
    return await seedSweep(
      db.prisma,
      {
        communeId: commune.id,
        provinceId: province.id,
        closedId: await byTitle(E2E_SWEEP.closedTitle),
        publishedId: await byTitle(E2E_SWEEP.publishedTitle),
        openId: open.id,
        tallyId: await byTitle(E2E_TALLY_TITLE),
      },
      passwordHash,
    );
  } finally {
    await db.close();
  }
}

type Seeded = { id: string; neighbourhoodId: string; code: string; headName: string };
type Prisma = Awaited<ReturnType<typeof openDatabase>>["prisma"];

/** Commune B: "Thôn Đông" again, households D01–D03 again (other PINs), an official, one open consultation. */
async function seedCommuneB(prisma: Prisma, provinceId: string, passwordHash: string) {
  const day = 86_400_000;
  const commune = await prisma.commune.create({
    data: { code: "E2E-B", slug: E2E_B.slug, name: E2E_B.name, kind: "COMMUNE", provinceId },
  });
  const hood = await prisma.neighbourhood.create({
    data: { communeId: commune.id, code: "T0", kind: "VILLAGE", name: "Thôn Đông" },
  });
  const households: Seeded[] = [];
  for (const code of ["D01", "D02", "D03"]) {
    const h = await prisma.household.create({
      data: {
        communeId: commune.id,
        neighbourhoodId: hood.id,
        code,
        headName: `Phạm Thị ${code}`,
        address: `Số 9, Thôn Đông, ${E2E_B.name}`,
      },
    });
    await prisma.householdCredential.create({
      data: { householdId: h.id, activeHouseholdId: h.id, pinHash: await hashPin(E2E_B.pins[code] ?? "999999") },
    });
    households.push(h);
  }
  const c = await prisma.consultation.create({
    data: {
      communeId: commune.id,
      title: E2E_B.title,
      summary: "Xây dựng chợ mới ở trung tâm xã.",
      matter: "PROJECT_INVESTMENT_POLICY",
      mode: "OPINION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT"],
      publishAt: new Date(Date.now() - 2 * day),
      publishedAt: new Date(Date.now() - 2 * day),
      opensAt: new Date(Date.now() - 2 * day),
      openedAt: new Date(Date.now() - 2 * day),
      closesAt: new Date(Date.now() + 25 * day),
      areas: { create: [{ neighbourhoodId: hood.id, neighbourhoodName: hood.name }] },
      questions: {
        create: [approvalQuestion(0, "Hộ gia đình có đồng ý với chủ trương xây dựng chợ không?")],
      },
    },
  });
  await prisma.rollEntry.createMany({
    data: households.map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: hood.id,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  await seedMeetingPublished(prisma, commune.id, hood, households);
  await prisma.staffUser.create({
    data: {
      communeId: commune.id,
      username: "e2e-b-official",
      fullName: "Cán bộ xã B",
      role: "OFFICIAL",
      passwordHash,
    },
  });
}

/** E2E_DESK: an official and the village's head, an open consultation, a show-of-hands meeting with nobody marked yet. */
async function seedDesk(prisma: Prisma, provinceId: string, passwordHash: string) {
  const day = 86_400_000;
  const commune = await prisma.commune.create({
    data: { code: "E2E-D", slug: E2E_DESK.slug, name: E2E_DESK.name, kind: "COMMUNE", provinceId },
  });
  const hood = await prisma.neighbourhood.create({
    data: { communeId: commune.id, code: "AH", kind: "VILLAGE", name: "Thôn An Hòa" },
  });
  const households: Seeded[] = [];
  for (let i = 1; i <= 60; i++) {
    const code = `A${String(i).padStart(2, "0")}`;
    const h = await prisma.household.create({
      data: {
        communeId: commune.id,
        neighbourhoodId: hood.id,
        code,
        headName: `Lê Văn ${code}`,
        address: `Số ${i}, Thôn An Hòa`,
      },
    });
    await prisma.householdCredential.create({
      data: { householdId: h.id, activeHouseholdId: h.id, pinHash: await hashPin(E2E_DESK.pins[code] ?? "999999") },
    });
    households.push(h);
  }
  const c = await prisma.consultation.create({
    data: {
      communeId: commune.id,
      title: E2E_DESK.title,
      summary: "Bố trí bãi đỗ xe cho chợ An Phú.",
      matter: "OTHER_OPINION",
      mode: "OPINION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT", "MEETING"],
      publishAt: new Date(Date.now() - 2 * day),
      publishedAt: new Date(Date.now() - 2 * day),
      opensAt: new Date(Date.now() - 2 * day),
      openedAt: new Date(Date.now() - 2 * day),
      closesAt: new Date(Date.now() + 25 * day),
      areas: { create: [{ neighbourhoodId: hood.id, neighbourhoodName: hood.name }] },
      questions: {
        create: [
          approvalQuestion(0, "Hộ có đồng ý làm bãi đỗ xe cạnh chợ không?"),
          {
            position: 1,
            kind: "SINGLE_CHOICE",
            text: "Bãi đỗ xe nên đặt ở đâu?",
            allowComment: false,
            options: {
              create: [
                { position: 0, label: "Phía đông chợ" },
                { position: 1, label: "Phía tây chợ" },
              ],
            },
          },
          { position: 2, kind: "FREE_TEXT", text: "Góp ý khác của hộ", required: false },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } } },
  });
  await prisma.rollEntry.createMany({
    data: households.map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: hood.id,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  const [approval, place] = c.questions;
  const online = households.find((h) => h.code === "A58")!;
  await prisma.response.create({
    data: {
      consultationId: c.id,
      householdId: online.id,
      neighbourhoodId: hood.id,
      effectiveHouseholdId: online.id,
      channel: "ONLINE",
      receiptCode: "E2EDESK8",
      submittedAt: new Date(Date.now() - day),
      answers: {
        create: [
          { questionId: approval.id, comment: "Gửi nhầm", choices: { create: [{ optionId: approval.options[1].id }] } },
          { questionId: place.id, choices: { create: [{ optionId: place.options[0].id }] } },
        ],
      },
    },
  });
  await prisma.meetingRecord.create({
    data: {
      consultationId: c.id,
      neighbourhoodId: hood.id,
      heldAt: new Date(Date.now() - 3_600_000),
      place: E2E_DESK.meetingPlace,
      chairName: "Lê Văn Bình",
      secretaryName: "Trần Thị Lan",
      voteMode: "SHOW_OF_HANDS",
    },
  });
  await prisma.staffUser.createMany({
    data: [
      {
        communeId: commune.id,
        username: "e2e-desk-official",
        fullName: "Nguyễn Thị Hoa",
        title: "Công chức",
        role: "OFFICIAL",
        passwordHash,
      },
      {
        communeId: commune.id,
        username: "e2e-desk-head",
        fullName: "Lê Văn Bình",
        title: "Trưởng thôn",
        role: "NEIGHBOURHOOD_HEAD",
        neighbourhoodId: hood.id,
        passwordHash,
      },
    ],
  });
}

/** E2E_TALLY_TITLE: open, its answers straight in the database (the tally is what is under test). */
async function seedTallied(
  prisma: Prisma,
  communeId: string,
  hoods: { id: string; name: string }[],
  households: Seeded[],
) {
  const day = 86_400_000;
  const c = await prisma.consultation.create({
    data: {
      communeId,
      title: E2E_TALLY_TITLE,
      summary: "Sân thể thao chung cho hai thôn, trên đất công ích cạnh nhà văn hóa.",
      matter: "OTHER_OPINION",
      mode: "OPINION",
      status: "OPEN",
      channels: ["ONLINE", "PAPER_BALLOT"],
      publishAt: new Date(Date.now() - 3 * day),
      publishedAt: new Date(Date.now() - 3 * day),
      opensAt: new Date(Date.now() - 3 * day),
      openedAt: new Date(Date.now() - 3 * day),
      closesAt: new Date(Date.now() + 25 * day),
      areas: { create: hoods.map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [
          approvalQuestion(0, "Hộ có đồng ý làm sân thể thao cạnh nhà văn hóa không?"),
          {
            position: 1,
            kind: "MULTIPLE_CHOICE",
            text: "Sân nên có những hạng mục nào?",
            options: {
              create: ["Sân bóng đá mini", "Sân cầu lông", "Đường chạy bộ"].map((label, position) => ({
                position,
                label,
              })),
            },
          },
          { position: 2, kind: "FREE_TEXT", text: "Đề xuất khác của hộ về sân thể thao", required: false },
        ],
      },
    },
    include: { questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } } },
  });
  await prisma.rollEntry.createMany({
    data: households.map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  const [approval, items, free] = c.questions;
  const answers: Record<string, { approval: number; items: number[]; text?: string }> = {
    D01: { approval: 0, items: [0, 1], text: "Nên có mái che cho khán giả" },
    D02: { approval: 0, items: [1] },
    D03: { approval: 1, items: [] },
    D04: { approval: 0, items: [2] },
    T01: { approval: 0, items: [0], text: "Trồng thêm cây xanh quanh sân" },
    T02: { approval: 2, items: [0, 2] },
  };
  for (const h of households) {
    const a = answers[h.code];
    if (!a && h.code !== "D05") continue;
    await prisma.response.create({
      data: {
        consultationId: c.id,
        householdId: h.id,
        neighbourhoodId: h.neighbourhoodId,
        effectiveHouseholdId: h.id,
        channel: h.code === "D01" ? "ONLINE" : "PAPER_BALLOT",
        receiptCode: `E2E-${c.id.slice(-6)}-${h.code}`,
        submittedAt: new Date(Date.now() - day),
        ballotMark: a ? null : "BLANK",
        answers: a
          ? {
              create: [
                { questionId: approval.id, choices: { create: [{ optionId: approval.options[a.approval].id }] } },
                ...(a.items.length
                  ? [
                      {
                        questionId: items.id,
                        choices: { create: a.items.map((i) => ({ optionId: items.options[i].id })) },
                      },
                    ]
                  : []),
                ...(a.text ? [{ questionId: free.id, text: a.text }] : []),
              ],
            }
          : undefined,
      },
    });
  }
}

/** A contribution vote closed yesterday with its tally frozen, as the closing transaction does. */
async function seedClosed(
  prisma: Awaited<ReturnType<typeof openDatabase>>["prisma"],
  communeId: string,
  hoods: { id: string; name: string }[],
  households: Seeded[],
  title: string,
  withComments = true,
) {
  const day = 86_400_000;
  const c = await prisma.consultation.create({
    data: {
      communeId,
      title,
      summary: "Mỗi hộ đóng góp 500.000 đồng làm đường bê tông nội đồng.",
      matter: "PUBLIC_WORKS_CONTRIBUTION",
      mode: "DECISION",
      status: "CLOSED",
      channels: ["PAPER_BALLOT", "MEETING"],
      ruleNumerator: 2,
      ruleDenominator: 3,
      ruleInclusive: true,
      ruleAggregation: "PER_NEIGHBOURHOOD",
      publishAt: new Date(Date.now() - 40 * day),
      publishedAt: new Date(Date.now() - 40 * day),
      opensAt: new Date(Date.now() - 40 * day),
      openedAt: new Date(Date.now() - 40 * day),
      closesAt: new Date(Date.now() - day),
      closedAt: new Date(Date.now() - day),
      areas: { create: hoods.map((h) => ({ neighbourhoodId: h.id, neighbourhoodName: h.name })) },
      questions: {
        create: [approvalQuestion(0, "Hộ gia đình có đồng ý đóng góp 500.000 đồng làm đường không?")],
      },
    },
    include: { questions: { include: { options: { orderBy: { position: "asc" } } } } },
  });
  await prisma.rollEntry.createMany({
    data: households.map((h) => ({
      consultationId: c.id,
      householdId: h.id,
      neighbourhoodId: h.neighbourhoodId,
      householdCode: h.code,
      headName: h.headName,
    })),
  });
  const [agree, disagree, other] = c.questions[0].options;
  const agreeing = new Set([
    ...Array.from({ length: 11 }, (_, i) => `D${String(i + 1).padStart(2, "0")}`),
    "T01",
    "T02",
  ]);
  const comments: Record<string, string> = !withComments
    ? {}
    : { D01: E2E_CLOSED_COMMENTS[0], D12: E2E_CLOSED_COMMENTS[1], T03: E2E_CLOSED_COMMENTS[2] };
  for (const h of households) {
    if (h.code === "D15" || h.code === "T05") continue; // did not answer
    const option = agreeing.has(h.code) ? agree : h.code === "T03" ? other : disagree;
    await prisma.response.create({
      data: {
        consultationId: c.id,
        householdId: h.id,
        neighbourhoodId: h.neighbourhoodId,
        effectiveHouseholdId: h.id,
        channel: "PAPER_BALLOT",
        receiptCode: `E2E-${c.id.slice(-6)}-${h.code}`,
        submittedAt: new Date(Date.now() - 5 * day),
        answers: {
          create: [
            {
              questionId: c.questions[0].id,
              comment: comments[h.code] ?? null,
              choices: { create: [{ optionId: option.id }] },
            },
          ],
        },
      },
    });
  }
  const tally = await computeTally(prisma, c.id, new Date());
  await prisma.consultation.update({ where: { id: c.id }, data: { finalTally: tally as never } });
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the server (scripts/serve.mjs) exited (${server.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer /api/health within 60 s:\n${log()}`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const dataDir = mkdtempSync(path.join(tmpdir(), "ydan-e2e-"));
  const dbDir = path.join(dataDir, "postgres");
  const sweep = await seed(dbDir);
  const port = 3200 + Math.floor(Math.random() * 500);
  const baseUrl = `http://localhost:${port}`;
  let output = "";
  const server = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: "",
      EMBEDDED_DB_DIR: dbDir,
      DATA_DIR: dataDir,
      AUTH_SECRET: "e2e-secret-not-for-production",
      NEXTAUTH_URL: baseUrl,
      PORT: String(port),
      // The browser tests read each change the moment it is made, as one visitor; the public pages'
      // one-second micro-cache (scripts/public-cache.mjs) is tested over HTTP in tests/unit/public-cache.test.ts,
      // and in front of the real app with E2E_PUBLIC_CACHE_MS=1000 (tests/e2e/results.test.ts).
      PUBLIC_CACHE_MS: process.env.E2E_PUBLIC_CACHE_MS ?? "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout!.on("data", (d) => (output += d));
  server.stderr!.on("data", (d) => (output += d));
  await waitForHealth(baseUrl, server, () => output);
  project.provide("baseUrl", baseUrl);
  project.provide("communeName", "Thử Nghiệm");
  project.provide("sweep", sweep);
  return async () => {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((r) => server.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
