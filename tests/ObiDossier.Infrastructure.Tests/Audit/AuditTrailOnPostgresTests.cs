using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Testing;

namespace ObiDossier.Infrastructure.Tests.Audit;

/// <summary>
/// The verifier reads entries with its own SQL and recomputes their hashes from what the provider
/// hands back: on PostgreSQL that is timestamptz, uuid, bytea and text rather than SQLite's
/// integers and strings. A trail must verify there, and a change of any column type be caught.
/// (The SQLite mutation suite stays the exhaustive one; its SQL is SQLite's dialect.)
/// </summary>
public sealed class AuditTrailOnPostgresTests
{
    [PostgresFact]
    public async Task A_trail_written_and_sealed_on_postgres_verifies_with_its_checkpoints_and_pending_entries()
    {
        using var fx = AuditTrailFixture.OnPostgres();
        await ValidTrail.BuildAsync(fx);
        await fx.WriteEntriesAsync(1000, 7);

        var result = await fx.VerifyAsync();

        Assert.True(result.Valid, result.Reason);
        Assert.Equal(ValidTrail.Entries + 7, result.Entries);
        Assert.Equal(7, result.PendingEntries);
        Assert.Equal(2, result.CheckpointsVerified);
    }

    [PostgresTheory]
    [InlineData("text")]
    [InlineData("timestamp")]
    [InlineData("uuid")]
    [InlineData("integer")]
    [InlineData("entry hash")]
    [InlineData("chain hash")]
    public async Task Changing_a_sealed_entry_on_postgres_is_detected_at_that_entry(string column)
    {
        using var fx = AuditTrailFixture.OnPostgres();
        await ValidTrail.BuildAsync(fx);
        await using (var db = fx.CreateContext())
        {
            var target = db.Set<AuditEntry>().Where(e => e.Sequence == ValidTrail.Target);
            var changed = column switch
            {
                "text" => await target.ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorId, "someone-else")),
                "timestamp" => await target.ExecuteUpdateAsync(s => s.SetProperty(e => e.At, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc))),
                "uuid" => await target.ExecuteUpdateAsync(s => s.SetProperty(e => e.CaseId, Guid.NewGuid())),
                "integer" => await target.ExecuteUpdateAsync(s => s.SetProperty(e => e.StatusCode, e => e.StatusCode + 1)),
                "entry hash" => await target.ExecuteUpdateAsync(s => s.SetProperty(e => e.EntryHash, new byte[AuditHashing.HashSize])),
                _ => await target.ExecuteUpdateAsync(s => s.SetProperty(e => e.ChainHash, new byte[AuditHashing.HashSize])),
            };
            Assert.Equal(1, changed);
        }

        var result = await fx.VerifyAsync();

        Assert.False(result.Valid);
        Assert.Equal(ValidTrail.Target, result.FirstBrokenEntry);
    }
}
