-- The transition's write shape as a plain transaction: the case row update, one history row,
-- one audit row (hash stand-in: the host computes it in C# before the insert). pgbench -D cases=N.
\set n random(1, :cases)
BEGIN;
UPDATE "Cases" SET "State" = 'Draft', "UpdatedAt" = now(), "Version" = "Version" + 1
 WHERE "Id" = md5('obidossier-bench-case-' || :n)::uuid;
INSERT INTO "CaseTransitions" ("CaseId", "From", "Trigger", "To", "ActorId", "ActorRole", "ActorOrganisation", "ActorName", "At", "Motivation", "SessionId")
VALUES (md5('obidossier-bench-case-' || :n)::uuid, 'AnonymisationReview', 'reject-anonymisation', 'Draft', 'bench-officer', 'ind-officer', 'IND',
        'bench-officer', now(), 'Benchmark: not anonymous enough.', NULL);
INSERT INTO "AuditEntries" ("At", "ActorId", "ActorRole", "ActorOrganisation", "ActorDisplayName", "Action", "EntityType", "EntityId", "CaseId",
    "Outcome", "StatusCode", "Reasons", "LegalBasisCode", "Motivation", "ChangedFields", "TraceId", "EntryHash")
VALUES (now(), 'bench-officer', 'ind-officer', 'IND', 'bench-officer', 'case.trigger.reject-anonymisation', 'case',
        md5('obidossier-bench-case-' || :n)::uuid::text, md5('obidossier-bench-case-' || :n)::uuid, 'succeeded', 200, NULL, NULL,
        'Benchmark: not anonymous enough.', '["state"]', md5(random()::text), sha256(random()::text::bytea));
END;
