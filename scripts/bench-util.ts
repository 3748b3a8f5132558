// Small helpers the benchmark scripts share; importing this has no side effects.
import { readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { PrismaClient } from "../src/generated/prisma/client.ts";

/** A TCP port free on 127.0.0.1 right now, for a server the benchmark starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** The newest file under `p`: a file under src/ newer than the build means the build is of other code. */
export function newest(p: string): { file: string; mtimeMs: number } {
  const s = statSync(p);
  if (!s.isDirectory()) return { file: p, mtimeMs: s.mtimeMs };
  return readdirSync(p)
    .map((name) => newest(path.join(p, name)))
    .reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a), { file: p, mtimeMs: 0 });
}

/**
 * The question every bench asks: the investment-policy approval with its three options, created on
 * `consultationId` (options included, in order), as a resident's form shows it.
 */
export function benchQuestion(db: PrismaClient, consultationId: string) {
  return db.question.create({
    data: {
      consultationId,
      position: 0,
      kind: "APPROVAL",
      text: "Ông/bà có đồng ý với chủ trương đầu tư không?",
      options: {
        create: [
          { position: 0, key: "AGREE", label: "Đồng ý" },
          { position: 1, key: "DISAGREE", label: "Không đồng ý" },
          { position: 2, key: "OTHER", label: "Ý kiến khác" },
        ],
      },
    },
    include: { options: { orderBy: { position: "asc" } } },
  });
}
