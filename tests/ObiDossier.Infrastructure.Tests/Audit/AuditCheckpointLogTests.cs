using ObiDossier.Infrastructure.Audit;

namespace ObiDossier.Infrastructure.Tests.Audit;

/// <summary>
/// The checkpoint log: a checkpoint at every seal, each line linked to the one before it; a log
/// that is missing, cut or reordered while its key exists fails verification, naming the line;
/// an auditor's exported checkpoint proves later that the trail still extends it.
/// </summary>
public sealed class AuditCheckpointLogTests
{
    private static async Task<AuditTrailFixture> SealedWithCheckpointsAsync(int blocks)
    {
        var fx = new AuditTrailFixture();
        for (var i = 0; i < blocks; i++)
        {
            await fx.WriteEntriesAsync(i * 10, 10);
            await using var db = fx.CreateContext();
            await new AuditSealer(db, fx.Time, new AuditCheckpointLog(fx.Key, fx.Time)) { MaxBlockSize = 10 }.SealPendingAsync();
        }
        return fx;
    }

    [Fact]
    public async Task Every_seal_writes_a_checkpoint_linked_to_the_one_before()
    {
        using var fx = await SealedWithCheckpointsAsync(4);

        var lines = await File.ReadAllLinesAsync(fx.Key.CheckpointsPath);
        Assert.Equal(4, lines.Length);
        Assert.Equal([10L, 20, 30, 40], lines.Select(l => AuditCheckpoint.Parse(l)!.HeadSequence));
        Assert.Equal(AuditCheckpoint.Genesis, AuditCheckpoint.Parse(lines[0])!.Previous);
        Assert.All(lines.Skip(1).Zip(lines), pair => Assert.Equal(AuditCheckpoint.LinkOf(pair.Second), AuditCheckpoint.Parse(pair.First)!.Previous));
        var result = await fx.VerifyAsync();
        Assert.True(result.Valid, result.Reason);
        Assert.Equal(4, result.CheckpointsVerified);
    }

    [Fact]
    public async Task A_missing_log_while_its_key_exists_fails()
    {
        using var fx = await SealedWithCheckpointsAsync(2);
        File.Move(fx.Key.CheckpointsPath, fx.Key.CheckpointsPath + ".aside");

        var result = await fx.VerifyAsync();

        Assert.False(result.Valid);
        Assert.Contains("missing while its key exists", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_cut_at_its_end_fails()
    {
        using var fx = await SealedWithCheckpointsAsync(3);
        var lines = await File.ReadAllLinesAsync(fx.Key.CheckpointsPath);
        await File.WriteAllLinesAsync(fx.Key.CheckpointsPath, lines[..^1]);

        var result = await fx.VerifyAsync();

        Assert.False(result.Valid);
        Assert.Contains("the checkpoint log ends at entry 20 but the trail is sealed up to entry 30", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("drop-first", 1)]
    [InlineData("drop-middle", 2)]
    [InlineData("swap", 2)]
    [InlineData("duplicate", 3)]
    public async Task A_log_with_a_line_removed_reordered_or_repeated_fails_naming_the_line(string edit, int line)
    {
        using var fx = await SealedWithCheckpointsAsync(3);
        var lines = (await File.ReadAllLinesAsync(fx.Key.CheckpointsPath)).ToList();
        switch (edit)
        {
            case "drop-first": lines.RemoveAt(0); break;
            case "drop-middle": lines.RemoveAt(1); break;
            case "swap": (lines[1], lines[2]) = (lines[2], lines[1]); break;
            case "duplicate": lines.Insert(2, lines[1]); break;
        }
        await File.WriteAllLinesAsync(fx.Key.CheckpointsPath, lines);

        var result = await fx.VerifyAsync();

        Assert.False(result.Valid);
        Assert.Contains($"checkpoint line {line} does not link", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trail_rolled_back_to_an_earlier_copy_fails_naming_the_checkpoint_it_falls_short_of()
    {
        using var fx = await SealedWithCheckpointsAsync(3);
        // The earlier copy: the last block and its entries never happened.
        await fx.ExecuteAsync("DELETE FROM AuditEntries WHERE Sequence > 20");
        await fx.ExecuteAsync("DELETE FROM AuditBlocks WHERE BlockNumber = 3");
        await fx.ExecuteAsync("UPDATE AuditSealHead SET LastSequence = 20, LastBlockNumber = 2, "
            + "LastChainHash = (SELECT LastChainHash FROM AuditBlocks WHERE BlockNumber = 2), "
            + "LastBlockHash = (SELECT BlockHash FROM AuditBlocks WHERE BlockNumber = 2)");

        var result = await fx.VerifyAsync();

        Assert.False(result.Valid);
        Assert.Contains("checkpoint line 3", result.Reason, StringComparison.Ordinal);
        Assert.Contains("truncated", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exported_checkpoint_proves_the_trail_still_extends_it_and_catches_a_cut_even_with_the_log_cut_too()
    {
        using var fx = await SealedWithCheckpointsAsync(3);
        var exported = new AuditCheckpointLog(fx.Key, fx.Time).Latest()!;
        await fx.WriteEntriesAsync(100, 10);
        await fx.SealAsync();
        await using (var db = fx.CreateContext()) await fx.CheckpointWriter(db).WriteAsync();

        Assert.True((await VerifyAsync(fx, exported)).Valid);

        // Cut both the trail and the log back to entry 20: consistent with each other, not with the auditor's copy.
        await fx.ExecuteAsync("DELETE FROM AuditEntries WHERE Sequence > 20 OR Sequence IS NULL");
        await fx.ExecuteAsync("DELETE FROM AuditBlocks WHERE BlockNumber > 2");
        await fx.ExecuteAsync("UPDATE AuditSealHead SET LastSequence = 20, LastBlockNumber = 2, "
            + "LastChainHash = (SELECT LastChainHash FROM AuditBlocks WHERE BlockNumber = 2), "
            + "LastBlockHash = (SELECT BlockHash FROM AuditBlocks WHERE BlockNumber = 2)");
        var lines = await File.ReadAllLinesAsync(fx.Key.CheckpointsPath);
        await File.WriteAllLinesAsync(fx.Key.CheckpointsPath, lines[..2]);
        Assert.True((await fx.VerifyAsync()).Valid, "cut consistently, the trail and log alone cannot tell");

        var result = await VerifyAsync(fx, exported);

        Assert.False(result.Valid);
        Assert.Contains("the trusted checkpoint", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_trusted_checkpoint_is_refused()
    {
        using var fx = await SealedWithCheckpointsAsync(1);
        var exported = new AuditCheckpointLog(fx.Key, fx.Time).Latest()!;

        var result = await VerifyAsync(fx, exported with { HeadSequence = 5, Count = 5 });

        Assert.False(result.Valid);
        Assert.Contains("not validly signed", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_appends_from_several_writers_lose_no_line_and_keep_one_chain()
    {
        using var fx = new AuditTrailFixture();
        var chain = new byte[32];
        // Separate log objects (as separate hosts have), each appending through its own file handle.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var log = new AuditCheckpointLog(fx.Key, fx.Time);
            for (var i = 0; i < 25; i++) await log.AppendAsync(0, chain);
        })));

        var lines = await File.ReadAllLinesAsync(fx.Key.CheckpointsPath);
        Assert.Equal(100, lines.Length);
        Assert.All(lines.Skip(1).Zip(lines), pair => Assert.Equal(AuditCheckpoint.LinkOf(pair.Second), AuditCheckpoint.Parse(pair.First)!.Previous));
    }

    private static async Task<AuditVerificationResult> VerifyAsync(AuditTrailFixture fx, AuditCheckpoint trusted)
    {
        await using var db = fx.CreateContext();
        using var key = new AuditCheckpointKey(fx.Options);
        return await new AuditVerifier(db, key).VerifyAsync(trusted);
    }
}
