-- CreateTable
CREATE TABLE "TallyDelta" (
    "id" BIGSERIAL NOT NULL,
    "consultationId" TEXT NOT NULL,
    "neighbourhoodId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "TallyDelta_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TallyDelta_consultationId_idx" ON "TallyDelta"("consultationId");

-- CreateIndex
CREATE INDEX "Response_consultationId_householdId_idx" ON "Response"("consultationId", "householdId");

-- Written by hand: the triggers that keep the running sums. A household counts in a neighbourhood
-- while its roll entry there is active (removedAt IS NULL): "roll" +1. Its response counts while it
-- is not voided and the household counts: "ch:<channel>" +1, and each choice of its answers: the
-- option id +1. Every change appends the difference. Inserts are handled per statement (transition
-- tables), so freezing a roll of a million households appends one row per neighbourhood. Deletes are
-- handled per row BEFORE the row goes, while what it counted is still visible (a cascade removes
-- children after their parent).

-- What (consultation, household, neighbourhood, sign) rows count: roll, channels and choices.
CREATE FUNCTION "tally_roll_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT n."consultationId", n."neighbourhoodId", 'roll', count(*)::int FROM new_rows n WHERE n."removedAt" IS NULL GROUP BY 1, 2;
  -- Responses already there for households now on the roll: none when the roll is frozen at the
  -- opening (a million rows at once), so that case never runs the joins below.
  IF EXISTS (SELECT 1 FROM "Response" r WHERE r."consultationId" IN (SELECT DISTINCT "consultationId" FROM new_rows)) THEN
    INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
    SELECT c, nb, k, count(*)::int FROM (
      SELECT n."consultationId" AS c, n."neighbourhoodId" AS nb, 'ch:' || r.channel AS k FROM new_rows n
        JOIN "Response" r ON r."consultationId" = n."consultationId" AND r."householdId" = n."householdId" AND r."voidedAt" IS NULL
       WHERE n."removedAt" IS NULL
      UNION ALL
      SELECT n."consultationId", n."neighbourhoodId", ac."optionId" FROM new_rows n
        JOIN "Response" r ON r."consultationId" = n."consultationId" AND r."householdId" = n."householdId" AND r."voidedAt" IS NULL
        JOIN "Answer" a ON a."responseId" = r.id JOIN "AnswerChoice" ac ON ac."answerId" = a.id
       WHERE n."removedAt" IS NULL
    ) x GROUP BY c, nb, k;
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "tally_roll_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH changed AS (
    SELECT o."consultationId" AS oc, o."householdId" AS oh, o."neighbourhoodId" AS onb, o."removedAt" IS NULL AS o_on,
           n."consultationId" AS nc, n."householdId" AS nh, n."neighbourhoodId" AS nnb, n."removedAt" IS NULL AS n_on
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o."removedAt" IS NULL) <> (n."removedAt" IS NULL) OR o."neighbourhoodId" <> n."neighbourhoodId"
        OR o."householdId" <> n."householdId" OR o."consultationId" <> n."consultationId"
  ), sides AS (
    SELECT oc AS c, oh AS h, onb AS nb, -1 AS s FROM changed WHERE o_on
    UNION ALL
    SELECT nc, nh, nnb, 1 FROM changed WHERE n_on
  )
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT c, nb, k, sum(s)::int FROM (
    SELECT c, nb, 'roll' AS k, s FROM sides
    UNION ALL
    SELECT sd.c, sd.nb, 'ch:' || r.channel, sd.s FROM sides sd
      JOIN "Response" r ON r."consultationId" = sd.c AND r."householdId" = sd.h AND r."voidedAt" IS NULL
    UNION ALL
    SELECT sd.c, sd.nb, ac."optionId", sd.s FROM sides sd
      JOIN "Response" r ON r."consultationId" = sd.c AND r."householdId" = sd.h AND r."voidedAt" IS NULL
      JOIN "Answer" a ON a."responseId" = r.id JOIN "AnswerChoice" ac ON ac."answerId" = a.id
  ) x GROUP BY c, nb, k HAVING sum(s) <> 0;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "tally_roll_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."removedAt" IS NULL THEN
    INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
    SELECT OLD."consultationId", OLD."neighbourhoodId", k, -count(*)::int FROM (
      SELECT 'roll' AS k
      UNION ALL
      SELECT 'ch:' || r.channel FROM "Response" r
       WHERE r."consultationId" = OLD."consultationId" AND r."householdId" = OLD."householdId" AND r."voidedAt" IS NULL
      UNION ALL
      SELECT ac."optionId" FROM "Response" r JOIN "Answer" a ON a."responseId" = r.id JOIN "AnswerChoice" ac ON ac."answerId" = a.id
       WHERE r."consultationId" = OLD."consultationId" AND r."householdId" = OLD."householdId" AND r."voidedAt" IS NULL
    ) x GROUP BY k;
  END IF;
  RETURN OLD;
END;
$$;

CREATE FUNCTION "tally_response_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Choices come in their own rows (tally_choice_insert), after the response.
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT r."consultationId", e."neighbourhoodId", 'ch:' || r.channel, count(*)::int FROM new_rows r
    JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
   WHERE r."voidedAt" IS NULL
   GROUP BY 1, 2, 3;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "tally_response_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH changed AS (
    SELECT o.id AS oid, o."consultationId" AS oc, o."householdId" AS oh, o.channel::text AS och, o."voidedAt" IS NULL AS o_live,
           n.id AS nid, n."consultationId" AS nc, n."householdId" AS nh, n.channel::text AS nch, n."voidedAt" IS NULL AS n_live
      FROM old_rows o JOIN new_rows n ON n.id = o.id
     WHERE (o."voidedAt" IS NULL) <> (n."voidedAt" IS NULL) OR o.channel <> n.channel
        OR o."householdId" <> n."householdId" OR o."consultationId" <> n."consultationId"
  ), sides AS (
    SELECT oid AS id, oc AS c, oh AS h, och AS ch, -1 AS s FROM changed WHERE o_live
    UNION ALL
    SELECT nid, nc, nh, nch, 1 FROM changed WHERE n_live
  )
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT c, nb, k, sum(s)::int FROM (
    SELECT sd.c, e."neighbourhoodId" AS nb, 'ch:' || sd.ch AS k, sd.s FROM sides sd
      JOIN "RollEntry" e ON e."consultationId" = sd.c AND e."householdId" = sd.h AND e."removedAt" IS NULL
    UNION ALL
    SELECT sd.c, e."neighbourhoodId", ac."optionId", sd.s FROM sides sd
      JOIN "RollEntry" e ON e."consultationId" = sd.c AND e."householdId" = sd.h AND e."removedAt" IS NULL
      JOIN "Answer" a ON a."responseId" = sd.id JOIN "AnswerChoice" ac ON ac."answerId" = a.id
  ) x GROUP BY c, nb, k HAVING sum(s) <> 0;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "tally_response_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."voidedAt" IS NULL THEN
    INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
    SELECT OLD."consultationId", e."neighbourhoodId", x.k, -count(*)::int
      FROM "RollEntry" e, (
        SELECT 'ch:' || OLD.channel AS k
        UNION ALL
        SELECT ac."optionId" FROM "Answer" a JOIN "AnswerChoice" ac ON ac."answerId" = a.id WHERE a."responseId" = OLD.id
      ) x
     WHERE e."consultationId" = OLD."consultationId" AND e."householdId" = OLD."householdId" AND e."removedAt" IS NULL
     GROUP BY e."neighbourhoodId", x.k;
  END IF;
  RETURN OLD;
END;
$$;

CREATE FUNCTION "tally_answer_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Its choices go with it (cascade), when this answer can no longer be joined: count them out now.
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT r."consultationId", e."neighbourhoodId", ac."optionId", -count(*)::int
    FROM "AnswerChoice" ac
    JOIN "Response" r ON r.id = OLD."responseId" AND r."voidedAt" IS NULL
    JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
   WHERE ac."answerId" = OLD.id
   GROUP BY 1, 2, 3;
  RETURN OLD;
END;
$$;

-- Choices removed with their answer were counted out by tally_answer_delete: the join below finds
-- no answer for them any more.
CREATE FUNCTION "tally_choice_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT r."consultationId", e."neighbourhoodId", x."optionId", sum(x.s)::int FROM (
    SELECT "answerId", "optionId", 1 AS s FROM new_rows
  ) x
    JOIN "Answer" a ON a.id = x."answerId"
    JOIN "Response" r ON r.id = a."responseId" AND r."voidedAt" IS NULL
    JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
   GROUP BY 1, 2, 3 HAVING sum(x.s) <> 0;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "tally_choice_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT r."consultationId", e."neighbourhoodId", x."optionId", sum(x.s)::int FROM (
    SELECT "answerId", "optionId", -1 AS s FROM old_rows
  ) x
    JOIN "Answer" a ON a.id = x."answerId"
    JOIN "Response" r ON r.id = a."responseId" AND r."voidedAt" IS NULL
    JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
   GROUP BY 1, 2, 3 HAVING sum(x.s) <> 0;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "tally_choice_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT r."consultationId", e."neighbourhoodId", x."optionId", sum(x.s)::int FROM (
    SELECT "answerId", "optionId", 1 AS s FROM new_rows
    UNION ALL
    SELECT "answerId", "optionId", -1 FROM old_rows
  ) x
    JOIN "Answer" a ON a.id = x."answerId"
    JOIN "Response" r ON r.id = a."responseId" AND r."voidedAt" IS NULL
    JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
   GROUP BY 1, 2, 3 HAVING sum(x.s) <> 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "RollEntry_tally_insert" AFTER INSERT ON "RollEntry" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_roll_insert"();
CREATE TRIGGER "RollEntry_tally_update" AFTER UPDATE ON "RollEntry" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_roll_update"();
CREATE TRIGGER "RollEntry_tally_delete" BEFORE DELETE ON "RollEntry" FOR EACH ROW EXECUTE FUNCTION "tally_roll_delete"();
CREATE TRIGGER "Response_tally_insert" AFTER INSERT ON "Response" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_response_insert"();
CREATE TRIGGER "Response_tally_update" AFTER UPDATE ON "Response" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_response_update"();
CREATE TRIGGER "Response_tally_delete" BEFORE DELETE ON "Response" FOR EACH ROW EXECUTE FUNCTION "tally_response_delete"();
CREATE TRIGGER "Answer_tally_delete" BEFORE DELETE ON "Answer" FOR EACH ROW EXECUTE FUNCTION "tally_answer_delete"();
CREATE TRIGGER "AnswerChoice_tally_insert" AFTER INSERT ON "AnswerChoice" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_choice_insert"();
CREATE TRIGGER "AnswerChoice_tally_update" AFTER UPDATE ON "AnswerChoice" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_choice_update"();
CREATE TRIGGER "AnswerChoice_tally_delete" AFTER DELETE ON "AnswerChoice" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_choice_delete"();

-- What is already there.
INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
SELECT "consultationId", "neighbourhoodId", 'roll', count(*)::int FROM "RollEntry" WHERE "removedAt" IS NULL GROUP BY 1, 2;
INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
SELECT r."consultationId", e."neighbourhoodId", 'ch:' || r.channel, count(*)::int FROM "Response" r
  JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
 WHERE r."voidedAt" IS NULL GROUP BY 1, 2, 3;
INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
SELECT r."consultationId", e."neighbourhoodId", ac."optionId", count(*)::int FROM "AnswerChoice" ac
  JOIN "Answer" a ON a.id = ac."answerId" JOIN "Response" r ON r.id = a."responseId"
  JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
 WHERE r."voidedAt" IS NULL GROUP BY 1, 2, 3;
