using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Web.Commands;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Cases;

/// <summary>
/// Creating, editing and moving cases: the application code that endpoints, pages and jobs all
/// call. Triggers go through the one command pipeline (<see cref="WorkflowCommands"/>); creating
/// and editing a draft are the two commands outside the workflow, written in the same audited
/// unit of work.
/// </summary>
internal sealed class CaseCommands(
    UnitOfWork unit, WorkflowCommands workflows, WorkflowEngine engine, PersonalDataVault vault, AnonymisationScanner scanner,
    ProcessingLogWriter processing, TimeProvider clock)
{
    public const string Workflow = CaseWorkflow.Name;

    public async Task<CommandResult<CaseEntity>> CreateAsync(CreateCaseRequest request, Actor actor, CancellationToken ct)
    {
        var errors = CaseValidation.Validate(request.Summary, request.PersonalData, creating: true);
        CaseValidation.Priority(request.Priority, errors);
        if (errors.Count > 0) return await RefuseAsync(actor, "case.create", null, Invalid(errors), ct);

        var now = clock.GetUtcNow();
        var definition = engine.Catalog.Latest(Workflow);
        var c = new CaseEntity
        {
            Id = Guid.CreateVersion7(now),
            Reference = CaseReference.New(now),
            WorkflowName = definition.Name,
            WorkflowVersion = definition.Version,
            State = definition.InitialState,
            Summary = request.Summary!.ToEntity(),
            AuthorId = actor.Id,
            SummaryAuthorIds = [actor.Id],
            OwnerOrganisation = actor.Organisation,
            Priority = request.Priority ?? CasePriorities.Normal,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        c.SummaryFindings = CaseStore.Scan(scanner, c.Summary, request.PersonalData);
        var db = unit.Db;
        db.Add(c);
        db.Add(CaseTeam.Founder(c, actor));
        vault.Store(db, c.Id, request.PersonalData!);
        await processing.AddAsync("personal-data.store", CaseProcessing.Dossier, c.Id, request.PersonalData,
            actor, request.PersonalData!.FieldNames(), now, ct);
        unit.Audit(new AuditRecord(actor, "case.create", "case", c.Id.ToString(), c.Id, AuditOutcome.Succeeded, 201,
            ChangedFields: ["summary", "personalData", "state", "priority"]));
        var error = await unit.SaveAsync("case", ct);
        return error is null ? c : await RefuseAsync(actor, "case.create", c.Id, error, ct);
    }

    public async Task<CommandResult<CaseEntity>> UpdateAsync(Guid id, UpdateCaseRequest request, long? ifMatch, Actor actor, CancellationToken ct)
    {
        var c = await unit.Db.Set<CaseEntity>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !actor.CanSee(c)) return await RefuseAsync(actor, "case.update", id, CommandError.NotFound("Case"), ct);
        var editsText = request.Summary is not null || request.PersonalData is not null;
        if ((editsText || request.Priority is null) && c.State != CaseWorkflow.States.Draft)
            return await RefuseAsync(actor, "case.update", id, new CommandError(409, "Only a draft case can be edited.", [new("not-draft", "Only a draft case can be edited.")]), ct);
        var errors = CaseValidation.Validate(request.Summary, request.PersonalData, creating: false);
        CaseValidation.Priority(request.Priority, errors);
        if (errors.Count > 0) return await RefuseAsync(actor, "case.update", id, Invalid(errors), ct);
        if (request.Priority is not null && !PriorityOpen(c.State))
        {
            return await RefuseAsync(actor, "case.update", id, new CommandError(409, "The priority is fixed once the case is on an agenda.",
                [new("priority-fixed", "IND sets the priority until the case is on an agenda.")]), ct);
        }
        if (ifMatch is not null && ifMatch != c.Version) return await RefuseAsync(actor, "case.update", id, CommandError.Conflict("The case was changed by someone else: reload it."), ct);

        var now = clock.GetUtcNow();
        var db = unit.Db;
        var changed = new List<string>();
        if (request.Priority is not null && request.Priority != c.Priority) { c.Priority = request.Priority; changed.Add("priority"); }
        if (!editsText) return await SaveUpdateAsync(c, changed, actor, now, ct);
        var personalData = request.PersonalData;
        if (request.Summary is not null) { c.Summary = request.Summary.ToEntity(); changed.Add("summary"); }
        if (personalData is not null)
        {
            vault.Store(db, c.Id, personalData);
            changed.Add("personalData");
            await processing.AddAsync("personal-data.update", CaseProcessing.Dossier, c.Id, personalData,
                actor, personalData.FieldNames(), now, ct);
        }
        else
        {
            personalData = await vault.ReadAsync(db, c.Id, ct);
            await processing.AddAsync(CaseProcessing.Scan, CaseProcessing.AnonymisationCheck, c.Id, personalData,
                actor, personalData.FieldNames(), now, ct);
        }
        c.SummaryFindings = CaseStore.Scan(scanner, c.Summary, personalData);
        c.AddSummaryAuthor(actor.Id);
        return await SaveUpdateAsync(c, changed, actor, now, ct);
    }

    /// <summary>The priority is IND's to set while the case waits for a table: in Draft, in the anonymisation review and in the queue.</summary>
    public static bool PriorityOpen(string state) =>
        state is CaseWorkflow.States.Draft or CaseWorkflow.States.AnonymisationReview or CaseWorkflow.States.Queued;

    private async Task<CommandResult<CaseEntity>> SaveUpdateAsync(CaseEntity c, List<string> changed, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        c.UpdatedAt = now;
        c.Version++;
        unit.Audit(new AuditRecord(actor, "case.update", "case", c.Id.ToString(), c.Id, AuditOutcome.Succeeded, 200, ChangedFields: changed));
        var error = await unit.SaveAsync("case", ct);
        return error is null ? c : await RefuseAsync(actor, "case.update", c.Id, error, ct);
    }

    /// <summary>Fires a trigger on a case for a user (or, with <paramref name="bySystem"/>, for the service itself).</summary>
    public Task<CommandResult<TransitionResult>> FireAsync(Guid id, string trigger, TriggerInputs inputs, Actor actor, long? ifMatch,
        CancellationToken ct, bool bySystem = false) =>
        workflows.FireAsync(Workflow, id, trigger, inputs, actor, ct, ifMatch, bySystem);

    /// <summary>Audits a refused case command (nothing else of it is saved) and returns the error.</summary>
    internal Task<CommandError> RefuseAsync(Actor actor, string action, Guid? caseId, CommandError error, CancellationToken ct, string? legalBasis = null) =>
        unit.RefuseAsync(new RefusalRecord(actor, action, "case", caseId?.ToString(), caseId, legalBasis, Workflow: engine.Catalog.Latest(Workflow)), error, ct);

    private static CommandError Invalid(Dictionary<string, string[]> errors) =>
        CommandError.Invalid("The request is invalid.", [.. errors.Select(e => new UnmetCondition("invalid-" + e.Key, $"{e.Key}: {e.Value[0]}"))]);
}
