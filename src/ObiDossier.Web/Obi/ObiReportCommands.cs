using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Obi;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Commands;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Obi;

/// <summary>
/// Opening, writing and moving phenomenon reports, and partners' follow-ups: the application
/// code the desk's routes and pages call. Opening a report bundles the Shared signals of its
/// months; triggers go through the one command pipeline, where approval moves those signals to
/// Bundled (the <c>bundle</c> cascade) in the same unit of work.
/// </summary>
internal sealed class ObiReportCommands(
    UnitOfWork unit, WorkflowCommands workflows, WorkflowEngine engine, AnonymisationScanner scanner, LegalCalendar calendar, TimeProvider clock)
{
    public const string Workflow = ObiReportWorkflow.Name;
    public const string CreateAction = "obi-report.create";
    public const string UpdateAction = "obi-report.update";
    public const string FollowUpAction = "obi-report.follow-up";

    /// <summary>The longest analysis: a report is a few pages, not a book.</summary>
    public const int MaxAnalysisLength = 50_000;

    /// <summary>
    /// Opens a report on whole, ended months (a calendar quarter by default) that no other report
    /// covers, bundles every Shared signal of those months into it, and links the report on the
    /// period just before it (for the trend), if there is one.
    /// </summary>
    public async Task<CommandResult<ObiReportEntity>> CreateAsync(CreateReportRequest request, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var db = unit.Db;
        if (!Is(actor, ObiRoles.Analyst))
            return await RefuseAsync(actor, CreateAction, null, RoleNotPermitted("Only an analyst opens a report."), ct);
        var problems = ReportingPeriod.TryCreate(request.PeriodFrom, request.PeriodTo, calendar.Today(now), out var period);
        if (problems.Count > 0) return await RefuseAsync(actor, CreateAction, null, CommandError.Invalid("The period is invalid.", problems), ct);

        // A few reports a year: all of them, whole.
        var periods = (await db.Set<ObiReportEntity>().AsNoTracking().ToListAsync(ct)).Select(r => (r.Id, Period: r.Period())).ToList();
        if (period!.CheckOverlap(periods.Select(p => p.Period)) is { } overlap)
            return await RefuseAsync(actor, CreateAction, null, Overlaps(overlap), ct);

        var definition = engine.Catalog.Latest(Workflow);
        var report = new ObiReportEntity
        {
            Id = Guid.CreateVersion7(now),
            Reference = "OBI-R-" + period.Label,
            WorkflowName = definition.Name,
            WorkflowVersion = definition.Version,
            State = definition.InitialState,
            PeriodFrom = period.From.ToString(),
            PeriodTo = period.To.ToString(),
            DraftedById = actor.Id,
            AuthorIds = [actor.Id],
            PreviousReportId = periods.Where(p => p.Period == period.Previous()).Select(p => (Guid?)p.Id).FirstOrDefault(),
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        db.Add(report);

        var (from, to) = (report.PeriodFrom, report.PeriodTo);
        var signals = await db.Set<ObiSignalEntity>()
            .Where(s => s.State == ObiSignalWorkflow.States.Shared && s.ReportId == null)
            .Where(s => string.Compare(s.Period, from) >= 0 && string.Compare(s.Period, to) <= 0)
            .ToListAsync(ct);
        foreach (var signal in signals)
        {
            signal.ReportId = report.Id;
            signal.UpdatedAt = now;
            signal.Version++;
        }
        unit.Audit(new AuditRecord(actor, CreateAction, ObiReportStore.Entity, report.Id.ToString(), null, AuditOutcome.Succeeded, 201,
            ChangedFields: ["periodFrom", "periodTo", "state", "signals"]));
        // Two analysts opening the same period at once collide on its unique first month.
        var error = await unit.SaveAsync("report", ct, () => db.Set<ObiReportEntity>().AsNoTracking().AnyAsync(r => r.PeriodFrom == from, ct));
        return error is null ? report : await RefuseAsync(actor, CreateAction, report.Id, error, ct);
    }

    /// <summary>Replaces the analysis of a report in Draft (scanned; the findings are kept for the coordinator); the writer becomes an author.</summary>
    public async Task<CommandResult<ObiReportEntity>> UpdateAsync(Guid id, UpdateReportRequest request, long? ifMatch, Actor actor, CancellationToken ct)
    {
        var report = await unit.Db.Set<ObiReportEntity>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || !ObiVisibility.CanSeeReport(actor, report)) return await RefuseAsync(actor, UpdateAction, id, CommandError.NotFound("Report"), ct);
        if (!Is(actor, ObiRoles.Analyst)) return await RefuseAsync(actor, UpdateAction, id, RoleNotPermitted("Only an analyst writes the analysis."), ct);
        if (report.State != ObiReportWorkflow.States.Draft)
            return await RefuseAsync(actor, UpdateAction, id, new CommandError(StatusCodes.Status409Conflict, "Only a draft report can be edited.",
                [new("not-draft", "Only a report in Draft can be edited; a coordinator returns one in review to Draft.")]), ct);
        var analysis = request.Analysis is null ? null : TextNormaliser.ForStorage(request.Analysis).Trim();
        if (analysis is { Length: > MaxAnalysisLength })
            return await RefuseAsync(actor, UpdateAction, id, CommandError.Invalid("The analysis is too long.",
                [new("input-too-long", $"'analysis' is longer than {MaxAnalysisLength} characters.") { Arguments = ["analysis"] }]), ct);
        if (ifMatch is not null && ifMatch != report.Version)
            return await RefuseAsync(actor, UpdateAction, id, CommandError.Conflict("The report was changed by someone else: reload it."), ct);

        var now = clock.GetUtcNow();
        report.Analysis = string.IsNullOrEmpty(analysis) ? null : analysis;
        report.AnalysisFindings = ObiReportStore.ScanAnalysis(scanner, report.Analysis);
        report.AddAuthor(actor.Id);
        report.UpdatedAt = now;
        report.Version++;
        unit.Audit(new AuditRecord(actor, UpdateAction, ObiReportStore.Entity, id.ToString(), null, AuditOutcome.Succeeded, 200, ChangedFields: ["analysis"]));
        var error = await unit.SaveAsync("report", ct);
        return error is null ? report : await RefuseAsync(actor, UpdateAction, id, error, ct);
    }

    /// <summary>Fires a trigger on a report (<c>submit-for-method-review</c>, <c>return</c>, <c>approve</c>, <c>distribute</c>).</summary>
    public async Task<CommandResult<ObiActionResponse>> FireAsync(Guid id, string trigger, TriggerInputs inputs, Actor actor, long? ifMatch, CancellationToken ct)
    {
        var result = await workflows.FireAsync(Workflow, id, trigger, inputs, actor, ct, ifMatch);
        if (result.Error is not null) return result.Error;
        var r = unit.Db.Set<ObiReportEntity>().Local.First(x => x.Id == id);
        return new ObiActionResponse(id, r.State, result.Value!.From, trigger, r.Version);
    }

    /// <summary>A partner records what their organisation did with a distributed report.</summary>
    public async Task<CommandResult<ObiFollowUpEntity>> AddFollowUpAsync(Guid id, FollowUpRequest request, Actor actor, CancellationToken ct)
    {
        var report = await unit.Db.Set<ObiReportEntity>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null || !ObiVisibility.CanSeeReport(actor, report)) return await RefuseAsync(actor, FollowUpAction, id, CommandError.NotFound("Report"), ct);
        if (!Is(actor, ObiRoles.Partner)) return await RefuseAsync(actor, FollowUpAction, id, RoleNotPermitted("Only a partner records a follow-up."), ct);
        if (report.State != ObiReportWorkflow.States.Distributed)
            return await RefuseAsync(actor, FollowUpAction, id, new CommandError(StatusCodes.Status409Conflict, "Only a distributed report takes follow-ups.",
                [new("not-distributed", "Partners record follow-ups on a distributed report.")]), ct);
        var problems = ObiFollowUpEntity.Validate(request.Kind, request.Description);
        if (problems.Count > 0) return await RefuseAsync(actor, FollowUpAction, id, CommandError.Invalid("The follow-up is invalid.", problems), ct);

        // Every partner and the NCTV read a report's follow-ups: like the analysis, no finding can be overridden.
        var description = TextNormaliser.ForStorage(request.Description!).Trim();
        var findings = SignalAnonymisation.Check(ObiReportStore.ScanText(scanner, description, FollowUpField), overrideMotivation: null);
        if (findings.Count > 0)
            return await RefuseAsync(actor, FollowUpAction, id, new CommandError(StatusCodes.Status422UnprocessableEntity, "The description may identify someone.", findings), ct);

        var now = clock.GetUtcNow();
        var followUp = new ObiFollowUpEntity
        {
            Id = Guid.CreateVersion7(now),
            ReportId = id,
            Kind = request.Kind!,
            Description = description,
            Organisation = actor.Organisation,
            RecordedById = actor.Id,
            RecordedAt = now,
        };
        unit.Db.Add(followUp);
        unit.Audit(new AuditRecord(actor, FollowUpAction, ObiReportStore.Entity, id.ToString(), null, AuditOutcome.Succeeded, 201,
            ChangedFields: ["followUps"]));
        var error = await unit.SaveAsync("report", ct);
        return error is null ? followUp : await RefuseAsync(actor, FollowUpAction, id, error, ct);
    }

    private const string FollowUpField = "description";

    /// <summary>Audits a refused report command (nothing else of it is saved) and returns the error.</summary>
    internal Task<CommandError> RefuseAsync(Actor actor, string action, Guid? id, CommandError error, CancellationToken ct) =>
        unit.RefuseAsync(new RefusalRecord(actor, action, ObiReportStore.Entity, id?.ToString(), Workflow: engine.Catalog.Latest(Workflow)), error, ct);

    /// <summary>The role, held by an organisation that may hold it (the policy checks it too; pages call this directly).</summary>
    private static bool Is(Actor actor, string role) => actor.Role == role && ObiOrganisations.MayHold(role, actor.Organisation);

    private static CommandError RoleNotPermitted(string message) => new(StatusCodes.Status403Forbidden, message, [new("role-not-permitted", message)]);

    /// <summary>409: the period shares a month with a report that exists (two such reports would let a reader subtract one from the other).</summary>
    private static CommandError Overlaps(UnmetCondition overlap) => new(StatusCodes.Status409Conflict, "The period overlaps an existing report.", [overlap]);
}
