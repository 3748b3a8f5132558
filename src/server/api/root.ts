import { auditRouter } from "./routers/audit";
import { communeRouter } from "./routers/commune";
import { consultationRouter } from "./routers/consultation";
import { dashboardRouter } from "./routers/dashboard";
import { disclosureRouter } from "./routers/disclosure";
import { documentRouter } from "./routers/document";
import { entryRouter } from "./routers/entry";
import { householdRouter } from "./routers/household";
import { materialsRouter } from "./routers/materials";
import { meetingRouter } from "./routers/meeting";
import { neighbourhoodRouter } from "./routers/neighbourhood";
import { outboxRouter } from "./routers/outbox";
import { postingsRouter } from "./routers/postings";
import { provinceRouter } from "./routers/province";
import { recordRouter } from "./routers/record";
import { registerRouter } from "./routers/register";
import { residentRouter } from "./routers/resident";
import { responseRouter } from "./routers/response";
import { rollRouter } from "./routers/roll";
import { sessionRouter } from "./routers/session";
import { staffRouter } from "./routers/staff";
import { tallyRouter } from "./routers/tally";
import { themeRouter } from "./routers/theme";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  audit: auditRouter,
  commune: communeRouter,
  consultation: consultationRouter,
  dashboard: dashboardRouter,
  disclosure: disclosureRouter,
  document: documentRouter,
  entry: entryRouter,
  household: householdRouter,
  materials: materialsRouter,
  meeting: meetingRouter,
  neighbourhood: neighbourhoodRouter,
  outbox: outboxRouter,
  postings: postingsRouter,
  province: provinceRouter,
  record: recordRouter,
  register: registerRouter,
  resident: residentRouter,
  response: responseRouter,
  roll: rollRouter,
  session: sessionRouter,
  staff: staffRouter,
  tally: tallyRouter,
  theme: themeRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
