using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ObiDossier.Domain;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Testing;

namespace ObiDossier.Infrastructure.Tests.Audit;

/// <summary>
/// A real SQLite file and data folder in a temp directory, deleted afterwards; or, given a
/// PostgreSQL test database, that database (dropped afterwards) and the data folder.
/// </summary>
internal sealed class AuditTrailFixture : IDisposable
{
    private readonly string _connectionString;
    private readonly TestDatabase? _postgres;

    public AuditTrailFixture(TestDatabase? postgres = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "obidossier-audit-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        _postgres = postgres;
        _connectionString = postgres?.ConnectionString ?? new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Directory, "audit.db"),
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString();
        Options = Microsoft.Extensions.Options.Options.Create(new ObiDossierOptions { DataDir = Directory });
        Key = new AuditCheckpointKey(Options);
        Writer = new AuditWriter(Time);
        using var db = CreateContext();
        db.Database.EnsureCreated();
        if (postgres is null) db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    /// <summary>A fixture on a fresh database of the PostgreSQL test server.</summary>
    public static AuditTrailFixture OnPostgres() => new(TestPostgres.CreateDatabase());

    public string Directory { get; }
    public IOptions<ObiDossierOptions> Options { get; }
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    public AuditCheckpointKey Key { get; }
    public AuditWriter Writer { get; }

    public ObiDossierDbContext CreateContext() => new(_postgres is null
        ? new DbContextOptionsBuilder<ObiDossierDbContext>().UseSqlite(_connectionString).Options
        : new DbContextOptionsBuilder<ObiDossierDbContext>().UseNpgsql(_connectionString).Options);

    public AuditSealer Sealer(ObiDossierDbContext db, int blockSize = 25) => new(db, Time) { MaxBlockSize = blockSize };

    public AuditCheckpointWriter CheckpointWriter(ObiDossierDbContext db) => new(db, Key, Time);

    public async Task<AuditVerificationResult> VerifyAsync(bool sqliteFastPath = true, int parallelism = 2, int blockPageSize = 64)
    {
        // A fresh key holder, as a separate `audit verify` process would have.
        await using var db = CreateContext();
        using var key = new AuditCheckpointKey(Options);
        return await new AuditVerifier(db, key) { SqliteFastPath = sqliteFastPath, Parallelism = parallelism, BlockPageSize = blockPageSize }.VerifyAsync();
    }

    public async Task<long> SealAsync(int blockSize = 25)
    {
        await using var db = CreateContext();
        return await Sealer(db, blockSize).SealPendingAsync();
    }

    public async Task<long> ExecuteAsync(string sql)
    {
        await using var db = CreateContext();
        return await db.Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>Writes <paramref name="count"/> entries in one transaction, the way a request does.</summary>
    public async Task WriteEntriesAsync(int first, int count)
    {
        await using var db = CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync();
        for (var i = first; i < first + count; i++)
        {
            Writer.Add(db, Record(i));
            Time.Advance(TimeSpan.FromMilliseconds(1.2345));
        }
        await db.SaveChangesAsync();
        await tx.CommitAsync();
    }

    /// <summary>
    /// Entry <paramref name="i"/> of a varied trail: every 7th refused with reasons, every 10th
    /// with the optional fields left empty, the rest with every field filled.
    /// </summary>
    public static AuditRecord Record(int i)
    {
        var actor = (i % 3) switch
        {
            0 => new Actor("u-ind-1", Roles.IndOfficer, Organisations.Ind, "Officer One"),
            1 => new Actor("u-om-1", Roles.OmProsecutor, Organisations.Om, "Prosecutor One"),
            _ => new Actor("u-lr-1", Roles.LegalReviewer, Organisations.Ind, "Reviewer One"),
        };
        var refused = i % 7 == 3;
        if (i % 10 == 9)
        {
            return new AuditRecord(actor, "case.personal-data.read", "case", null, null,
                refused ? AuditOutcome.Refused : AuditOutcome.Succeeded, refused ? 404 : 200);
        }
        return new AuditRecord(actor, refused ? "case.trigger.approve-disclosure" : "case.update", "case",
            $"case-{i}", new Guid(i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
            refused ? AuditOutcome.Refused : AuditOutcome.Succeeded, refused ? 422 : 200,
            Reasons: refused ? ["legal-basis-not-in-force", "four-eyes"] : ["ok"],
            LegalBasisCode: "SV-162", Motivation: $"motivation {i}",
            ChangedFields: ["summary.title", "summary.narrative"],
            TraceId: $"{i:x32}");
    }

    public void Dispose()
    {
        Key.Dispose();
        _postgres?.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
