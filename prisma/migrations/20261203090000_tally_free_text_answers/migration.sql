-- Written by hand: the running sums also count, per question, the answers that carry text under the
-- key "q:<questionId>", so the tally says how many households answered each free-text question
-- without scanning the answers of a million-household roll. An answer counts while its response
-- counts (not voided, household on the roll) and its text is not blank — the same definition as
-- scanCounts in src/server/tallies/compute.ts. The functions of migration tally_deltas are replaced
-- with the same statements plus that key; answers get their own insert and update triggers (their
-- text is written with the answer, after the response).

CREATE OR REPLACE FUNCTION "tally_roll_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
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
      UNION ALL
      SELECT n."consultationId", n."neighbourhoodId", 'q:' || a."questionId" FROM new_rows n
        JOIN "Response" r ON r."consultationId" = n."consultationId" AND r."householdId" = n."householdId" AND r."voidedAt" IS NULL
        JOIN "Answer" a ON a."responseId" = r.id AND btrim(a.text) <> ''
       WHERE n."removedAt" IS NULL
    ) x GROUP BY c, nb, k;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "tally_roll_update"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    UNION ALL
    SELECT sd.c, sd.nb, 'q:' || a."questionId", sd.s FROM sides sd
      JOIN "Response" r ON r."consultationId" = sd.c AND r."householdId" = sd.h AND r."voidedAt" IS NULL
      JOIN "Answer" a ON a."responseId" = r.id AND btrim(a.text) <> ''
  ) x GROUP BY c, nb, k HAVING sum(s) <> 0;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "tally_roll_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
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
      UNION ALL
      SELECT 'q:' || a."questionId" FROM "Response" r JOIN "Answer" a ON a."responseId" = r.id AND btrim(a.text) <> ''
       WHERE r."consultationId" = OLD."consultationId" AND r."householdId" = OLD."householdId" AND r."voidedAt" IS NULL
    ) x GROUP BY k;
  END IF;
  RETURN OLD;
END;
$$;

CREATE OR REPLACE FUNCTION "tally_response_update"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    UNION ALL
    SELECT sd.c, e."neighbourhoodId", 'q:' || a."questionId", sd.s FROM sides sd
      JOIN "RollEntry" e ON e."consultationId" = sd.c AND e."householdId" = sd.h AND e."removedAt" IS NULL
      JOIN "Answer" a ON a."responseId" = sd.id AND btrim(a.text) <> ''
  ) x GROUP BY c, nb, k HAVING sum(s) <> 0;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "tally_response_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."voidedAt" IS NULL THEN
    INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
    SELECT OLD."consultationId", e."neighbourhoodId", x.k, -count(*)::int
      FROM "RollEntry" e, (
        SELECT 'ch:' || OLD.channel AS k
        UNION ALL
        SELECT ac."optionId" FROM "Answer" a JOIN "AnswerChoice" ac ON ac."answerId" = a.id WHERE a."responseId" = OLD.id
        UNION ALL
        SELECT 'q:' || a."questionId" FROM "Answer" a WHERE a."responseId" = OLD.id AND btrim(a.text) <> ''
      ) x
     WHERE e."consultationId" = OLD."consultationId" AND e."householdId" = OLD."householdId" AND e."removedAt" IS NULL
     GROUP BY e."neighbourhoodId", x.k;
  END IF;
  RETURN OLD;
END;
$$;

CREATE OR REPLACE FUNCTION "tally_answer_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Its choices go with it (cascade), when this answer can no longer be joined: count them out now,
  -- with its text. Removed with its response, the response is gone already and nothing is counted
  -- twice (tally_response_delete counted it out).
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT r."consultationId", e."neighbourhoodId", x.k, -count(*)::int
    FROM (
      SELECT ac."optionId" AS k FROM "AnswerChoice" ac WHERE ac."answerId" = OLD.id
      UNION ALL
      SELECT 'q:' || OLD."questionId" WHERE btrim(OLD.text) <> ''
    ) x
    JOIN "Response" r ON r.id = OLD."responseId" AND r."voidedAt" IS NULL
    JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
   GROUP BY 1, 2, 3;
  RETURN OLD;
END;
$$;

CREATE FUNCTION "tally_answer_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT r."consultationId", e."neighbourhoodId", 'q:' || a."questionId", count(*)::int FROM new_rows a
    JOIN "Response" r ON r.id = a."responseId" AND r."voidedAt" IS NULL
    JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
   WHERE btrim(a.text) <> ''
   GROUP BY 1, 2, 3;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "tally_answer_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
  SELECT r."consultationId", e."neighbourhoodId", 'q:' || x.q, sum(x.s)::int FROM (
    SELECT "responseId" AS rid, "questionId" AS q, 1 AS s FROM new_rows WHERE btrim(text) <> ''
    UNION ALL
    SELECT "responseId", "questionId", -1 FROM old_rows WHERE btrim(text) <> ''
  ) x
    JOIN "Response" r ON r.id = x.rid AND r."voidedAt" IS NULL
    JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
   GROUP BY 1, 2, 3 HAVING sum(x.s) <> 0;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Answer_tally_insert" AFTER INSERT ON "Answer" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_answer_insert"();
CREATE TRIGGER "Answer_tally_update" AFTER UPDATE ON "Answer" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "tally_answer_update"();

-- What is already there.
INSERT INTO "TallyDelta" ("consultationId", "neighbourhoodId", "key", "delta")
SELECT r."consultationId", e."neighbourhoodId", 'q:' || a."questionId", count(*)::int FROM "Answer" a
  JOIN "Response" r ON r.id = a."responseId"
  JOIN "RollEntry" e ON e."consultationId" = r."consultationId" AND e."householdId" = r."householdId" AND e."removedAt" IS NULL
 WHERE r."voidedAt" IS NULL AND btrim(a.text) <> '' GROUP BY 1, 2, 3;
