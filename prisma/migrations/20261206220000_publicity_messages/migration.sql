-- Publicity materials, postings that must come down, and messages to households (docs/LAW.md#r17).

-- CreateEnum
CREATE TYPE "PublicityMaterial" AS ENUM ('NOTICE', 'NOTICE_LARGE', 'LOUDSPEAKER_SHORT', 'LOUDSPEAKER_FULL', 'MESSAGE', 'MESSAGE_UNACCENTED', 'OTHER');
CREATE TYPE "ContactConsent" AS ENUM ('UNKNOWN', 'GIVEN', 'OPTED_OUT');
CREATE TYPE "MessageKind" AS ENUM ('INVITATION', 'REMINDER', 'RESULTS');
CREATE TYPE "MessageTransport" AS ENUM ('EMAIL', 'SMS', 'PRINT');
CREATE TYPE "MessageStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'LISTED');

-- AlterTable
ALTER TABLE "Household" ADD COLUMN "email" TEXT,
ADD COLUMN "contactConsent" "ContactConsent" NOT NULL DEFAULT 'UNKNOWN';

-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN "meetingPlace" TEXT NOT NULL DEFAULT '',
ADD COLUMN "reminderDays" INTEGER,
ADD COLUMN "invitationsQueuedAt" TIMESTAMP(3),
ADD COLUMN "remindersQueuedAt" TIMESTAMP(3),
ADD COLUMN "resultsQueuedAt" TIMESTAMP(3),
ADD COLUMN "noticeRevision" INTEGER NOT NULL DEFAULT 1,
ADD CONSTRAINT "Consultation_reminderDays_check" CHECK ("reminderDays" IS NULL OR "reminderDays" BETWEEN 1 AND 30);

-- AlterTable
ALTER TABLE "DisclosurePosting" ADD COLUMN "material" "PublicityMaterial",
ADD COLUMN "noticeRevision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "takenDownAt" TIMESTAMP(3),
ADD COLUMN "takenDownById" TEXT,
ADD COLUMN "takenDownNote" TEXT;

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "kind" "MessageKind" NOT NULL,
    "transport" "MessageTransport" NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "status" "MessageStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "providerRef" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_consultationId_householdId_kind_key" ON "OutboxMessage"("consultationId", "householdId", "kind");
CREATE INDEX "OutboxMessage_transport_status_nextAttemptAt_idx" ON "OutboxMessage"("transport", "status", "nextAttemptAt");
CREATE INDEX "OutboxMessage_transport_sentAt_idx" ON "OutboxMessage"("transport", "sentAt");
CREATE INDEX "OutboxMessage_consultationId_kind_status_idx" ON "OutboxMessage"("consultationId", "kind", "status");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
