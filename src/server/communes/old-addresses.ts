// Addresses from before communes had their own (/resident, /consultations/{id}): invitation slips
// already printed and links already shared still lead to the right page.
import type { PrismaClient } from "@/generated/prisma/client";
import { addressId } from "../security/input";
import { installShape } from "./data";

const segment = (s: string) => encodeURIComponent(s.slice(0, 64));

/** /resident/… → /{slug}/resident/… when the install holds one commune; else the communes' list. */
export async function residentRedirect(db: PrismaClient, rest: string[], search: string): Promise<string> {
  const shape = await installShape(db);
  if (shape.kind !== "single") return "/";
  return [`/${shape.slug}/resident`, ...rest.slice(0, 4).map(segment)].join("/") + search;
}

/** /consultations/{id}/… → the consultation's own commune; unknown ids go to the root. */
export async function consultationRedirect(db: PrismaClient, id: string, rest: string[]): Promise<string> {
  // Only the app's own ids reach the database (NUL or a malformed escape would be a 500 there).
  const wanted = addressId(id);
  const c = wanted
    ? await db.consultation.findUnique({ where: { id: wanted }, select: { commune: { select: { slug: true } } } })
    : null;
  if (!c) return "/";
  return [`/${c.commune.slug}/consultations/${segment(id)}`, ...rest.slice(0, 2).map(segment)].join("/");
}
