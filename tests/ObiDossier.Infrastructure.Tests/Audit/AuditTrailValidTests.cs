using Microsoft.EntityFrameworkCore;
using ObiDossier.Infrastructure.Audit;

namespace ObiDossier.Infrastructure.Tests.Audit;

public sealed class AuditTrailValidTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_untouched_trail_of_several_blocks_verifies(bool sqliteFastPath)
    {
        using var fx = new AuditTrailFixture();
        await ValidTrail.BuildAsync(fx);

        var result = await fx.VerifyAsync(sqliteFastPath);

        Assert.True(result.Valid, result.Reason);
        Assert.Equal(ValidTrail.Entries, result.Entries);
        Assert.Null(result.FirstBrokenEntry);
        Assert.Equal(2, result.CheckpointsVerified);
        await using var db = fx.CreateContext();
        Assert.Equal(ValidTrail.Entries / 25, await db.Set<AuditBlock>().CountAsync());
        Assert.Contains(await db.Set<AuditEntry>().Select(e => e.Outcome).ToListAsync(), o => o == AuditOutcome.Refused);
    }

    /// <summary>
    /// An empty text is hashed as a present value of length 0, NULL as absent; SQLite's statement
    /// API gives no pointer for either, so the fast path must ask the column's type.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Entries_with_empty_texts_verify(bool sqliteFastPath)
    {
        using var fx = new AuditTrailFixture();
        await using (var db = fx.CreateContext())
        {
            fx.Writer.Add(db, AuditTrailFixture.Record(1) with { EntityId = "", Motivation = "", TraceId = "" });
            fx.Writer.Add(db, AuditTrailFixture.Record(9));
            await db.SaveChangesAsync();
        }
        await fx.SealAsync();

        var result = await fx.VerifyAsync(sqliteFastPath);

        Assert.True(result.Valid, result.Reason);
        Assert.Equal(2, result.Entries);
    }

    [Fact]
    public async Task Pending_entries_are_counted_and_checked_but_not_broken()
    {
        using var fx = new AuditTrailFixture();
        await ValidTrail.BuildAsync(fx);
        await fx.WriteEntriesAsync(1000, 7);

        var result = await fx.VerifyAsync();

        Assert.True(result.Valid, result.Reason);
        Assert.Equal(ValidTrail.Entries + 7, result.Entries);
        Assert.Equal(7, result.PendingEntries);
    }

    [Fact]
    public async Task A_tampered_pending_entry_is_named_by_its_id()
    {
        using var fx = new AuditTrailFixture();
        await fx.WriteEntriesAsync(0, 5);
        await fx.ExecuteAsync("UPDATE AuditEntries SET Motivation = 'forged' WHERE Id = 3");

        var result = await fx.VerifyAsync();

        Assert.False(result.Valid);
        Assert.Equal(3, result.FirstBrokenEntry);
    }

    [Fact]
    public async Task An_empty_trail_verifies_and_can_be_checkpointed()
    {
        using var fx = new AuditTrailFixture();
        await using (var db = fx.CreateContext())
        {
            await fx.CheckpointWriter(db).WriteAsync();
        }

        var result = await fx.VerifyAsync();

        Assert.True(result.Valid, result.Reason);
        Assert.Equal(0, result.Entries);
    }

    [Fact]
    public async Task An_entry_committed_late_with_a_lower_id_is_sealed_in_a_later_block()
    {
        using var fx = new AuditTrailFixture();
        await using (var db = fx.CreateContext())
        {
            // Ids 100 and 101 commit first; id 50 (allocated earlier, committed later) follows.
            for (var id = 100; id <= 101; id++)
            {
                var entry = fx.Writer.Create(AuditTrailFixture.Record(id));
                entry.Id = id;
                db.Add(entry);
            }
            await db.SaveChangesAsync();
        }
        await fx.SealAsync();
        await using (var db = fx.CreateContext())
        {
            var late = fx.Writer.Create(AuditTrailFixture.Record(50));
            late.Id = 50;
            db.Add(late);
            await db.SaveChangesAsync();
        }
        await fx.SealAsync();

        await using var check = fx.CreateContext();
        Assert.Equal(3, await check.Set<AuditEntry>().Where(e => e.Id == 50).Select(e => e.Sequence).SingleAsync());
        Assert.True((await fx.VerifyAsync()).Valid);
    }

    [Fact]
    public async Task The_checkpoint_key_is_readable_by_its_owner_only()
    {
        using var fx = new AuditTrailFixture();
        await using (var db = fx.CreateContext())
        {
            await fx.CheckpointWriter(db).WriteAsync();
        }

        Assert.True(File.Exists(fx.Key.KeyPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(fx.Key.KeyPath));
        }
        Assert.Single(File.ReadAllLines(fx.Key.CheckpointsPath));
    }

    [Fact]
    public void The_block_Merkle_root_follows_RFC_6962_with_entry_hashes_as_leaf_hashes()
    {
        static byte[] Leaf(byte[] d) => System.Security.Cryptography.SHA256.HashData([0, .. d]);
        static byte[] Node(byte[] l, byte[] r) => System.Security.Cryptography.SHA256.HashData([1, .. l, .. r]);
        var d = Enumerable.Range(0, 7).Select(i => new[] { (byte)i }).ToArray();

        var expected = Node(
            Node(Node(Leaf(d[0]), Leaf(d[1])), Node(Leaf(d[2]), Leaf(d[3]))),
            Node(Node(Leaf(d[4]), Leaf(d[5])), Leaf(d[6])));

        Assert.Equal(expected, AuditHashing.ComputeMerkleRoot(d.Select(Leaf)));
    }
}
