/*
  Warnings:

  - Changed the type of `place` on the `DisclosurePosting` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- CreateEnum
CREATE TYPE "DisclosurePlace" AS ENUM ('COMMUNE_OFFICE', 'CULTURAL_HOUSE', 'LOUDSPEAKER', 'PORTAL', 'SOCIAL_GROUP', 'HOUSEHOLD_NOTICE');

-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "ruleRequested" JSONB,
ADD COLUMN     "ruleUnitInclusive" BOOLEAN,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "DisclosurePosting" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "neighbourhoodId" TEXT,
ADD COLUMN     "photoDocumentId" TEXT,
DROP COLUMN "place",
ADD COLUMN     "place" "DisclosurePlace" NOT NULL;

-- AlterTable
ALTER TABLE "RollEntry" ADD COLUMN     "addedById" TEXT,
ADD COLUMN     "addedReason" TEXT,
ADD COLUMN     "removedById" TEXT;

-- AddForeignKey
ALTER TABLE "DisclosurePosting" ADD CONSTRAINT "DisclosurePosting_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosurePosting" ADD CONSTRAINT "DisclosurePosting_photoDocumentId_fkey" FOREIGN KEY ("photoDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;
