-- AlterTable
ALTER TABLE "DecisionRecord" ADD COLUMN     "contentSha256" TEXT,
ADD COLUMN     "meetingId" TEXT,
ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "recipients" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AddForeignKey
ALTER TABLE "DecisionRecord" ADD CONSTRAINT "DecisionRecord_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MeetingRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: a finalised record and any audit event can never change or disappear through the
-- application's database role; the check lives in the database so no code path can forget it.
CREATE FUNCTION "refuse_finalised_record_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."finalisedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'decision record % is finalised and cannot be changed', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "DecisionRecord_finalised_immutable"
  BEFORE UPDATE OR DELETE ON "DecisionRecord"
  FOR EACH ROW EXECUTE FUNCTION "refuse_finalised_record_change"();

CREATE FUNCTION "refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit event % is append-only', OLD.id USING ERRCODE = 'P0001';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "refuse_audit_change"();
