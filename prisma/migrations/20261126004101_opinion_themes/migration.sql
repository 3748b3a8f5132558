/*
  Warnings:

  - A unique constraint covering the columns `[answerId]` on the table `ThemeComment` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "ThemeComment_answerId_idx";

-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "resultsPublishedById" TEXT;

-- AlterTable
ALTER TABLE "OpinionTheme" ADD COLUMN     "mergedAt" TIMESTAMP(3),
ADD COLUMN     "respondedAt" TIMESTAMP(3),
ADD COLUMN     "respondedById" TEXT;

-- CreateTable
CREATE TABLE "ThemeSuggestion" (
    "themeId" TEXT NOT NULL,
    "suggestionId" TEXT NOT NULL,

    CONSTRAINT "ThemeSuggestion_pkey" PRIMARY KEY ("themeId","suggestionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ThemeSuggestion_suggestionId_key" ON "ThemeSuggestion"("suggestionId");

-- CreateIndex
CREATE UNIQUE INDEX "ThemeComment_answerId_key" ON "ThemeComment"("answerId");

-- AddForeignKey
ALTER TABLE "ThemeSuggestion" ADD CONSTRAINT "ThemeSuggestion_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "OpinionTheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeSuggestion" ADD CONSTRAINT "ThemeSuggestion_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "SuggestionOpinion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
