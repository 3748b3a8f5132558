import { getLocale, getTranslations } from "next-intl/server";

type Commune = { name: string; kind: "COMMUNE" | "WARD" | "SPECIAL_ZONE" | "TOWNSHIP" };

/** "Xã Chợ Chùa" in Vietnamese, "Chợ Chùa Commune" in English. */
export async function communeDisplayName(commune: Commune | null | undefined): Promise<string | null> {
  if (!commune) return null;
  return (await communeNamer())(commune);
}

/** One translator for many communes (the communes' list, the province summary). */
export async function communeNamer(): Promise<(commune: Commune) => string> {
  const [t, locale] = await Promise.all([getTranslations("communeKind"), getLocale()]);
  return (c) => (locale === "vi" ? `${t(c.kind)} ${c.name}` : `${c.name} ${t(c.kind)}`);
}
