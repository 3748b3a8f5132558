import { getLocale, getTranslations } from "next-intl/server";

type Commune = { name: string; kind: "COMMUNE" | "WARD" | "SPECIAL_ZONE" | "TOWNSHIP" };

/** "Thị trấn Chợ Chùa" in Vietnamese, "Chợ Chùa Township" in English. */
export async function communeDisplayName(commune: Commune | null | undefined): Promise<string | null> {
  if (!commune) return null;
  const [t, locale] = await Promise.all([getTranslations("communeKind"), getLocale()]);
  return locale === "vi" ? `${t(commune.kind)} ${commune.name}` : `${commune.name} ${t(commune.kind)}`;
}
