// Public reads, each for the commune its address names (/{slug}/…): an unknown slug, or a
// consultation of another commune, is "not found". Served from the public pages' cache when the
// request carries one (src/server/public-cache/tags.ts says why it is never stale).
import { getCommuneBySlug } from "../../communes/data";
import { ZCommuneInput, ZCommuneItemInput, ZListCommunesInput } from "../../communes/schema";
import { AppError } from "../../errors";
import {
  readCommuneList,
  readPublicConsultation,
  readPublicConsultations,
  readPublicResults,
} from "../../public-cache/reads";
import { readDbOf, type Context } from "../context";
import { publicProcedure, router } from "../trpc";

// Public pages may be a moment behind the primary, so they read on the replica when there is one
// (src/server/db/replica.ts), except to fill the public pages' data cache: an entry is filled after
// the write that invalidated it and then kept until the next one, so a fill from a replica that has
// not yet applied that write would keep the old page; filled from the primary, it is never stale,
// and a crowd costs one read per change either way. With the cache off (PUBLIC_DATA_CACHE=0, or
// several workers without the relay) every public read is the replica's.
const publicDb = (ctx: Context) => ((ctx.publicCache?.enabled?.() ?? !!ctx.publicCache) ? ctx.db : readDbOf(ctx));

async function communeOf(ctx: Context, slug: string, entity: string) {
  const commune = await getCommuneBySlug(publicDb(ctx), slug);
  if (!commune) throw AppError.notFound(entity);
  return commune;
}

const reader = (ctx: Context) => ({ db: publicDb(ctx), publicCache: ctx.publicCache, now: ctx.now() });

export const communeRouter = router({
  /** The province's list: every commune of the install, searchable with or without tone marks. */
  list: publicProcedure("commune.read")
    .input(ZListCommunesInput)
    .query(({ ctx, input }) => readCommuneList(reader(ctx), input.q)),
  bySlug: publicProcedure("commune.read")
    .input(ZCommuneInput)
    .query(({ ctx, input }) => communeOf(ctx, input.commune, "commune")),
  publicConsultations: publicProcedure("consultation.readPublic")
    .input(ZCommuneInput)
    .query(async ({ ctx, input }) => {
      const commune = await communeOf(ctx, input.commune, "commune");
      return readPublicConsultations(reader(ctx), commune.id);
    }),
  publicConsultation: publicProcedure("consultation.readPublic")
    .input(ZCommuneItemInput)
    .query(async ({ ctx, input }) => {
      const commune = await communeOf(ctx, input.commune, "consultation");
      return readPublicConsultation(reader(ctx), commune.id, input.id);
    }),
  /** Published results: the frozen tally and the approved responses to the opinions received. */
  publicResults: publicProcedure("consultation.readPublic")
    .input(ZCommuneItemInput)
    .query(async ({ ctx, input }) => {
      const commune = await communeOf(ctx, input.commune, "consultation");
      return readPublicResults(reader(ctx), commune.id, input.id);
    }),
});
