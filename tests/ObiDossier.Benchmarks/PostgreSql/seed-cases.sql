-- Cases 1..:cases exactly as CaseRows (C#) defines them: md5 ids, two cases per creation time,
-- every tenth case in AnonymisationReview. Bulk, in one statement, not through the API.
INSERT INTO "Cases" ("Id", "Reference", "WorkflowName", "WorkflowVersion", "State", "Title", "Narrative", "CountryOfOrigin",
    "PeriodFrom", "PeriodTo", "SuspectedCrimes", "PositionHeld", "SummaryFindings", "AuthorId", "OwnerOrganisation", "SubmittedById",
    "CreatedAt", "UpdatedAt", "Version")
SELECT md5('obidossier-bench-case-' || n)::uuid, '1F-B-' || lpad(n::text, 8, '0'), '1f-case', 1,
    CASE WHEN n % 10 = 0 THEN 'AnonymisationReview'
         ELSE (ARRAY['Draft', 'Queued', 'OnAgenda', 'NoInterest', 'Closed', 'Released', 'InterestFlagged'])[n % 7 + 1] END,
    'Benchmark case ' || n, 'A benchmark narrative without personal data.', 'Afghanistan', '1985-01', '1992-12', '["1F(a)"]', NULL, '[]',
    'bench-author', 'IND', 'bench-author',
    timestamptz '2021-01-01 00:00:00+00' + (n / 2) * interval '240 seconds',
    timestamptz '2021-01-01 00:00:00+00' + (n / 2) * interval '240 seconds', 1
FROM generate_series(1, :cases) AS n;
VACUUM ANALYZE "Cases";
