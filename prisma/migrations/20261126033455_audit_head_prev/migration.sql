-- AlterTable
ALTER TABLE "AuditHead" ADD COLUMN     "prevHash" TEXT;
