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
/// Recording, editing and moving signals, and reading the reporter back: the application code
/// that the desk's routes and pages call. Triggers go through the one command pipeline
/// (<see cref="WorkflowCommands"/>); recording and editing are the two commands outside the
/// workflow, in the same audited unit of work. Problems name fields, never values.
/// </summary>
internal sealed class ObiSignalCommands(
    UnitOfWork unit, WorkflowCommands workflows, WorkflowEngine engine, ObiReporterVault reporters, AnonymisationScanner scanner,
    LegalCalendar calendar, TimeProvider clock)
{
    public const string Workflow = ObiSignalWorkflow.Name;
    public const string CreateAction = "obi-signal.create";
    public const string UpdateAction = "obi-signal.update";

    /// <summary>The audit action of a read of the reporter's contact.</summary>
    public const string ReporterReadAction = "obi-signal.reporter.read";

    public async Task<CommandResult<ObiSignalEntity>> CreateAsync(CreateSignalRequest request, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!MayRecord(actor)) return await RefuseAsync(actor, CreateAction, null, NotIntake, ct);
        var problems = SignalValidation.Validate(request.Signal, calendar.Today(now)).Concat(ReporterContactValidation.Validate(request.Reporter)).ToList();
        if (problems.Count > 0) return await RefuseAsync(actor, CreateAction, null, Invalid(problems), ct);

        var definition = engine.Catalog.Latest(Workflow);
        var signal = Normalised(request.Signal!);
        var entity = new ObiSignalEntity
        {
            Id = Guid.CreateVersion7(now),
            Reference = NewReference(now),
            WorkflowName = definition.Name,
            WorkflowVersion = definition.Version,
            State = definition.InitialState,
            IntakeOrganisation = actor.Organisation,
            AuthorId = actor.Id,
            AuthorIds = [actor.Id],
            StateActor = signal.StateActor!,
            Conduct = signal.Conduct!,
            Instrument = signal.Instrument!,
            Target = signal.Target!,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
            Period = signal.Period!,
            Narrative = signal.Narrative!,
        };
        Apply(entity, signal);
        entity.Findings = [.. SignalAnonymisation.Scan(scanner, entity.ToAnonymised(), request.Reporter)];
        unit.Db.Add(entity);
        await reporters.StoreAsync(entity.Id, request.Reporter!, actor, now, ct);
        unit.Audit(new AuditRecord(actor, CreateAction, ObiSignalStore.Entity, entity.Id.ToString(), null, AuditOutcome.Succeeded, 201,
            ChangedFields: ["signal", "reporter", "state"]));
        var error = await unit.SaveAsync("signal", ct);
        return error is null ? entity : await RefuseAsync(actor, CreateAction, entity.Id, error, ct);
    }

    /// <summary>Edits a signal in Received: the signal and/or the reporter, each replaced whole; the editor becomes an author.</summary>
    public async Task<CommandResult<ObiSignalEntity>> UpdateAsync(Guid id, UpdateSignalRequest request, long? ifMatch, Actor actor, CancellationToken ct)
    {
        var entity = await unit.Db.Set<ObiSignalEntity>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (entity is null || !ObiVisibility.CanSeeSignal(actor, entity) || !MayRecord(actor))
            return await RefuseAsync(actor, UpdateAction, id, CommandError.NotFound("Signal"), ct);
        if (entity.State != ObiSignalWorkflow.States.Received)
            return await RefuseAsync(actor, UpdateAction, id, new CommandError(StatusCodes.Status409Conflict, "Only a received signal can be edited.",
                [new("not-received", "Only a signal in Received can be edited; an officer rejects one in review back to Received.")]), ct);
        var now = clock.GetUtcNow();
        var problems = new List<UnmetCondition>();
        if (request.Signal is null && request.Reporter is null)
            problems.Add(new UnmetCondition("input-required", "Send 'signal' and/or 'reporter'.") { Arguments = ["signal"] });
        if (request.Signal is not null) problems.AddRange(SignalValidation.Validate(request.Signal, calendar.Today(now)));
        if (request.Reporter is not null) problems.AddRange(ReporterContactValidation.Validate(request.Reporter));
        if (problems.Count > 0) return await RefuseAsync(actor, UpdateAction, id, Invalid(problems), ct);
        if (ifMatch is not null && ifMatch != entity.Version)
            return await RefuseAsync(actor, UpdateAction, id, CommandError.Conflict("The signal was changed by someone else: reload it."), ct);

        var changed = new List<string>();
        if (request.Signal is not null)
        {
            Apply(entity, Normalised(request.Signal));
            changed.Add("signal");
        }
        ReporterContact? reporter;
        if (request.Reporter is not null)
        {
            await reporters.PrefetchAsync(id, ct);
            await reporters.StoreAsync(id, request.Reporter, actor, now, ct);
            reporter = request.Reporter;
            changed.Add("reporter");
        }
        else
        {
            reporter = await reporters.ReadForScanAsync(id, actor, now, ct);
        }
        entity.Findings = [.. SignalAnonymisation.Scan(scanner, entity.ToAnonymised(), reporter)];
        entity.AddAuthor(actor.Id);
        entity.UpdatedAt = now;
        entity.Version++;
        unit.Audit(new AuditRecord(actor, UpdateAction, ObiSignalStore.Entity, id.ToString(), null, AuditOutcome.Succeeded, 200, ChangedFields: changed));
        var error = await unit.SaveAsync("signal", ct);
        return error is null ? entity : await RefuseAsync(actor, UpdateAction, id, error, ct);
    }

    /// <summary>Fires a trigger on a signal (<c>submit</c>, <c>approve-anonymisation</c>, ...).</summary>
    public async Task<CommandResult<ObiActionResponse>> FireAsync(Guid id, string trigger, TriggerInputs inputs, Actor actor, long? ifMatch, CancellationToken ct)
    {
        var result = await workflows.FireAsync(Workflow, id, trigger, inputs, actor, ct, ifMatch);
        if (result.Error is not null) return result.Error;
        var s = unit.Db.Set<ObiSignalEntity>().Local.First(x => x.Id == id);
        return new ObiActionResponse(id, s.State, result.Value!.From, trigger, s.Version);
    }

    /// <summary>
    /// The reporter's contact for an intake officer of the organisation that recorded it; for
    /// everyone else there is none (404). Every read is audited and a processing record; every
    /// refusal is audited. After retention: 410 for the intake organisation.
    /// </summary>
    public async Task<CommandResult<ReporterContact>> ReadReporterAsync(Guid id, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var entity = await unit.Db.Set<ObiSignalEntity>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (entity is null) return await RefuseAsync(actor, ReporterReadAction, id, CommandError.NotFound("Reporter"), ct);
        var legalBasis = await reporters.LegalBasisAsync(ct);
        if (!ObiVisibility.CanReadReporter(actor, entity))
        {
            var error = entity.ReporterShreddedAt is not null && actor.Role == ObiRoles.Intake && ObiVisibility.CanSeeSignal(actor, entity)
                ? Shredded : CommandError.NotFound("Reporter");
            return await RefuseAsync(actor, ReporterReadAction, id, error, ct, legalBasis);
        }
        var reporter = await reporters.ReadForCallBackAsync(id, actor, now, ct);
        if (reporter is null) return await RefuseAsync(actor, ReporterReadAction, id, Shredded, ct, legalBasis);
        unit.Audit(new AuditRecord(actor, ReporterReadAction, ObiSignalStore.Entity, id.ToString(), null, AuditOutcome.Succeeded, 200,
            LegalBasisCode: legalBasis, ChangedFields: reporter.FieldNames()));
        var saved = await unit.SaveAsync("signal", ct);
        return saved is null ? reporter : await RefuseAsync(actor, ReporterReadAction, id, saved, ct, legalBasis);
    }

    /// <summary>Audits a refused signal command (nothing else of it is saved) and returns the error.</summary>
    internal Task<CommandError> RefuseAsync(Actor actor, string action, Guid? id, CommandError error, CancellationToken ct, string? legalBasis = null) =>
        unit.RefuseAsync(new RefusalRecord(actor, action, ObiSignalStore.Entity, id?.ToString(), LegalBasisCode: legalBasis,
            Workflow: engine.Catalog.Latest(Workflow)), error, ct);

    /// <summary>Only an intake officer of an organisation that may hold the role records (the policy says so too; pages call this directly).</summary>
    private static bool MayRecord(Actor actor) => actor.Role == ObiRoles.Intake && ObiOrganisations.MayHold(actor.Role, actor.Organisation);

    private static CommandError NotIntake => new(StatusCodes.Status403Forbidden, "Only an intake officer records a signal.",
        [new("role-not-permitted", "Only an intake officer of an entry point records a signal.")]);

    private static CommandError Shredded => new(StatusCodes.Status410Gone, "The reporter's contact was destroyed at the end of retention.",
        [new("shredded", "The reporter's contact was destroyed at the end of retention.")]);

    /// <summary>400 with every problem; the field path is the first argument, the message never repeats a value.</summary>
    public static CommandError Invalid(IReadOnlyList<UnmetCondition> problems) => CommandError.Invalid("The request is invalid.", problems);

    /// <summary>The free text as stored: normalised (<see cref="TextNormaliser.ForStorage"/>), so what is scanned is what is kept.</summary>
    private static AnonymisedSignal Normalised(AnonymisedSignal s) => s with
    {
        Narrative = TextNormaliser.ForStorageOrNull(s.Narrative)?.Trim(),
        Community = NullIfBlank(TextNormaliser.ForStorageOrNull(s.Community)),
        Effect = NullIfBlank(TextNormaliser.ForStorageOrNull(s.Effect)),
        Region = NullIfBlank(s.Region),
    };

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static void Apply(ObiSignalEntity entity, AnonymisedSignal s)
    {
        entity.StateActor = s.StateActor!;
        entity.Conduct = s.Conduct!;
        entity.Instrument = s.Instrument!;
        entity.Target = s.Target!;
        entity.Community = s.Community;
        entity.Region = s.Region;
        entity.Period = s.Period!;
        entity.Effect = s.Effect;
        entity.Narrative = s.Narrative!;
        entity.ReferredToPolice = s.ReferredToPolice ?? false;
    }

    /// <summary>A reference such as <c>OBI-2026-K7Q2M9XC4D</c>: the year and 50 random bits, nothing about the signal.</summary>
    private static string NewReference(DateTimeOffset now) => CaseReference.New(now, "OBI");
}
