using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ObiDossier.Infrastructure.Audit;

namespace ObiDossier.Web.Tests.Audit;

/// <summary>
/// The trail cannot be cut back unnoticed: a database restored from an earlier copy, or a checkpoint
/// log moved away, fails <c>audit verify</c>; an auditor's exported checkpoint is proved extended later.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class CheckpointLogTests
{
    [Fact]
    public async Task A_database_rolled_back_to_an_earlier_copy_fails_audit_verify_naming_the_checkpoint()
    {
        var dataDir = Directory.CreateTempSubdirectory("obidossier-rollback-").FullName;
        var copy = Path.Combine(dataDir, "earlier-copy.db");
        using (var app = new ObiDossierApplication { DataDir = dataDir })
        {
            var id = await WalkAsync(app);
            await SealAsync(app);
            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "obidossier.db")};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = $"VACUUM INTO '{copy}'";
                await command.ExecuteNonQueryAsync();
            }
            // What the rollback is meant to hide: reads of personal data.
            for (var i = 0; i < 3; i++) await (await app.Officer().GetAsync($"/api/v1/cases/{id}/personal-data")).OkJsonAsync();
            await SealAsync(app);
        }
        SqliteConnection.ClearAllPools(); // pooled connections would go on reading the replaced file
        foreach (var file in Directory.GetFiles(dataDir, "obidossier.db*")) File.Delete(file);
        File.Move(copy, Path.Combine(dataDir, "obidossier.db"));

        var (exit, output) = await VerifyAsync(dataDir);

        Assert.True(exit == 1, output);
        Assert.Contains("BROKEN", output, StringComparison.Ordinal);
        Assert.Contains("checkpoint line", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_log_moved_away_fails_audit_verify()
    {
        var dataDir = Directory.CreateTempSubdirectory("obidossier-movedlog-").FullName;
        string log;
        using (var app = new ObiDossierApplication { DataDir = dataDir })
        {
            await WalkAsync(app);
            await SealAsync(app);
            log = app.Services.GetRequiredService<AuditCheckpointKey>().CheckpointsPath;
        }
        Assert.Equal(0, (await VerifyAsync(dataDir)).Exit);
        File.Move(log, log + ".elsewhere");

        var (exit, output) = await VerifyAsync(dataDir);

        Assert.Equal(1, exit);
        Assert.Contains("missing while its key exists", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exported_checkpoint_in_its_own_folder_is_proved_extended_later()
    {
        var dataDir = Directory.CreateTempSubdirectory("obidossier-export-").FullName;
        var checkpoints = Directory.CreateTempSubdirectory("obidossier-append-only-").FullName;
        var settings = new[] { $"--ObiDossier:Audit:CheckpointDirectory={checkpoints}" };
        var exportedFile = Path.Combine(Path.GetTempPath(), $"obidossier-exported-{Guid.NewGuid():N}.json");
        using (var app = new ObiDossierApplication { DataDir = dataDir })
        {
            app.Settings["ObiDossier:Audit:CheckpointDirectory"] = checkpoints;
            await WalkAsync(app);
            await SealAsync(app);
            Assert.True(File.Exists(Path.Combine(checkpoints, "audit-checkpoints.jsonl")));

            var (exportExit, exported) = await ConsoleCollection.RunCapturingAsync(["audit", "checkpoint", "export", .. Args(dataDir), .. settings]);
            Assert.Equal(0, exportExit);
            // The captured console holds stderr too: the checkpoint is the line that parses as one.
            var line = exported.Split('\n').Select(l => l.Trim()).LastOrDefault(l => AuditCheckpoint.Parse(l) is not null);
            Assert.NotNull(line);
            await File.WriteAllTextAsync(exportedFile, line);

            await WalkAsync(app);
            await SealAsync(app);
        }

        var (exit, output) = await ConsoleCollection.RunCapturingAsync(["audit", "verify", "--trusted-checkpoint", exportedFile, .. Args(dataDir), .. settings]);

        Assert.True(exit == 0, output);
        Assert.Contains("extends the trusted checkpoint", output, StringComparison.Ordinal);
    }

    private static string[] Args(string dataDir) => [$"--ObiDossier:DataDir={dataDir}", "--environment=Development", "--ObiDossier:Auth:Development=true"];

    private static Task<(int Exit, string Output)> VerifyAsync(string dataDir) => ConsoleCollection.RunCapturingAsync(["audit", "verify", .. Args(dataDir)]);

    private static async Task<Guid> WalkAsync(ObiDossierApplication app)
    {
        var officer = app.Officer();
        var id = await officer.CreateCaseAsync();
        await officer.ActOkAsync(id, "submit");
        await officer.ActAsync(id, "approve-anonymisation"); // refused: the author
        return id;
    }

    /// <summary>The auditor's verify seals what is pending; each seal writes its checkpoint.</summary>
    private static async Task SealAsync(ObiDossierApplication app)
    {
        var verify = await (await app.Auditor().GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(verify.GetProperty("valid").GetBoolean(), verify.GetRawText());
    }
}
