-- Province staff: a StaffUser belongs to a commune or, with a province role, to a province.

-- AlterEnum

ALTER TYPE "StaffRole" ADD VALUE 'PROVINCE_ADMIN';
ALTER TYPE "StaffRole" ADD VALUE 'PROVINCE_LEADER';
ALTER TYPE "StaffRole" ADD VALUE 'PROVINCE_OVERSIGHT';

-- DropForeignKey
ALTER TABLE "StaffUser" DROP CONSTRAINT "StaffUser_communeId_fkey";

-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "provinceId" TEXT,
ALTER COLUMN "communeId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "StaffUser_provinceId_idx" ON "StaffUser"("provinceId");

-- AddForeignKey
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Exactly one of commune and province, and province roles exactly for province staff. The role is
-- compared as text: enum values added in this same transaction cannot be named yet.
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_scope_check" CHECK (
  ("communeId" IS NULL) <> ("provinceId" IS NULL)
  AND ("provinceId" IS NOT NULL) = (role::text LIKE 'PROVINCE\_%')
);
