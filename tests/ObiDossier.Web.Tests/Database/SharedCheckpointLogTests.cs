using Microsoft.Extensions.DependencyInjection;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Testing;

namespace ObiDossier.Web.Tests.Database;

/// <summary>Two hosts on one PostgreSQL database append to one checkpoint log in a shared folder.</summary>
public sealed class SharedCheckpointLogTests
{
    [PostgresFact]
    public async Task Two_hosts_sealing_at_once_append_whole_linked_lines_and_the_trail_verifies()
    {
        using var database = TestPostgres.CreateDatabase();
        var dataDir = Directory.CreateTempSubdirectory("obidossier-shared-log-").FullName;
        using var a = ObiDossierApplication.OnPostgres(database.ConnectionString, dataDir);
        using var b = ObiDossierApplication.OnPostgres(database.ConnectionString, dataDir);
        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));

        // Both hosts write and seal at the same time, again and again.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            var host = i % 2 == 0 ? a : b;
            for (var round = 0; round < 4; round++)
            {
                await host.Officer().CreateCaseAsync();
                var response = await host.Auditor().GetAsync("/api/v1/audit/verify");
                Assert.True(response.IsSuccessStatusCode, string.Join("\n", host.Logs.Where(l => l.StartsWith("Error Microsoft.AspNetCore", StringComparison.Ordinal)).Take(1)));
                var verify = await response.OkJsonAsync();
                Assert.True(verify.GetProperty("valid").GetBoolean(), verify.GetRawText());
            }
        }));

        var log = a.Services.GetRequiredService<AuditCheckpointKey>().CheckpointsPath;
        var lines = await File.ReadAllLinesAsync(log);
        Assert.True(lines.Length > 1, "every seal writes a checkpoint");
        var checkpoints = lines.Select(l => AuditCheckpoint.Parse(l) ?? throw new Xunit.Sdk.XunitException($"a torn line: {l}")).ToList();
        Assert.Equal(AuditCheckpoint.Genesis, checkpoints[0].Previous);
        Assert.All(checkpoints.Skip(1).Zip(lines), pair => Assert.Equal(AuditCheckpoint.LinkOf(pair.Second), pair.First.Previous));
        var final = await (await b.Auditor().GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(final.GetProperty("valid").GetBoolean(), final.GetRawText());
        Assert.True(final.GetProperty("checkpointsVerified").GetInt32() >= lines.Length);
    }
}
