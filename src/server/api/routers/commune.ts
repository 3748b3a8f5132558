import { getDefaultCommune } from "../../communes/data";
import { listPublicConsultations } from "../../consultations/data";
import { publicProcedure, router } from "../trpc";

export const communeRouter = router({
  current: publicProcedure("commune.read").query(({ ctx }) => getDefaultCommune(ctx.db)),
  publicConsultations: publicProcedure("consultation.readPublic").query(async ({ ctx }) => {
    const commune = await getDefaultCommune(ctx.db);
    return commune ? listPublicConsultations(ctx.db, commune.id) : [];
  }),
});
