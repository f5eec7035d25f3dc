using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Cli;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Obi;

namespace ObiDossier.Web.Tests.Cli;

public sealed class SeedDemoTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("obidossier-seed-").FullName;

    [Fact]
    public async Task Seed_demo_fills_an_empty_database_with_a_case_in_every_state_a_year_of_obi_signals_distributed_reports_and_an_intact_audit_trail()
    {
        string[] args = [$"--ObiDossier:DataDir={_dataDir}"];

        Assert.Equal(0, await SeedDemoVerb.RunAsync(args));
        Assert.Equal(0, await SeedDemoVerb.RunAsync(args)); // a second run leaves the filled database alone

        await using var host = CommandLine.BuildToolHost(args);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ObiDossierDbContext>();
        var states = await db.Set<CaseEntity>().Select(c => c.State).Distinct().ToListAsync();
        Assert.Equal(
            ["AnonymisationReview", "Closed", "Draft", "InformationRequested", "InterestFlagged", "LegalReview", "NoInterest", "OnAgenda", "Queued", "Released", "Withdrawn"],
            states.Order(StringComparer.Ordinal));
        Assert.Equal(15, await db.Set<CaseEntity>().CountAsync());
        // The table as held: a reopened case back in draft, a case a full session left waiting.
        Assert.Contains(await db.Set<CaseTransitionEntity>().Select(t => t.Trigger).ToListAsync(), t => t == CaseWorkflow.Triggers.Reopen);
        var views = scope.ServiceProvider.GetRequiredService<ObiDossier.Web.Cases.CaseViews>();
        var reasons = await views.WaitingReasonsAsync(await db.Set<CaseEntity>().Where(c => c.State == "Queued").ToListAsync(), default);
        Assert.Equal(["session-full"], reasons.Values);

        // The OBI desk: a year of signals in every state from six intake organisations, and the
        // quarters before the last one ended in distributed reports with follow-ups.
        var signals = await db.Set<ObiSignalEntity>().AsNoTracking().ToListAsync();
        Assert.Equal(DemoSignals.Year(ReportingMonth.Of(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)))).Count, signals.Count);
        Assert.Equal(["AnonymisationReview", "Bundled", "NotObi", "Received", "Shared", "Withdrawn"], signals.Select(s => s.State).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(6, signals.Select(s => s.IntakeOrganisation).Distinct().Count());
        Assert.All(signals.Where(s => s.State == "Bundled"), s => Assert.NotNull(s.ReportId));
        var reports = await db.Set<ObiReportEntity>().AsNoTracking().ToListAsync();
        Assert.Equal(3, reports.Count);
        Assert.All(reports, r => Assert.Equal("Distributed", r.State));
        Assert.Equal(2, reports.Count(r => r.PreviousReportId is not null));
        Assert.True(await db.Set<ObiFollowUpEntity>().CountAsync() >= 3);
        await scope.ServiceProvider.GetRequiredService<AuditSealer>().SealPendingAsync();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync()).Valid);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
