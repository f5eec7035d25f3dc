using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Web.Notifications;
using ObiDossier.Web.ProcessingLog;
using ObiDossier.Web.Telemetry;

namespace ObiDossier.Web.Cases;

/// <summary>
/// Creating, editing and moving cases: the application code that endpoints, session actions and
/// jobs all call. Each command commits its change, its history and its audit entry together; a
/// refused command writes only its audit entry.
/// </summary>
internal sealed partial class CaseCommands(
    ObiDossierDbContext db,
    WorkflowEngine engine,
    AuditWriter audit,
    PersonalDataVault vault,
    AnonymisationScanner scanner,
    ProcessingLogWriter processing,
    CaseTriggerEffects effects,
    NotificationWriter notifications,
    CaseTexts texts,
    TimeProvider clock)
{
    public const string Workflow = "1f-case";

    public async Task<CommandResult<CaseEntity>> CreateAsync(CreateCaseRequest request, Actor actor, CancellationToken ct)
    {
        var errors = CaseValidation.Validate(request.Summary, request.PersonalData, creating: true);
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
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        c.SummaryFindings = Scan(c.Summary, request.PersonalData);
        db.Add(c);
        db.Add(CaseTeam.Founder(c, actor));
        vault.Store(db, c.Id, request.PersonalData!);
        await processing.AddAsync("personal-data.store", ProcessingActivities.Dossier, c.Id, request.PersonalData,
            actor, request.PersonalData!.FieldNames(), now, ct);
        audit.Add(db, new AuditRecord(actor, "case.create", "case", c.Id.ToString(), c.Id, AuditOutcome.Succeeded, 201,
            ChangedFields: ["summary", "personalData", "state"]));
        await db.SaveChangesAsync(ct);
        return c;
    }

    public async Task<CommandResult<CaseEntity>> UpdateAsync(Guid id, UpdateCaseRequest request, long? ifMatch, Actor actor, CancellationToken ct)
    {
        var c = await db.Set<CaseEntity>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !actor.CanSee(c)) return await RefuseAsync(actor, "case.update", id, CommandError.NotFound("Case"), ct);
        if (c.State != "Draft")
            return await RefuseAsync(actor, "case.update", id, new CommandError(409, "Only a draft case can be edited.", [new("not-draft", "Only a draft case can be edited.")]), ct);
        var errors = CaseValidation.Validate(request.Summary, request.PersonalData, creating: false);
        if (errors.Count > 0) return await RefuseAsync(actor, "case.update", id, Invalid(errors), ct);
        if (ifMatch is not null && ifMatch != c.Version) return await RefuseAsync(actor, "case.update", id, CommandError.Conflict("The case was changed by someone else: reload it."), ct);

        var now = clock.GetUtcNow();
        var changed = new List<string>();
        var personalData = request.PersonalData;
        if (request.Summary is not null) { c.Summary = request.Summary.ToEntity(); changed.Add("summary"); }
        if (personalData is not null)
        {
            vault.Store(db, c.Id, personalData);
            changed.Add("personalData");
            await processing.AddAsync("personal-data.update", ProcessingActivities.Dossier, c.Id, personalData,
                actor, personalData.FieldNames(), now, ct);
        }
        else
        {
            personalData = await vault.ReadAsync(db, c.Id, ct);
            await processing.AddAsync("personal-data.scan", ProcessingActivities.AnonymisationCheck, c.Id, personalData,
                actor, personalData.FieldNames(), now, ct);
        }
        c.SummaryFindings = Scan(c.Summary, personalData);
        c.AddSummaryAuthor(actor.Id);
        Touch(c, now);
        audit.Add(db, new AuditRecord(actor, "case.update", "case", c.Id.ToString(), c.Id, AuditOutcome.Succeeded, 200, ChangedFields: changed));
        return await SaveAsync(c, actor, "case.update", ct);
    }

    /// <summary>Fires a trigger on a case for a user (or, with <paramref name="bySystem"/>, for the service itself).</summary>
    public async Task<CommandResult<TransitionResult>> FireAsync(Guid id, string trigger, TriggerInputs inputs, Actor actor, long? ifMatch,
        CancellationToken ct, bool bySystem = false, Guid? sessionId = null)
    {
        var action = $"case.trigger.{Sanitise(trigger)}";
        var c = await db.Set<CaseEntity>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || (!bySystem && !actor.CanSee(c))) return await RefuseAsync(actor, action, id, CommandError.NotFound("Case"), ct);
        if (ifMatch is not null && ifMatch != c.Version) return await RefuseAsync(actor, action, id, CommandError.Conflict("The case was changed by someone else: reload it."), ct);

        var now = clock.GetUtcNow();
        var facts = await CaseFactsLoader.LoadAsync(db, c, findings: null, ct);
        var disclosureFacts = await effects.DisclosureFactsAsync(c, actor, inputs, now, ct);
        var decision = engine.Decide(c, trigger, new GuardContext(actor, inputs, now, facts, disclosureFacts), bySystem);
        var scanned = false;
        if (decision.Refusal is null or Refusal.GuardsFailed && decision.Transition!.Guards.Contains(CaseGuards.AnonymisationClean))
        {
            // The strongest check needs this case's own vault values: read them only when the trigger could otherwise go ahead.
            facts = facts with { AnonymisationFindings = await ScanForTriggerAsync(c, trigger, inputs, actor, now, ct) };
            decision = engine.Decide(c, trigger, new GuardContext(actor, inputs, now, facts, disclosureFacts), bySystem);
            scanned = true;
        }
        if (!decision.Allowed)
        {
            // Guards judged facts read while a concurrent change of the case committed (e.g. the draft
            // under review was approved meanwhile): that is a lost race, not a verdict on this case.
            var error = decision.Refusal == Refusal.GuardsFailed && await ChangedMeanwhileAsync(c, ct) ? Conflicted : CommandError.From(decision);
            return await RefuseAsync(actor, action, id, error, ct, keepPending: scanned,
                legalBasis: inputs.Text("legalBasisCode") ?? disclosureFacts.LegalBasisCode, motivation: texts.Seal(c.Id, inputs.Text("motivation")));
        }

        var result = engine.Fire(c, trigger, new GuardContext(actor, inputs, now, facts, disclosureFacts), bySystem);
        IReadOnlyList<string> changed;
        try
        {
            changed = await effects.ApplyAsync(c, result, inputs, actor, facts, disclosureFacts, sessionId, now, ct);
        }
        catch (CaseChangedException)
        {
            return await RefuseAsync(actor, action, id, Conflicted, ct);
        }
        // The outbox rows ride in this SaveChanges: a notification exists if and only if the transition committed.
        await notifications.AddForCaseTransitionAsync(c, result, now, ct);
        // Sealed under the case's data key: in the history and in the audit entry alike (CaseTexts).
        var motivation = texts.Seal(c.Id, inputs.Text("motivation") ?? inputs.Text("question") ?? inputs.Text("overrideMotivation"));
        db.Add(new CaseTransitionEntity
        {
            CaseId = c.Id, From = result.From, Trigger = trigger, To = result.To, At = now, Motivation = motivation,
            ActorId = actor.Id, ActorRole = actor.Role, ActorOrganisation = actor.Organisation, ActorName = actor.DisplayName,
            SessionId = c.SessionId,
        });
        Touch(c, now);
        audit.Add(db, new AuditRecord(actor, action, "case", c.Id.ToString(), c.Id, AuditOutcome.Succeeded, 200,
            LegalBasisCode: trigger is "draft-report" or "approve-disclosure" ? disclosureFacts.LegalBasisCode : null,
            Motivation: motivation, ChangedFields: ["state", .. changed]));
        var saved = await SaveAsync(c, actor, action, ct);
        if (saved.Error is null) ObiMetrics.Transition(c.WorkflowName, trigger, disclosedUnder: trigger == "approve-disclosure" ? disclosureFacts.LegalBasisCode : null);
        return saved.Error is null ? result : saved.Error;
    }

    private async Task<List<TextFinding>> ScanForTriggerAsync(CaseEntity c, string trigger, TriggerInputs inputs, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var personalData = await vault.ReadAsync(db, c.Id, ct);
        await processing.AddAsync("personal-data.scan", ProcessingActivities.AnonymisationCheck, c.Id, personalData,
            actor, personalData.FieldNames(), now, ct);
        if (trigger == "answer")
            return [.. scanner.Scan(inputs.Text("answer") ?? "", personalData).Select(f => new TextFinding("answer", f.Kind, f.Start, f.Length))];
        return Scan(c.Summary, personalData).Select(f => new TextFinding(f.Field, f.Kind, f.Start, f.Length)).ToList();
    }

    private List<StoredFinding> Scan(CaseSummary summary, PersonalData? personalData) =>
        [.. summary.TextFields().SelectMany(t => scanner.Scan(t.Text, personalData).Select(f => new StoredFinding(t.Field, f.Kind, f.Start, f.Length)))];

    private static void Touch(CaseEntity c, DateTimeOffset now)
    {
        c.UpdatedAt = now;
        c.Version++;
    }

    private async Task<CommandResult<CaseEntity>> SaveAsync(CaseEntity c, Actor actor, string action, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return c;
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseAsync(actor, action, c.Id, Conflicted, ct);
        }
        catch (DbUpdateException)
        {
            // Two racers adding the same row (e.g. one prosecutor's interest, fired twice) collide on
            // its key before the version check is reached: the loser of that race is a conflict too.
            if (!await ChangedMeanwhileAsync(c, ct)) throw;
            return await RefuseAsync(actor, action, c.Id, Conflicted, ct);
        }
    }

    private static CommandError Conflicted => CommandError.Conflict("A concurrent change to this case won: reload it.");

    private async Task<bool> ChangedMeanwhileAsync(CaseEntity c, CancellationToken ct)
    {
        var loaded = db.Entry(c).Property(x => x.Version).OriginalValue;
        var now = await db.Set<CaseEntity>().AsNoTracking().Where(x => x.Id == c.Id).Select(x => (long?)x.Version).FirstOrDefaultAsync(ct);
        return now != loaded;
    }

    /// <summary>Audits a refused command (in its own transaction: nothing else of the command is saved) and returns the error.</summary>
    internal async Task<CommandError> RefuseAsync(Actor actor, string action, Guid? caseId, CommandError error, CancellationToken ct,
        bool keepPending = false, string? legalBasis = null, string? motivation = null)
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            // A refused trigger's vault scan was a real processing of personal data: its record stays.
            if (keepPending && entry.Entity is ProcessingRecordEntity && entry.State == EntityState.Added) continue;
            entry.State = entry.State == EntityState.Added ? EntityState.Detached : EntityState.Unchanged;
            if (entry.State == EntityState.Unchanged) await entry.ReloadAsync(ct);
        }
        audit.Add(db, new AuditRecord(actor, action, "case", caseId?.ToString(), caseId, AuditOutcome.Refused, error.Status,
            Reasons: [.. error.Conditions.Select(c => c.Code).Distinct()], LegalBasisCode: legalBasis, Motivation: motivation));
        await db.SaveChangesAsync(ct);
        ObiMetrics.Refusal(action, error.Conditions.Select(c => c.Code), engine.Catalog.Latest(Workflow));
        return error;
    }

    private static CommandError Invalid(Dictionary<string, string[]> errors) =>
        CommandError.Invalid("The request is invalid.", [.. errors.Select(e => new UnmetCondition("invalid-" + e.Key, $"{e.Key}: {e.Value[0]}"))]);

    /// <summary>Trigger names come from the URL: keep the audit's action name to the characters triggers use.</summary>
    private static string Sanitise(string trigger) =>
        trigger.Length <= 64 && trigger.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') ? trigger : "unknown";
}
