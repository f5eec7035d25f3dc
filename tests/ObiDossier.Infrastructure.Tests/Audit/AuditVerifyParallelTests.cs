using ObiDossier.Infrastructure.Audit;

namespace ObiDossier.Infrastructure.Tests.Audit;

/// <summary>
/// The verifier checks blocks on several workers at once; whichever worker finishes first, the
/// report names the first bad entry in chain order, as a single pass does.
/// </summary>
public sealed class AuditVerifyParallelTests
{
    [Fact]
    public async Task A_tamper_in_a_middle_block_is_found_while_the_blocks_around_it_verify_in_parallel()
    {
        using var fx = new AuditTrailFixture();
        await ValidTrail.BuildAsync(fx);
        await fx.ExecuteAsync($"UPDATE AuditEntries SET Motivation = 'changed' WHERE Sequence = {ValidTrail.Target}");

        var result = await fx.VerifyAsync(parallelism: 4);

        Assert.False(result.Valid);
        Assert.Equal(ValidTrail.Target, result.FirstBrokenEntry);
        Assert.Equal(ValidTrail.Target - 1, result.Entries);
        Assert.Contains("entry hash does not match", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tampers_in_several_blocks_are_reported_at_the_first_in_chain_order_on_every_run()
    {
        using var fx = new AuditTrailFixture();
        await ValidTrail.BuildAsync(fx);
        // Blocks 2, 6 and 12 of 12: a worker may well reach a later one first.
        foreach (var sequence in new[] { 280, 137, 40 })
        {
            await fx.ExecuteAsync($"UPDATE AuditEntries SET Motivation = 'changed' WHERE Sequence = {sequence}");
        }

        var single = await fx.VerifyAsync(parallelism: 1);
        Assert.Equal(40, single.FirstBrokenEntry);
        for (var run = 0; run < 10; run++)
        {
            foreach (var pageSize in new[] { 1, 3, 64 })
            {
                var parallel = await fx.VerifyAsync(parallelism: 4, blockPageSize: pageSize);
                Assert.Equal((single.Valid, single.Entries, single.FirstBrokenEntry, single.Reason),
                    (parallel.Valid, parallel.Entries, parallel.FirstBrokenEntry, parallel.Reason));
            }
        }
    }

    [Fact]
    public async Task A_bad_block_header_after_a_bad_entry_is_reported_at_the_entry()
    {
        using var fx = new AuditTrailFixture();
        await ValidTrail.BuildAsync(fx);
        await fx.ExecuteAsync("UPDATE AuditEntries SET Motivation = 'changed' WHERE Sequence = 30");
        await fx.ExecuteAsync("UPDATE AuditBlocks SET EntryCount = 3 WHERE BlockNumber = 9");

        foreach (var pageSize in new[] { 1, 3, 64 })
        {
            var result = await fx.VerifyAsync(parallelism: 4, blockPageSize: pageSize);
            Assert.Equal(30, result.FirstBrokenEntry);
        }
    }

    [Fact]
    public async Task The_verifier_hashes_like_the_framework_whichever_sha256_it_uses()
    {
        // The entry hash the writer stored (AuditHashing) against System.Security.Cryptography.
        var data = new byte[777];
        Random.Shared.NextBytes(data);
        foreach (var length in new[] { 0, 1, 55, 56, 64, 65, 113, 250, 777 })
        {
            var expected = System.Security.Cryptography.SHA256.HashData(data.AsSpan(0, length));
            var actual = new byte[32];
            Sha256.HashData(data.AsSpan(0, length), actual);
            Assert.Equal(expected, actual);
        }
    }
}
