import type { PrismaClient } from "@/generated/prisma/client";

const SELECT = {
  id: true,
  code: true,
  name: true,
  kind: true,
  address: true,
  province: { select: { name: true } },
} as const;

/** The commune the public pages serve: DEFAULT_COMMUNE (its code) when set, else the first one. */
export async function getDefaultCommune(db: PrismaClient, code = process.env.DEFAULT_COMMUNE) {
  if (code) return db.commune.findUnique({ where: { code }, select: SELECT });
  return db.commune.findFirst({ orderBy: { createdAt: "asc" }, select: SELECT });
}

export async function getCommune(db: PrismaClient, id: string) {
  return db.commune.findUnique({ where: { id }, select: SELECT });
}
