using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Testing;

namespace ObiDossier.Infrastructure.Tests.Audit;

/// <summary>Sealing under concurrent writers and racing sealers, on SQLite.</summary>
public sealed class SqliteAuditSealingConcurrencyTests : AuditSealingConcurrencyTests
{
    internal override AuditTrailFixture NewFixture() => new();
}

/// <summary>The same on PostgreSQL, where writers really run in parallel and sealers race on the head's version.</summary>
[RunsOnPostgres]
public sealed class PostgresAuditSealingConcurrencyTests : AuditSealingConcurrencyTests
{
    internal override AuditTrailFixture NewFixture() => AuditTrailFixture.OnPostgres();
}

public abstract class AuditSealingConcurrencyTests
{
    internal abstract AuditTrailFixture NewFixture();

    [DatabaseFact]
    public async Task Concurrent_writers_and_a_running_sealer_end_with_a_dense_verifying_trail()
    {
        using var fx = NewFixture();
        const int writers = 8, perWriter = 40;
        using var stop = new CancellationTokenSource();

        var sealing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await fx.SealAsync(blockSize: 16);
                await Task.Delay(5);
            }
        });
        var writing = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < perWriter; i++)
            {
                // One request: its own context and transaction, the audit entry inside it.
                await using var db = fx.CreateContext();
                await using var tx = await db.Database.BeginTransactionAsync();
                fx.Writer.Add(db, AuditTrailFixture.Record(w * 1000 + i));
                await db.SaveChangesAsync();
                await tx.CommitAsync();
            }
        })).ToList();
        await Task.WhenAll(writing);
        await stop.CancelAsync();
        await sealing;
        await fx.SealAsync();

        var result = await fx.VerifyAsync();

        Assert.True(result.Valid, result.Reason);
        Assert.Equal(writers * perWriter, result.Entries);
        Assert.Equal(0, result.PendingEntries);
        await AssertDenseAsync(fx, writers * perWriter);
    }

    [DatabaseFact]
    public async Task Two_sealers_racing_never_assign_a_sequence_twice()
    {
        using var fx = NewFixture();
        for (var first = 0; first < 400; first += 100)
        {
            await fx.WriteEntriesAsync(first, 100);
        }

        var sealed1 = Task.Run(() => fx.SealAsync(blockSize: 10));
        var sealed2 = Task.Run(() => fx.SealAsync(blockSize: 7));
        var counts = await Task.WhenAll(sealed1, sealed2);

        Assert.Equal(400, counts.Sum());
        await AssertDenseAsync(fx, 400);
        var result = await fx.VerifyAsync();
        Assert.True(result.Valid, result.Reason);
    }

    private static async Task AssertDenseAsync(AuditTrailFixture fx, int expected)
    {
        await using var db = fx.CreateContext();
        var sequences = await db.Set<AuditEntry>().Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long?)i), sequences.Order());
    }
}
