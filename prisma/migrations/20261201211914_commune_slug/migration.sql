-- A commune's slug names it in every public and resident address (/{slug}/…). Communes that exist
-- before this migration get their code, lower-cased, as a slug; an administrator can rename it.

-- AlterEnum
ALTER TYPE "LoginKind" ADD VALUE 'SETUP';

-- AlterTable
ALTER TABLE "Commune" ADD COLUMN "slug" TEXT;
UPDATE "Commune" SET "slug" = lower(regexp_replace("code", '[^A-Za-z0-9]+', '-', 'g'));
ALTER TABLE "Commune" ALTER COLUMN "slug" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Commune_slug_key" ON "Commune"("slug");
