import { listMessages, messageSummary, printList } from "../../outbox/data";
import { queueNow, retryFailed, setReminderDays } from "../../outbox/mutations";
import {
  ZConsultationRef,
  ZListMessagesInput,
  ZPrintListInput,
  ZQueueInput,
  ZSetReminderInput,
} from "../../outbox/schema";
import { router, staffProcedure } from "../trpc";

export const outboxRouter = router({
  summary: staffProcedure("message.read")
    .input(ZConsultationRef)
    .query(({ ctx, input }) => messageSummary(ctx.db, ctx.actor, input.consultationId)),
  list: staffProcedure("message.read")
    .input(ZListMessagesInput)
    .query(({ ctx, input }) => listMessages(ctx.db, ctx.actor, input)),
  printList: staffProcedure("contact.read")
    .input(ZPrintListInput)
    .query(({ ctx, input }) => printList(ctx.db, ctx.actor, input)),
  setReminder: staffProcedure("message.manage")
    .input(ZSetReminderInput)
    .mutation(({ ctx, input }) => setReminderDays(ctx.db, ctx.actor, input)),
  queue: staffProcedure("message.manage")
    .input(ZQueueInput)
    .mutation(({ ctx, input }) => queueNow(ctx.db, ctx.actor, input, ctx.now())),
  retry: staffProcedure("message.manage")
    .input(ZConsultationRef)
    .mutation(({ ctx, input }) => retryFailed(ctx.db, ctx.actor, input, ctx.now())),
});
