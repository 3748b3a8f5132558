/*
  Warnings:

  - Added the required column `deliveredFrom` to the `BallotRound` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "BallotRound" ADD COLUMN     "deliveredFrom" TIMESTAMP(3) NOT NULL;

-- CreateTable
CREATE TABLE "SuggestionOpinion" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "neighbourhoodId" TEXT,
    "text" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SuggestionOpinion_consultationId_idx" ON "SuggestionOpinion"("consultationId");

-- AddForeignKey
ALTER TABLE "SuggestionOpinion" ADD CONSTRAINT "SuggestionOpinion_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionOpinion" ADD CONSTRAINT "SuggestionOpinion_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;
