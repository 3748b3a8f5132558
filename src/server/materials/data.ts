// A consultation's publicity materials (docs/LAW.md#r17; Law on Grassroots Democracy Art 12–13):
// the facts are read once, scoped to the actor's commune (another commune's consultation is "not
// found"), and refused before approval or once cancelled, so no notice of an unapproved
// consultation can exist. The texts themselves are the pure builders of src/domain/materials.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { offersMaterials, type MaterialFacts } from "@/domain/materials/facts";
import { fullScript, readingSeconds, shortScript, wordCount } from "@/domain/materials/script";
import { smsMaterials } from "@/domain/materials/sms";
import { placeName } from "@/domain/records";
import { getTranslator } from "@/i18n/translate";
import { communeBaseUrl, publicInstallUrl } from "../communes/hosts";
import { AppError } from "../errors";

type Db = PrismaClient | Prisma.TransactionClient;

// Materials are Vietnamese documents whatever the interface language (as records are).
const vi = getTranslator("vi");
const say = (key: string) => vi(key as never);

/**
 * The consultation's public page, on the commune's own host when it has one, from the install's
 * configured public address (as records print theirs), so the notice, the scripts and the message
 * all carry the same address whichever address the official opened the console at.
 */
export function publicConsultationUrl(communeSlug: string, consultationId: string): string {
  return `${communeBaseUrl(communeSlug, publicInstallUrl())}/consultations/${encodeURIComponent(consultationId)}`;
}

export async function loadMaterialFacts(
  db: Db,
  communeId: string,
  consultationId: string,
  now: Date,
): Promise<{ facts: MaterialFacts; noticeRevision: number }> {
  const c = await db.consultation.findFirst({
    where: { id: consultationId, communeId },
    select: {
      id: true,
      title: true,
      summary: true,
      matter: true,
      status: true,
      channels: true,
      opensAt: true,
      closesAt: true,
      meetingAt: true,
      meetingPlace: true,
      publishedAt: true,
      noticeRevision: true,
      areas: { select: { neighbourhoodName: true } },
      commune: { select: { name: true, kind: true, slug: true, address: true } },
    },
  });
  if (!c) throw AppError.notFound("consultation");
  if (!offersMaterials(c.status))
    throw new AppError("PRECONDITION_FAILED", "materialsNotYet", { status: `@status.${c.status}` });
  const collator = new Intl.Collator("vi", { numeric: true, sensitivity: "base" });
  return {
    noticeRevision: c.noticeRevision,
    facts: {
      title: c.title,
      summary: c.summary,
      matterLabel: say(`matter.${c.matter}`),
      communeName: `${say(`communeKind.${c.commune.kind}`)} ${c.commune.name}`,
      place: placeName(c.commune.name),
      communeAddress: c.commune.address?.trim() || null,
      areas: c.areas.map((a) => a.neighbourhoodName).sort(collator.compare),
      opensAt: c.opensAt,
      closesAt: c.closesAt,
      channels: c.channels,
      meetingAt: c.meetingAt,
      meetingPlace: c.meetingPlace,
      publicUrl: publicConsultationUrl(c.commune.slug, c.id),
      issuedAt: c.publishedAt ?? now,
    },
  };
}

/** What the console shows: the loudspeaker scripts with their reading times, the SMS and its counts. */
export async function getMaterials(db: Db, communeId: string, consultationId: string, now: Date) {
  const { facts } = await loadMaterialFacts(db, communeId, consultationId, now);
  const script = (text: string) => ({ text, words: wordCount(text), seconds: readingSeconds(text) });
  return {
    publicUrl: facts.publicUrl,
    shortScript: script(shortScript(facts)),
    fullScript: script(fullScript(facts)),
    sms: smsMaterials(facts),
  };
}
