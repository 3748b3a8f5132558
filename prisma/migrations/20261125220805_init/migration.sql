-- CreateEnum
CREATE TYPE "CommuneKind" AS ENUM ('COMMUNE', 'WARD', 'SPECIAL_ZONE', 'TOWNSHIP');

-- CreateEnum
CREATE TYPE "NeighbourhoodKind" AS ENUM ('VILLAGE', 'RESIDENTIAL_GROUP');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('NEIGHBOURHOOD_HEAD', 'OFFICIAL', 'LEADER', 'OVERSIGHT', 'ADMIN');

-- CreateEnum
CREATE TYPE "Matter" AS ENUM ('PUBLIC_WORKS_CONTRIBUTION', 'FUND_MANAGEMENT', 'VILLAGE_CONVENTION', 'OTHER_SELF_MANAGEMENT', 'PROJECT_INVESTMENT_POLICY', 'ZONING_PLAN', 'COMPENSATION_PLAN', 'ADMINISTRATIVE_UNIT_CHANGE', 'OTHER_OPINION');

-- CreateEnum
CREATE TYPE "ConsultationMode" AS ENUM ('DECISION', 'OPINION');

-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'OPEN', 'CLOSED', 'TALLIED', 'RECORDED', 'RESULTS_PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('ONLINE', 'PAPER_BALLOT', 'MEETING', 'WRITTEN', 'SUGGESTION_BOX');

-- CreateEnum
CREATE TYPE "OutcomeAggregation" AS ENUM ('PER_NEIGHBOURHOOD', 'SHARE_OF_NEIGHBOURHOODS', 'WHOLE_AREA');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('APPROVAL', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'FREE_TEXT');

-- CreateEnum
CREATE TYPE "MeetingVoteMode" AS ENUM ('SHOW_OF_HANDS', 'SECRET_BALLOT');

-- CreateEnum
CREATE TYPE "ThemeResponseKind" AS ENUM ('TAKEN_UP', 'EXPLAINED', 'FORWARDED');

-- CreateEnum
CREATE TYPE "RecordKind" AS ENUM ('COUNT_RECORD', 'MEETING_MINUTES', 'SUMMARY_REPORT', 'RESULTS_NOTICE');

-- CreateEnum
CREATE TYPE "LoginKind" AS ENUM ('STAFF', 'HOUSEHOLD');

-- CreateTable
CREATE TABLE "Province" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commune" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CommuneKind" NOT NULL,
    "address" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Commune_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Neighbourhood" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "NeighbourhoodKind" NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mergedIntoId" TEXT,
    "validFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validTo" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Neighbourhood_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeighbourhoodName" (
    "id" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),

    CONSTRAINT "NeighbourhoodName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "headName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 1,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "title" TEXT,
    "role" "StaffRole" NOT NULL,
    "neighbourhoodId" TEXT,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HouseholdCredential" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "activeHouseholdId" TEXT,
    "pinHash" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" TEXT,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "HouseholdCredential_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "matter" "Matter" NOT NULL,
    "mode" "ConsultationMode" NOT NULL,
    "status" "ConsultationStatus" NOT NULL DEFAULT 'DRAFT',
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "channels" "Channel"[],
    "ruleNumerator" INTEGER,
    "ruleDenominator" INTEGER,
    "ruleInclusive" BOOLEAN,
    "ruleAggregation" "OutcomeAggregation",
    "ruleUnitNumerator" INTEGER,
    "ruleUnitDenominator" INTEGER,
    "needsRecognition" BOOLEAN NOT NULL DEFAULT false,
    "publishAt" TIMESTAMP(3),
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "meetingAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "resultsPublishedAt" TIMESTAMP(3),
    "finalTally" JSONB,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationArea" (
    "consultationId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "neighbourhoodName" TEXT NOT NULL,

    CONSTRAINT "ConsultationArea_pkey" PRIMARY KEY ("consultationId","neighbourhoodId")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "allowComment" BOOLEAN NOT NULL DEFAULT true,
    "required" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionOption" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT,
    "label" TEXT NOT NULL,

    CONSTRAINT "QuestionOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "consultationId" TEXT,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA,
    "storagePath" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollEntry" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "householdCode" TEXT NOT NULL,
    "headName" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),
    "removedReason" TEXT,

    CONSTRAINT "RollEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "effectiveHouseholdId" TEXT,
    "receiptCode" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "secretBallot" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT,
    "meetingId" TEXT,
    "ballotRoundId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "voidedAt" TIMESTAMP(3),
    "voidedById" TEXT,
    "voidReason" TEXT,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseRevision" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponseRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "text" TEXT,
    "comment" TEXT,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnswerChoice" (
    "answerId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,

    CONSTRAINT "AnswerChoice_pkey" PRIMARY KEY ("answerId","optionId")
);

-- CreateTable
CREATE TABLE "MeetingRecord" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "heldAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT NOT NULL,
    "chairName" TEXT NOT NULL,
    "secretaryName" TEXT NOT NULL,
    "voteMode" "MeetingVoteMode" NOT NULL,
    "committee" TEXT[],
    "witnesses" TEXT[],
    "ballotsIssued" INTEGER,
    "ballotsReturned" INTEGER,
    "ballotsValid" INTEGER,
    "ballotsInvalid" INTEGER,
    "minutesDocumentId" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "meetingId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("meetingId","householdId")
);

-- CreateTable
CREATE TABLE "MeetingCount" (
    "meetingId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "MeetingCount_pkey" PRIMARY KEY ("meetingId","optionId")
);

-- CreateTable
CREATE TABLE "BallotRound" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "team" TEXT[],
    "witnesses" TEXT[],
    "announcedAt" TIMESTAMP(3) NOT NULL,
    "collectBy" TIMESTAMP(3) NOT NULL,
    "countedAt" TIMESTAMP(3),
    "ballotsIssued" INTEGER,
    "ballotsReturned" INTEGER,
    "ballotsValid" INTEGER,
    "ballotsInvalid" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BallotRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OpinionTheme" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "responseKind" "ThemeResponseKind",
    "responseText" TEXT,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "mergedIntoId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpinionTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeComment" (
    "themeId" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,

    CONSTRAINT "ThemeComment_pkey" PRIMARY KEY ("themeId","answerId")
);

-- CreateTable
CREATE TABLE "DisclosurePosting" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3) NOT NULL,
    "validUntil" TIMESTAMP(3),
    "postedById" TEXT,
    "note" TEXT,

    CONSTRAINT "DisclosurePosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionRecord" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "consultationId" TEXT,
    "neighbourhoodId" TEXT,
    "kind" "RecordKind" NOT NULL,
    "docType" TEXT NOT NULL,
    "year" INTEGER,
    "number" INTEGER,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "pdf" BYTEA,
    "sha256" TEXT,
    "finalisedById" TEXT,
    "finalisedAt" TIMESTAMP(3),
    "amendsId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecordCounter" (
    "communeId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "docType" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "RecordCounter_pkey" PRIMARY KEY ("communeId","year","docType")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "communeId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditHead" (
    "communeId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditHead_pkey" PRIMARY KEY ("communeId")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "kind" "LoginKind" NOT NULL,
    "accountKey" TEXT NOT NULL,
    "clientAddress" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Commune_code_key" ON "Commune"("code");

-- CreateIndex
CREATE INDEX "Neighbourhood_communeId_active_idx" ON "Neighbourhood"("communeId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Neighbourhood_communeId_code_key" ON "Neighbourhood"("communeId", "code");

-- CreateIndex
CREATE INDEX "NeighbourhoodName_neighbourhoodId_validFrom_idx" ON "NeighbourhoodName"("neighbourhoodId", "validFrom");

-- CreateIndex
CREATE INDEX "Household_neighbourhoodId_active_idx" ON "Household"("neighbourhoodId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Household_communeId_code_key" ON "Household"("communeId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_username_key" ON "StaffUser"("username");

-- CreateIndex
CREATE INDEX "StaffUser_communeId_role_idx" ON "StaffUser"("communeId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "HouseholdCredential_activeHouseholdId_key" ON "HouseholdCredential"("activeHouseholdId");

-- CreateIndex
CREATE INDEX "HouseholdCredential_householdId_idx" ON "HouseholdCredential"("householdId");

-- CreateIndex
CREATE INDEX "Consultation_communeId_status_idx" ON "Consultation"("communeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Question_consultationId_position_key" ON "Question"("consultationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionOption_questionId_position_key" ON "QuestionOption"("questionId", "position");

-- CreateIndex
CREATE INDEX "Document_consultationId_idx" ON "Document"("consultationId");

-- CreateIndex
CREATE INDEX "RollEntry_consultationId_neighbourhoodId_idx" ON "RollEntry"("consultationId", "neighbourhoodId");

-- CreateIndex
CREATE UNIQUE INDEX "RollEntry_consultationId_householdId_key" ON "RollEntry"("consultationId", "householdId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_receiptCode_key" ON "Response"("receiptCode");

-- CreateIndex
CREATE INDEX "Response_consultationId_neighbourhoodId_idx" ON "Response"("consultationId", "neighbourhoodId");

-- CreateIndex
CREATE INDEX "Response_householdId_idx" ON "Response"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_consultationId_effectiveHouseholdId_key" ON "Response"("consultationId", "effectiveHouseholdId");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseRevision_responseId_revision_key" ON "ResponseRevision"("responseId", "revision");

-- CreateIndex
CREATE INDEX "Answer_questionId_idx" ON "Answer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_responseId_questionId_key" ON "Answer"("responseId", "questionId");

-- CreateIndex
CREATE INDEX "AnswerChoice_optionId_idx" ON "AnswerChoice"("optionId");

-- CreateIndex
CREATE INDEX "OpinionTheme_consultationId_idx" ON "OpinionTheme"("consultationId");

-- CreateIndex
CREATE INDEX "ThemeComment_answerId_idx" ON "ThemeComment"("answerId");

-- CreateIndex
CREATE INDEX "DisclosurePosting_consultationId_idx" ON "DisclosurePosting"("consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionRecord_sha256_key" ON "DecisionRecord"("sha256");

-- CreateIndex
CREATE INDEX "DecisionRecord_consultationId_idx" ON "DecisionRecord"("consultationId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionRecord_communeId_year_docType_number_key" ON "DecisionRecord"("communeId", "year", "docType", "number");

-- CreateIndex
CREATE INDEX "AuditEvent_communeId_entityType_entityId_idx" ON "AuditEvent"("communeId", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_communeId_createdAt_idx" ON "AuditEvent"("communeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_communeId_seq_key" ON "AuditEvent"("communeId", "seq");

-- CreateIndex
CREATE INDEX "LoginAttempt_kind_accountKey_createdAt_idx" ON "LoginAttempt"("kind", "accountKey", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_clientAddress_createdAt_idx" ON "LoginAttempt"("clientAddress", "createdAt");

-- AddForeignKey
ALTER TABLE "Commune" ADD CONSTRAINT "Commune_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Neighbourhood" ADD CONSTRAINT "Neighbourhood_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Neighbourhood" ADD CONSTRAINT "Neighbourhood_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeighbourhoodName" ADD CONSTRAINT "NeighbourhoodName_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffUser" ADD CONSTRAINT "StaffUser_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HouseholdCredential" ADD CONSTRAINT "HouseholdCredential_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationArea" ADD CONSTRAINT "ConsultationArea_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationArea" ADD CONSTRAINT "ConsultationArea_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionOption" ADD CONSTRAINT "QuestionOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollEntry" ADD CONSTRAINT "RollEntry_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollEntry" ADD CONSTRAINT "RollEntry_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollEntry" ADD CONSTRAINT "RollEntry_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MeetingRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_ballotRoundId_fkey" FOREIGN KEY ("ballotRoundId") REFERENCES "BallotRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseRevision" ADD CONSTRAINT "ResponseRevision_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerChoice" ADD CONSTRAINT "AnswerChoice_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerChoice" ADD CONSTRAINT "AnswerChoice_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "QuestionOption"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRecord" ADD CONSTRAINT "MeetingRecord_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRecord" ADD CONSTRAINT "MeetingRecord_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRecord" ADD CONSTRAINT "MeetingRecord_minutesDocumentId_fkey" FOREIGN KEY ("minutesDocumentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MeetingRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCount" ADD CONSTRAINT "MeetingCount_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "MeetingRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCount" ADD CONSTRAINT "MeetingCount_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingCount" ADD CONSTRAINT "MeetingCount_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "QuestionOption"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotRound" ADD CONSTRAINT "BallotRound_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotRound" ADD CONSTRAINT "BallotRound_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpinionTheme" ADD CONSTRAINT "OpinionTheme_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpinionTheme" ADD CONSTRAINT "OpinionTheme_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "OpinionTheme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeComment" ADD CONSTRAINT "ThemeComment_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "OpinionTheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeComment" ADD CONSTRAINT "ThemeComment_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosurePosting" ADD CONSTRAINT "DisclosurePosting_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionRecord" ADD CONSTRAINT "DecisionRecord_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionRecord" ADD CONSTRAINT "DecisionRecord_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionRecord" ADD CONSTRAINT "DecisionRecord_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionRecord" ADD CONSTRAINT "DecisionRecord_amendsId_fkey" FOREIGN KEY ("amendsId") REFERENCES "DecisionRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecordCounter" ADD CONSTRAINT "RecordCounter_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditHead" ADD CONSTRAINT "AuditHead_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Commune"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
