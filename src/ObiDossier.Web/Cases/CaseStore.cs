using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Web.Commands;
using ObiDossier.Web.Notifications;
using ObiDossier.Web.ProcessingLog;
using ObiDossier.Domain.Anonymisation;

namespace ObiDossier.Web.Cases;

/// <summary>
/// How the command pipeline loads and writes a 1F <see cref="Case"/>: the case with its interests,
/// questions, the disclosure under review and the registry entry it cites, in one go; its history
/// step, its notifications and the processing records of its personal data.
/// </summary>
internal sealed class CaseStore(
    UnitOfWork unit, PersonalDataVault vault, AnonymisationScanner scanner, ProcessingLogWriter processing,
    NotificationWriter notifications, CaseTexts texts) : WorkflowStore<Case>
{
    private ObiDossierDbContext db => unit.Db;

    public override string Workflow => CaseWorkflow.Name;
    public override string EntityType => "case";

    public override async Task<Case?> LoadAggregateAsync(Guid id, CancellationToken ct)
    {
        var entity = await CaseQueries.For(db).Case(db, id, ct);
        return entity is null ? null : await CompleteAsync(entity, db, ct);
    }

    /// <summary>The aggregate around <paramref name="entity"/>, its parts read as <paramref name="source"/> tracks them (or not).</summary>
    public static async Task<Case> CompleteAsync(CaseEntity entity, ObiDossierDbContext source, CancellationToken ct, bool tracked = true)
    {
        var id = entity.Id;
        var queries = CaseQueries.For(source);
        // Interests are only ever added, never changed: read without tracking, so that a racer who
        // read the winner's interest and adds its own collides on the key at the save (409), not
        // in the change tracker.
        var interests = await queries.Interests(source, id).ToListAsync(ct);
        var questions = await (tracked ? queries.Questions : queries.QuestionsUntracked)(source, id).ToListAsync(ct);
        // The one under review and the latest approved one, in one round trip.
        var disclosures = await (tracked ? queries.Disclosures : queries.DisclosuresUntracked)(source, id).ToListAsync(ct);
        var draft = disclosures.FirstOrDefault(d => d.Status == DisclosureStatus.InReview);
        CitedBasis? cited = null;
        if (draft is not null && await queries.Basis(source, draft.LegalBasisCode, ct) is { } basis)
            cited = new CitedBasis(basis.ToFacts(), basis.CurrentVersion);
        var release = disclosures.Where(d => d.Status == DisclosureStatus.Approved).MaxBy(d => d.DraftedAt);
        return new Case(entity, interests, questions, draft, cited, release);
    }

    protected override bool CanSee(Case c, Actor actor) => actor.CanSee(c.Entity);
    protected override long Version(Case c) => c.Entity.Version;
    protected override Guid? CaseId(Case c) => c.Id;

    protected override async Task<bool> PrepareAsync(Case c, TransitionDefinition transition, CommandContext command, CancellationToken ct)
    {
        // Texts are sealed under the case's data key: read its vault entry now, asynchronously, once.
        await vault.PrefetchAsync(db, c.Id, ct);
        if (!transition.Guards.Contains(CaseGuards.AnonymisationClean)) return false;

        // The strongest check needs this case's own vault values: read them only for a trigger that could otherwise go ahead.
        var personalData = await vault.ReadAsync(db, c.Id, ct);
        await processing.AddAsync(CaseProcessing.Scan, CaseProcessing.AnonymisationCheck, c.Id, personalData,
            command.Actor, personalData.FieldNames(), command.Now, ct);
        c.Findings = transition.Trigger == CaseWorkflow.Triggers.Answer
            ? [.. scanner.Scan(command.Inputs.Text("answer") ?? "", personalData).Select(f => f.In("answer"))]
            : Scan(scanner, c.Entity.Summary, personalData);
        return true;
    }

    /// <summary>The scanner's findings in every text field of a summary.</summary>
    public static List<AnonymisationFinding> Scan(AnonymisationScanner scanner, CaseSummary summary, PersonalData? personalData) =>
        [.. summary.TextFields().SelectMany(t => scanner.Scan(t.Text, personalData).Select(f => f.In(t.Field)))];

    protected override ITextSealer Texts(Case c) => texts.For(c.Id);

    protected override string? LegalBasisInPlay(Case c, TriggerInputs inputs) =>
        inputs.Text("legalBasisCode") ?? c.DisclosureInReview?.LegalBasisCode;

    protected override void Stage(Case c, TransitionResult result, CommandContext command, string? sealedMotivation)
    {
        foreach (var row in c.Added) db.Add(row);
        var actor = command.Actor;
        db.Add(new CaseTransitionEntity
        {
            CaseId = c.Id, From = result.From, Trigger = result.Trigger, To = result.To, At = command.Now, Motivation = sealedMotivation,
            ActorId = actor.Id, ActorRole = actor.Role, ActorOrganisation = actor.Organisation, ActorName = actor.DisplayName,
            SessionId = c.Entity.SessionId,
        });
        c.Touch(command.Now);
    }

    protected override async Task RecordProcessingAsync(Case c, ProcessingRequest request, CommandContext command, CancellationToken ct)
    {
        var subject = await vault.ReadAsync(db, c.Id, ct);
        await processing.AddAsync(request.Name, request.Activity, request.LegalBasisCode, c.Id, subject, command.Actor, request.Fields, command.Now, ct);
    }

    protected override Task NotifyAsync(Case c, TransitionResult result, IReadOnlyList<string> roles, DateTimeOffset now, CancellationToken ct) =>
        notifications.AddForCaseTransitionAsync(c, result, roles, now, ct);

    protected override Task<bool> ChangedMeanwhileAsync(Case c, CancellationToken ct) => unit.ChangedSinceLoadedAsync(c.Entity, c.Id, ct);
}
