using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Disclosures;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Cases;
using ObiDossier.Infrastructure.Data;

namespace ObiDossier.Web.Cases;

/// <summary>Builds the anonymised view of a case, with the actions the engine allows the caller now.</summary>
internal sealed class CaseViews(ObiDossierDbContext db, WorkflowEngine engine, CaseTriggerEffects effects, TimeProvider clock)
{
    public async Task<CaseView> BuildAsync(CaseEntity c, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var facts = await CaseFactsLoader.LoadAsync(db, c, findings: null, ct);
        var disclosureFacts = await effects.DisclosureFactsAsync(c, actor, TriggerInputs.None, now, ct);
        var options = engine.Options(c, new GuardContext(actor, TriggerInputs.None, now, facts, disclosureFacts));
        var interests = await db.Set<CaseInterestEntity>().AsNoTracking().Where(i => i.CaseId == c.Id).OrderBy(i => i.At)
            .Select(i => new InterestDto(i.ProsecutorId, i.ProsecutorName, i.Motivation, i.At)).ToListAsync(ct);
        var questions = await db.Set<CaseQuestionEntity>().AsNoTracking().Where(q => q.CaseId == c.Id).OrderBy(q => q.AskedAt)
            .Select(q => new QuestionDto(q.Id, q.Question, q.AskedAt, q.Answer, q.AnsweredAt)).ToListAsync(ct);
        var disclosure = await db.Set<DisclosureEntity>().AsNoTracking().Where(d => d.CaseId == c.Id)
            .OrderByDescending(d => d.DraftedAt).FirstOrDefaultAsync(ct);
        var ind = actor.IsInd();

        return new CaseView(
            c.Id, c.Reference, c.State, c.WorkflowName, c.WorkflowVersion, c.Summary.ToDto(), c.SessionId, c.CreatedAt, c.UpdatedAt, c.Version,
            [.. options.Where(o => !Blocking(o).Any()).Select(o => new AllowedActionDto(o.Trigger, o.Description, [.. o.Inputs.Select(i => i.ToDto())]))],
            [.. options.Where(o => Blocking(o).Any()).Select(o => new BlockedActionDto(o.Trigger, o.Description, [.. Blocking(o)]))],
            interests,
            questions,
            disclosure is null || (!ind && disclosure.Status != DisclosureStatus.Approved) ? null : disclosure.ToDto(),
            ind ? [.. c.SummaryFindings.Select(f => new FindingDto(f.Field, f.Kind, f.Start, f.Length))] : null,
            ind ? c.SubmitOverrideMotivation : null);
    }

    /// <summary>The motivation is an input given with the action, not a condition the view can already meet.</summary>
    private static IEnumerable<UnmetConditionDto> Blocking(ActionOption option) =>
        option.UnmetConditions.Where(u => u.Code != DisclosureConditions.MotivationMissing).Select(u => new UnmetConditionDto(u.Code, u.Message) { Arguments = u.Arguments });
}
