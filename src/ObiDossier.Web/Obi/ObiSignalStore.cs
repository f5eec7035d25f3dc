using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Commands;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Obi;

/// <summary>
/// How the command pipeline loads and writes an OBI <see cref="ObiSignal"/>. Before the
/// anonymisation guard it reads the reporter's contact from the vault (a recorded processing,
/// <see cref="ObiProcessing.Scan"/>) and scans every free-text field against it; motivations are
/// sealed under the signal's vault key, so shredding the reporter removes them too. The desk sends
/// no notifications.
/// </summary>
internal sealed class ObiSignalStore(UnitOfWork unit, ObiReporterVault reporters, AnonymisationScanner scanner, CaseTexts texts)
    : WorkflowStore<ObiSignal>
{
    public const string Entity = "obi-signal";

    private ObiDossierDbContext db => unit.Db;

    public override string Workflow => ObiSignalWorkflow.Name;
    public override string EntityType => Entity;

    public override async Task<ObiSignal?> LoadAggregateAsync(Guid id, CancellationToken ct)
    {
        var entity = await db.Set<ObiSignalEntity>().FirstOrDefaultAsync(s => s.Id == id, ct);
        return entity is null ? null : new ObiSignal(entity);
    }

    protected override bool CanSee(ObiSignal s, Actor actor) => ObiVisibility.CanSeeSignal(actor, s.Entity);
    protected override long Version(ObiSignal s) => s.Entity.Version;
    protected override Guid? CaseId(ObiSignal s) => null;

    protected override async Task<bool> PrepareAsync(ObiSignal s, TransitionDefinition transition, CommandContext command, CancellationToken ct)
    {
        // Motivations are sealed under the signal's data key: read its vault entry now, asynchronously, once.
        await reporters.PrefetchAsync(s.Id, ct);
        if (transition.To == ObiSignalWorkflow.States.Shared) s.Entity.ReportId = await DraftReportCoveringAsync(s.Entity.Period, ct);
        if (!transition.Guards.Contains(ObiSignalWorkflow.Guards.AnonymisationClean)) return false;
        var reporter = await reporters.ReadForScanAsync(s.Id, command.Actor, command.Now, ct);
        s.Findings = SignalAnonymisation.Scan(scanner, s.Entity.ToAnonymised(), reporter);
        return reporter is not null;
    }

    /// <summary>
    /// A signal shared while a report on its month is still in Draft joins that report (it would
    /// otherwise never be counted: reports never share a month). Set before the guards decide; a
    /// refusal drops it with the rest of the command.
    /// </summary>
    private Task<Guid?> DraftReportCoveringAsync(string period, CancellationToken ct) =>
        db.Set<ObiReportEntity>().AsNoTracking()
            .Where(r => r.State == ObiReportWorkflow.States.Draft && string.Compare(r.PeriodFrom, period) <= 0 && string.Compare(r.PeriodTo, period) >= 0)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);

    protected override ITextSealer Texts(ObiSignal s) => texts.For(s.Id);

    protected override void Stage(ObiSignal s, TransitionResult result, CommandContext command, string? sealedMotivation) => s.Touch(command.Now);

    protected override Task NotifyAsync(ObiSignal s, TransitionResult result, IReadOnlyList<string> roles, DateTimeOffset now, CancellationToken ct) =>
        Task.CompletedTask;

    protected override Task<bool> ChangedMeanwhileAsync(ObiSignal s, CancellationToken ct) => unit.ChangedSinceLoadedAsync(s.Entity, s.Id, ct);
}
