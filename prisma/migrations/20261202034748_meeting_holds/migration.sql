-- AlterTable
ALTER TABLE "RollEntry" ADD COLUMN     "heldByMeetingId" TEXT;

-- AddForeignKey
ALTER TABLE "RollEntry" ADD CONSTRAINT "RollEntry_heldByMeetingId_fkey" FOREIGN KEY ("heldByMeetingId") REFERENCES "MeetingRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Households already on a meeting's attendance list are held by it (the latest meeting if several).
UPDATE "RollEntry" e SET "heldByMeetingId" = (
  SELECT a."meetingId" FROM "MeetingAttendance" a JOIN "MeetingRecord" m ON m.id = a."meetingId"
   WHERE m."consultationId" = e."consultationId" AND a."householdId" = e."householdId"
   ORDER BY m."heldAt" DESC LIMIT 1)
WHERE EXISTS (
  SELECT 1 FROM "MeetingAttendance" a JOIN "MeetingRecord" m ON m.id = a."meetingId"
   WHERE m."consultationId" = e."consultationId" AND a."householdId" = e."householdId");
