using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ObiDossier.Domain;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Commands;

namespace ObiDossier.Web.Obi;

/// <summary>
/// How the command pipeline loads and writes an OBI <see cref="ObiReport"/>: the report with its
/// bundled signals, the previous report's published figures and the minimum cell count. Approval's
/// effect asks the pipeline to fire <c>bundle</c> on each signal (through <see cref="ObiSignalStore"/>),
/// in the same unit of work. A report has no data subject: its motivations are kept as written.
/// </summary>
internal sealed class ObiReportStore(UnitOfWork unit, AnonymisationScanner scanner, IOptions<ObiOptions> options) : WorkflowStore<ObiReport>
{
    public const string Entity = "obi-report";

    private ObiDossierDbContext db => unit.Db;

    public override string Workflow => ObiReportWorkflow.Name;
    public override string EntityType => Entity;

    public override async Task<ObiReport?> LoadAggregateAsync(Guid id, CancellationToken ct)
    {
        var entity = await db.Set<ObiReportEntity>().FirstOrDefaultAsync(r => r.Id == id, ct);
        return entity is null ? null : await CompleteAsync(entity, db, options.Value.MinimumCellCount, ct);
    }

    /// <summary>
    /// The aggregate around <paramref name="entity"/>: its bundled signals (tracked with
    /// <paramref name="tracked"/>, so the <c>bundle</c> cascade moves the same rows) and the
    /// previous report's published figures (null while it has none).
    /// </summary>
    public static async Task<ObiReport> CompleteAsync(ObiReportEntity entity, ObiDossierDbContext source, int minimumCellCount, CancellationToken ct,
        bool tracked = true)
    {
        var signals = tracked ? source.Set<ObiSignalEntity>() : source.Set<ObiSignalEntity>().AsNoTracking();
        var bundled = await signals.Where(s => s.ReportId == entity.Id).OrderBy(s => s.Period).ThenBy(s => s.Reference).ToListAsync(ct);
        PhenomenonFigures? previous = null;
        if (entity.PreviousReportId is { } previousId)
        {
            var before = await source.Set<ObiReportEntity>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == previousId, ct);
            if (before is not null) previous = ObiReport.Frozen(before);
        }
        return new ObiReport(entity, bundled, previous, minimumCellCount);
    }

    protected override bool CanSee(ObiReport r, Actor actor) => ObiVisibility.CanSeeReport(actor, r.Entity);
    protected override long Version(ObiReport r) => r.Entity.Version;
    protected override Guid? CaseId(ObiReport r) => null;

    protected override Task<bool> PrepareAsync(ObiReport r, TransitionDefinition transition, CommandContext command, CancellationToken ct)
    {
        if (transition.Guards.Contains(ObiReportWorkflow.Guards.AnalysisClean)) r.AnalysisFindings = ScanAnalysis(scanner, r.Entity.Analysis);
        return Task.FromResult(false);
    }

    /// <summary>The scanner's findings in an analysis.</summary>
    public static List<AnonymisationFinding> ScanAnalysis(AnonymisationScanner scanner, string? analysis) => ScanText(scanner, analysis, AnalysisField);

    /// <summary>
    /// The scanner's findings in a text of a report (the analysis, a follow-up) in <paramref name="field"/>:
    /// no vault, since a report names nobody to protect, so everything it finds counts.
    /// </summary>
    public static List<AnonymisationFinding> ScanText(AnonymisationScanner scanner, string? text, string field) =>
        string.IsNullOrEmpty(text) ? [] : [.. scanner.Scan(text, null).Select(f => f.In(field))];

    public const string AnalysisField = "analysis";

    protected override ITextSealer Texts(ObiReport r) => PlainTexts.Instance;

    protected override void Stage(ObiReport r, TransitionResult result, CommandContext command, string? sealedMotivation) => r.Touch(command.Now);

    protected override Task NotifyAsync(ObiReport r, TransitionResult result, IReadOnlyList<string> roles, DateTimeOffset now, CancellationToken ct) =>
        Task.CompletedTask;

    protected override Task<bool> ChangedMeanwhileAsync(ObiReport r, CancellationToken ct) => unit.ChangedSinceLoadedAsync(r.Entity, r.Id, ct);

    /// <summary>A coordinator's remark on a report is about the method, not a person: kept as written.</summary>
    private sealed class PlainTexts : ITextSealer
    {
        public static readonly PlainTexts Instance = new();
        public string? Seal(string? text) => text;
    }
}
