using Microsoft.Data.Sqlite;
using ObiDossier.Web.Cli;

namespace ObiDossier.Web.Tests.Audit;

/// <summary>An audit entry changed behind the service's back is found by <c>audit verify</c>.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class AuditTamperTests
{
    [Theory]
    [InlineData("UPDATE AuditEntries SET Motivation = 'nothing to see' WHERE Id = (SELECT MIN(Id) FROM AuditEntries WHERE Motivation IS NOT NULL)")]
    [InlineData("UPDATE AuditEntries SET Outcome = 'Succeeded', StatusCode = 200 WHERE Id = (SELECT MIN(Id) FROM AuditEntries WHERE StatusCode = 422)")]
    [InlineData("DELETE FROM AuditEntries WHERE Id = (SELECT MIN(Id) FROM AuditEntries WHERE StatusCode = 422)")]
    public async Task An_audit_entry_altered_in_the_database_makes_audit_verify_fail(string tamper)
    {
        using var app = new ObiDossierApplication();
        var officer = app.Officer();
        var id = await officer.CreateCaseAsync();
        await officer.ActOkAsync(id, "submit");
        await officer.ActAsync(id, "approve-anonymisation"); // refused: the author (422)
        await officer.ActOkAsync(id, "withdraw", new { motivation = "No longer in the Netherlands." });
        var before = await (await app.Auditor().GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.True(before.GetProperty("valid").GetBoolean());
        var args = new[] { "audit", "verify", $"--ObiDossier:DataDir={app.DataDir}", "--environment=Development", "--ObiDossier:Auth:Development=true" };
        Assert.Equal(0, await ConsoleCollection.RunAsync(args));

        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataDir, "obidossier.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = tamper;
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var (exit, output) = await ConsoleCollection.RunCapturingAsync(args);
        Assert.Equal(1, exit);
        Assert.Contains("BROKEN at entry", output, StringComparison.Ordinal);
        var after = await (await app.Auditor().GetAsync("/api/v1/audit/verify")).OkJsonAsync();
        Assert.False(after.GetProperty("valid").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, after.GetProperty("firstBrokenEntry").ValueKind);
    }
}
