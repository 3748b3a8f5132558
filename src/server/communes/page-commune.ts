import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db";
import { getCommuneBySlug } from "./data";

/**
 * The commune a page's address names, read once per request however many layouts and pages ask;
 * an unknown slug is the 404 page.
 */
export const pageCommune = cache(async (slug: string) => {
  const commune = await getCommuneBySlug(await getDb(), decodeURIComponent(slug));
  if (!commune) notFound();
  return commune;
});

export type CommuneParams = { params: Promise<{ commune: string }> };
