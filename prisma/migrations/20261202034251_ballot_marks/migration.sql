-- CreateEnum
CREATE TYPE "BallotMark" AS ENUM ('BLANK', 'INVALID');

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "ballotMark" "BallotMark";

-- CreateIndex
CREATE INDEX "Response_consultationId_ballotMark_idx" ON "Response"("consultationId", "ballotMark");
