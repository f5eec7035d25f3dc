using ObiDossier.Infrastructure.Audit;

namespace ObiDossier.Infrastructure.Tests.Audit;

/// <summary>
/// Certificate-Transparency-style verifier tests: start from a valid trail, apply one
/// mutation an attacker with write access to the database (or the checkpoint file) could make,
/// and require the verifier to reject it and name the first broken entry.
/// </summary>
public sealed class AuditTrailMutationTests
{
    private const long T = ValidTrail.Target;

    /// <summary>Every stored column of entry 137, changed by a raw UPDATE.</summary>
    public static TheoryData<string, string> FieldFlips => new()
    {
        { "Id", "Id = Id + 100000" },
        { "Sequence", "Sequence = 100000" },
        { "At", "At = '2020-01-01 00:00:00'" },
        { "ActorId", "ActorId = ActorId || 'x'" },
        { "ActorRole", "ActorRole = 'admin'" },
        { "ActorOrganisation", "ActorOrganisation = CASE ActorOrganisation WHEN 'OM' THEN 'IND' ELSE 'OM' END" },
        { "ActorDisplayName", "ActorDisplayName = 'Someone Else'" },
        { "Action", "Action = 'case.create'" },
        { "EntityType", "EntityType = 'session'" },
        { "EntityId", "EntityId = NULL" },
        { "CaseId", "CaseId = '00000000-0000-0000-0000-000000000001'" },
        { "Outcome", "Outcome = CASE Outcome WHEN 'succeeded' THEN 'refused' ELSE 'succeeded' END" },
        { "StatusCode", "StatusCode = StatusCode + 1" },
        { "Reasons", "Reasons = '[]'" },
        { "LegalBasisCode", "LegalBasisCode = 'VW-1F-OM'" },
        { "Motivation", "Motivation = 'motivation 1370'" },
        { "ChangedFields", "ChangedFields = '[\"summary.title\"]'" },
        { "TraceId", "TraceId = '00000000000000000000000000000000'" },
        { "EntryHash", "EntryHash = randomblob(32)" },
        { "ChainHash", "ChainHash = randomblob(32)" },
        { "BlockNumber", "BlockNumber = BlockNumber + 1" },
    };

    [Theory]
    [MemberData(nameof(FieldFlips))]
    public async Task Flipping_any_stored_field_of_an_entry_is_detected(string field, string assignment)
    {
        using var fx = await ValidAsync();
        Assert.Equal(1, await fx.ExecuteAsync($"UPDATE AuditEntries SET {assignment} WHERE Sequence = {T}"));

        await AssertBrokenAtAsync(fx, T, field);
    }

    /// <summary>Entry 140 leaves its optional fields out (<see cref="AuditTrailFixture.Record"/>); NULL and '' hash differently.</summary>
    [Fact]
    public async Task An_empty_text_where_an_entry_had_none_is_detected()
    {
        using var fx = await ValidAsync();
        Assert.Equal(1, await fx.ExecuteAsync("UPDATE AuditEntries SET EntityId = '' WHERE Sequence = 140 AND EntityId IS NULL"));

        await AssertBrokenAtAsync(fx, 140, "entry hash");
    }

    [Fact]
    public async Task Deleting_an_entry_is_detected()
    {
        using var fx = await ValidAsync();
        await fx.ExecuteAsync($"DELETE FROM AuditEntries WHERE Sequence = {T}");

        await AssertBrokenAtAsync(fx, T, "missing");
    }

    [Fact]
    public async Task Duplicating_an_entry_under_the_same_sequence_is_detected()
    {
        using var fx = await ValidAsync();
        // The unique index already refuses this; an attacker drops it first.
        await fx.ExecuteAsync("DROP INDEX IX_AuditEntries_Sequence");
        await fx.ExecuteAsync($"INSERT INTO AuditEntries ({Columns}) SELECT {Columns} FROM AuditEntries WHERE Sequence = {T}");

        await AssertBrokenAtAsync(fx, T, "more than once");
    }

    [Fact]
    public async Task Duplicating_an_entry_onto_the_end_of_the_chain_is_detected()
    {
        using var fx = await ValidAsync();
        var columns = Columns.Replace("Sequence, ", "", StringComparison.Ordinal);
        await fx.ExecuteAsync($"INSERT INTO AuditEntries (Sequence, {columns}) SELECT {ValidTrail.Entries + 1}, {columns} FROM AuditEntries WHERE Sequence = {ValidTrail.Entries}");

        await AssertBrokenAtAsync(fx, ValidTrail.Entries + 1, "no block");
    }

    [Fact]
    public async Task Inserting_a_forged_entry_in_the_middle_is_detected()
    {
        using var fx = await ValidAsync();
        await Mutations.InsertForgedEntryAsync(fx, T);

        // The forger links the forged entry correctly to its predecessor, so the first link that
        // breaks is the displaced original, now one place further on.
        await AssertBrokenAtAsync(fx, T + 1, "chain hash");
    }

    [Fact]
    public async Task Swapping_two_entries_is_detected()
    {
        using var fx = await ValidAsync();
        await fx.ExecuteAsync($"UPDATE AuditEntries SET Sequence = -1 WHERE Sequence = {T}");
        await fx.ExecuteAsync($"UPDATE AuditEntries SET Sequence = {T} WHERE Sequence = {T + 3}");
        await fx.ExecuteAsync($"UPDATE AuditEntries SET Sequence = {T + 3} WHERE Sequence = -1");

        await AssertBrokenAtAsync(fx, T, "chain hash");
    }

    [Fact]
    public async Task Truncating_the_tail_with_its_block_is_detected_by_the_checkpoint()
    {
        using var fx = await ValidAsync();
        await Mutations.TruncateLastBlockAsync(fx);

        await AssertBrokenAtAsync(fx, ValidTrail.Entries - 25 + 1, "truncated");
    }

    [Fact]
    public async Task Rehashing_the_whole_trail_consistently_is_caught_by_the_signed_checkpoints()
    {
        using var fx = await ValidAsync();
        await Mutations.RewriteAndRehashAsync(fx, T);
        var checkpoints = fx.Key.CheckpointsPath;
        File.Move(checkpoints, checkpoints + ".aside");
        var withoutLog = await fx.VerifyAsync();
        Assert.False(withoutLog.Valid, "a log moved away while its key exists must not let the rewrite pass");
        Assert.Contains("checkpoint log", withoutLog.Reason, StringComparison.Ordinal);
        Assert.Contains("missing", withoutLog.Reason, StringComparison.Ordinal);
        File.Move(checkpoints + ".aside", checkpoints);

        // Without the checkpoints the rewritten chain is self-consistent; the last checkpoint that
        // still matches is the one at entry 100, so the rewrite lies after it.
        await AssertBrokenAtAsync(fx, ValidTrail.MidCheckpoint + 1, "signed checkpoint");
    }

    [Theory]
    [InlineData("\"count\":100", "\"count\":99")]
    [InlineData("\"headSequence\":100", "\"headSequence\":99")]
    [InlineData("\"headChainHash\":\"", "\"headChainHash\":\"00")]
    [InlineData("\"signature\":\"", "\"signature\":\"AA")]
    public async Task Altering_a_checkpoint_line_is_detected(string find, string replace)
    {
        using var fx = await ValidAsync();
        var lines = File.ReadAllLines(fx.Key.CheckpointsPath);
        Assert.Contains(find, lines[0], StringComparison.Ordinal);
        lines[0] = lines[0].Replace(find, replace, StringComparison.Ordinal);
        File.WriteAllLines(fx.Key.CheckpointsPath, lines);

        var result = await fx.VerifyAsync();

        Assert.False(result.Valid);
        Assert.Contains("checkpoint line 1", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_checkpoint_key_is_detected()
    {
        using var fx = await ValidAsync();
        File.Delete(fx.Key.KeyPath);

        var result = await fx.VerifyAsync();

        Assert.False(result.Valid);
        Assert.Contains("key", result.Reason, StringComparison.Ordinal);
    }

    /// <summary>Each column of block 6 (entries 126-150), changed by a raw UPDATE.</summary>
    public static TheoryData<string> BlockFlips => new()
    {
        "FirstSequence = FirstSequence + 1",
        "LastSequence = LastSequence - 1",
        "EntryCount = EntryCount - 1",
        "MerkleRoot = randomblob(32)",
        "LastChainHash = randomblob(32)",
        "PreviousBlockHash = randomblob(32)",
        "BlockHash = randomblob(32)",
        "SealedAt = '2020-01-01 00:00:00'",
        "BlockNumber = 600",
    };

    [Theory]
    [MemberData(nameof(BlockFlips))]
    public async Task Altering_a_block_row_is_detected(string assignment)
    {
        using var fx = await ValidAsync();
        Assert.Equal(1, await fx.ExecuteAsync($"UPDATE AuditBlocks SET {assignment} WHERE BlockNumber = 6"));

        await AssertBrokenAtAsync(fx, 126, "block");
    }

    [Fact]
    public async Task Deleting_a_block_row_is_detected()
    {
        using var fx = await ValidAsync();
        await fx.ExecuteAsync("DELETE FROM AuditBlocks WHERE BlockNumber = 6");

        await AssertBrokenAtAsync(fx, 126, "block 6");
    }

    internal const string Columns =
        "Sequence, At, ActorId, ActorRole, ActorOrganisation, ActorDisplayName, Action, EntityType, EntityId, CaseId, " +
        "Outcome, StatusCode, Reasons, LegalBasisCode, Motivation, ChangedFields, TraceId, EntryHash, ChainHash, BlockNumber";

    private static async Task<AuditTrailFixture> ValidAsync()
    {
        var fx = new AuditTrailFixture();
        await ValidTrail.BuildAsync(fx);
        return fx;
    }

    /// <summary>
    /// Every way of reading rows (SQLite statement API, plain ADO.NET) and of sharing out the
    /// blocks (one worker; four workers on pages of 64 blocks or of 3) must name the same fault.
    /// </summary>
    internal static readonly (bool FastPath, int Parallelism, int PageSize)[] Modes =
        [(true, 1, 64), (true, 4, 64), (true, 4, 3), (false, 1, 64), (false, 4, 3)];

    private static async Task AssertBrokenAtAsync(AuditTrailFixture fx, long expected, string because)
    {
        AuditVerificationResult? first = null;
        foreach (var (fastPath, parallelism, pageSize) in Modes)
        {
            var result = await fx.VerifyAsync(fastPath, parallelism, pageSize);
            var mode = $"fast path: {fastPath}, workers: {parallelism}, page: {pageSize}";
            Assert.False(result.Valid, $"mutation '{because}' was not detected ({mode})");
            Assert.True(expected == result.FirstBrokenEntry, $"expected entry {expected} ({because}), got {result.FirstBrokenEntry}: {result.Reason} ({mode})");
            first ??= result;
            Assert.Equal((first.Entries, first.Reason), (result.Entries, result.Reason));
        }
    }
}
