import { auditRouter } from "./routers/audit";
import { communeRouter } from "./routers/commune";
import { consultationRouter } from "./routers/consultation";
import { neighbourhoodRouter } from "./routers/neighbourhood";
import { residentRouter } from "./routers/resident";
import { sessionRouter } from "./routers/session";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  audit: auditRouter,
  commune: communeRouter,
  consultation: consultationRouter,
  neighbourhood: neighbourhoodRouter,
  resident: residentRouter,
  session: sessionRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
