using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Disclosures;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.Cases;

/// <summary>
/// Builds the anonymised view of a case for its audience, with the actions the engine allows the
/// caller now: <see cref="CaseView"/> for IND (with IND's remarks), <see cref="OmCaseView"/> for OM
/// (from <see cref="OmProjection"/>, never from the IND view).
/// </summary>
internal sealed class CaseViews(ObiDossierDbContext db, WorkflowEngine engine, CaseTexts texts, LegalCalendar calendar, TimeProvider clock)
{
    /// <summary>The view for this reader, as the audience's own type.</summary>
    public async Task<ICaseReadModel> ForAsync(CaseEntity c, Actor actor, CancellationToken ct) =>
        actor.IsOm() ? await BuildForOmAsync(c, actor, ct) : await BuildAsync(c, actor, ct);

    /// <summary>The IND view. OM never gets this one (see <see cref="ForAsync"/>).</summary>
    public async Task<CaseView> BuildAsync(CaseEntity c, Actor actor, CancellationToken ct)
    {
        if (actor.IsOm()) throw new InvalidOperationException("OM reads the OM projection of a case.");
        var (allowed, blocked) = await ActionsAsync(c, actor, ct);
        string? Open(string? stored) => texts.Open(c.Id, stored);
        var questions = (await db.Set<CaseQuestionEntity>().AsNoTracking().Where(q => q.CaseId == c.Id).OrderBy(q => q.AskedAt).ToListAsync(ct))
            .Select(q => new QuestionDto(q.Id, Open(q.Question) ?? "", q.AskedAt, Open(q.Answer), q.AnsweredAt, q.AnsweredById, Open(q.AnswerOverrideMotivation),
                q.AnswerApprovedById, q.AnswerApprovedAt))
            .ToList();
        var disclosure = (await LatestDisclosureAsync(c, ct))?.ToDto();
        return new CaseView(
            c.Id, c.Reference, c.State, c.WorkflowName, c.WorkflowVersion, c.Summary.ToDto(), c.SessionId, c.CreatedAt, c.UpdatedAt, c.Version,
            allowed, blocked, await InterestsAsync(c, ct), questions,
            disclosure is null ? null : disclosure with { DraftMotivation = Open(disclosure.DraftMotivation), ReviewMotivation = Open(disclosure.ReviewMotivation) },
            c.SummaryFindings,
            Open(c.SubmitOverrideMotivation))
        {
            Priority = c.Priority,
            WaitingReason = await WaitingReasonAsync(c, ct),
        };
    }

    /// <summary>
    /// A queued case waits for a full session when an agenda was frozen after it entered the queue
    /// and it stayed off (the table took more pressing or longer-waiting cases up to the capacity).
    /// </summary>
    public async Task<string?> WaitingReasonAsync(CaseEntity c, CancellationToken ct) =>
        (await WaitingReasonsAsync([c], ct)).GetValueOrDefault(c.Id);

    /// <summary>The waiting reasons of several cases at once (three queries however many cases: "Mijn werk" lists them); cases without one are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> WaitingReasonsAsync(IReadOnlyCollection<CaseEntity> cases, CancellationToken ct)
    {
        var queued = cases.Where(c => c.State == CaseWorkflow.States.Queued).Select(c => c.Id).ToList();
        if (queued.Count == 0) return new Dictionary<Guid, string>();
        // Compared in memory: SQLite cannot order DateTimeOffset values in SQL.
        var lastFrozen = (await db.Set<Domain.Sessions.SessionEntity>().AsNoTracking().Where(s => s.AgendaFrozenAt != null)
            .Select(s => s.AgendaFrozenAt).ToListAsync(ct)).Max();
        if (lastFrozen is null) return new Dictionary<Guid, string>();
        var entered = (await db.Set<CaseTransitionEntity>().AsNoTracking().Where(t => queued.Contains(t.CaseId) && t.To == CaseWorkflow.States.Queued)
            .Select(t => new { t.CaseId, t.Id, t.At }).ToListAsync(ct))
            .GroupBy(t => t.CaseId).Select(g => g.MaxBy(t => t.Id)!);
        return entered.Where(t => lastFrozen >= t.At).ToDictionary(t => t.CaseId, _ => WaitingReasons.SessionFull);
    }

    /// <summary>The OM view: the summary, OM's own interests and questions, approved answers, an approved disclosure.</summary>
    public async Task<OmCaseView> BuildForOmAsync(CaseEntity c, Actor actor, CancellationToken ct)
    {
        var (allowed, blocked) = await ActionsAsync(c, actor, ct);
        var questions = await db.Set<CaseQuestionEntity>().AsNoTracking().Where(q => q.CaseId == c.Id).OrderBy(q => q.AskedAt).ToListAsync(ct);
        return new OmCaseView(
            c.Id, c.Reference, c.State, c.WorkflowName, c.WorkflowVersion, c.Summary.ToDto(), c.SessionId, c.CreatedAt, c.UpdatedAt, c.Version,
            allowed, blocked, await InterestsAsync(c, ct), [.. questions.Select(q => OmProjection.Question(q, s => texts.Open(c.Id, s)))],
            OmProjection.Disclosure(await LatestDisclosureAsync(c, ct))) { Priority = c.Priority };
    }

    /// <summary>The triggers the caller may fire now, and those of their role that are blocked, with why.</summary>
    public async Task<(IReadOnlyList<AllowedActionDto> Allowed, IReadOnlyList<BlockedActionDto> Blocked)> ActionsAsync(CaseEntity c, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // The guards judge the same aggregate the command pipeline loads (read here without tracking).
        var aggregate = await CaseStore.CompleteAsync(c, db, ct, tracked: false);
        var options = engine.Options(aggregate, new GuardContext(actor, TriggerInputs.None, now, aggregate) { Today = calendar.Today(now) });
        return (
            [.. options.Where(o => !Blocking(o).Any()).Select(o => new AllowedActionDto(o.Trigger, o.Description, [.. o.Inputs.Select(i => i.ToDto())]))],
            [.. options.Where(o => Blocking(o).Any()).Select(o => new BlockedActionDto(o.Trigger, o.Description, [.. Blocking(o)]))]);
    }

    /// <summary>OM's interests with their motivations: OM's own texts, read by IND and OM alike.</summary>
    private async Task<List<InterestDto>> InterestsAsync(CaseEntity c, CancellationToken ct) =>
        [.. (await db.Set<CaseInterestEntity>().AsNoTracking().Where(i => i.CaseId == c.Id).OrderBy(i => i.At).ToListAsync(ct))
            .Select(i => new InterestDto(i.ProsecutorId, i.ProsecutorName, texts.Open(c.Id, i.Motivation) ?? "", i.At))];

    private Task<DisclosureEntity?> LatestDisclosureAsync(CaseEntity c, CancellationToken ct) =>
        db.Set<DisclosureEntity>().AsNoTracking().Where(d => d.CaseId == c.Id).OrderByDescending(d => d.DraftedAt).FirstOrDefaultAsync(ct);

    /// <summary>The motivation is an input given with the action, not a condition the view can already meet.</summary>
    private static IEnumerable<UnmetConditionDto> Blocking(ActionOption option) =>
        option.UnmetConditions.Where(u => u.Code != DisclosureConditions.MotivationMissing).Select(u => new UnmetConditionDto(u.Code, u.Message) { Arguments = u.Arguments });
}
