import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db";
import { addressId } from "../security/input";
import { getCommuneBySlug } from "./data";

/**
 * The commune a page's address names, read once per request however many layouts and pages ask;
 * an unknown slug is the 404 page.
 */
export const pageCommune = cache(async (slug: string) => {
  // A slug is letters, digits and "-": anything else (a malformed escape, NUL) names no commune,
  // and must not reach decodeURIComponent's URIError or the database (a 500).
  const wanted = addressId(slug);
  if (!wanted) notFound();
  const commune = await getCommuneBySlug(await getDb(), wanted);
  if (!commune) notFound();
  return commune;
});

export type CommuneParams = { params: Promise<{ commune: string }> };
