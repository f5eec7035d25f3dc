using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Domain.Workflows;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Cases;

/// <summary>
/// A case as its reader may see it: the anonymised view, the workflow with the current state, the
/// history, what the user can do now (each a button to a form with exactly that trigger's inputs)
/// and what they cannot do yet, with the unmet conditions.
/// </summary>
internal sealed class DetailModel(VisibleCases cases, CaseViews views, CaseCommands commands, CaseHistory history, CaseTeam team, WorkflowEngine engine, IStringLocalizer<UiText> text) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    /// <summary>The reader's own projection: a <see cref="CaseView"/> for IND, an <see cref="OmCaseView"/> for OM.</summary>
    public ICaseReadModel View { get; private set; } = null!;

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<QuestionRow> Questions { get; private set; } = [];
    public DisclosureRow? Disclosure { get; private set; }

    /// <summary>The case's team inside IND; null for OM, which does not see it.</summary>
    public IReadOnlyList<TeamMemberDto>? Team { get; private set; }

    public CommandError? TeamError { get; private set; }
    public CommandError? PriorityError { get; private set; }
    public string Diagram { get; private set; } = "";
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? gedaan, CancellationToken ct)
    {
        Actor = User.ToActor();
        var c = await cases.FindAsync(id, Actor, ct);
        if (c is null) return NotFound();
        if (Actor.IsOm())
        {
            var om = await views.BuildForOmAsync(c, Actor, ct);
            View = om;
            History = [.. (await history.ForOmAsync(id, ct)).Select(h => new HistoryRow(h.At, h.Trigger, h.From, h.To, h.Organisation, h.Motivation))];
            Questions = [.. om.Questions.Select(q => new QuestionRow(q.Question, q.Answer, null, InReview: false))];
            Disclosure = om.Disclosure is { } d ? new DisclosureRow(d.Status, d.LegalBasisCode, d.Regime, d.ReleasedFields, d.RecipientIds, d.LegalBasisVersion, d.Route, d.OmCaseNumber, d.Outcome) : null;
        }
        else
        {
            var ind = await views.BuildAsync(c, Actor, ct);
            View = ind;
            History = [.. (await history.ForIndAsync(id, ct)).Select(h =>
                new HistoryRow(h.At, h.Trigger, h.From, h.To, $"{h.Actor.DisplayName} ({text[$"Role.{h.Actor.Role}"]})", h.Motivation))];
            Questions = [.. ind.Questions.Select(q => new QuestionRow(q.Question, q.Answer, q.AnswerOverrideMotivation, q.AnsweredAt is not null && q.AnswerApprovedAt is null))];
            Disclosure = ind.Disclosure is { } d ? new DisclosureRow(d.Status, d.LegalBasisCode, d.Regime, d.ReleasedFields, d.RecipientIds, d.LegalBasisVersion, d.Route, d.OmCaseNumber, d.Outcome) : null;
        }
        if (Actor.IsInd()) Team = (await team.ListAsync(id, Actor, ct)).Value;
        Diagram = Diagrams.Mermaid(engine, engine.DefinitionOf(c), c.State, (kind, name) => text[$"{kind}.{name}"]);
        Done = gedaan;
        return Page();
    }

    /// <summary>Adds an IND officer to the case's team (a member or an admin may).</summary>
    public async Task<IActionResult> OnPostTeamAsync(Guid id, [FromForm] string? userId, CancellationToken ct)
    {
        var result = await team.AddAsync(id, new AddTeamMemberRequest(userId, null), User.ToActor(), ct);
        if (result.Error is { Status: StatusCodes.Status404NotFound }) return NotFound();
        if (result.Error is null) return Redirect($"/zaken/{id}");
        var page = await OnGetAsync(id, null, ct);
        TeamError = result.Error;
        return page;
    }

    /// <summary>Sets the case's priority (IND, until the case is on an agenda: <see cref="CaseCommands.PriorityOpen"/>).</summary>
    public async Task<IActionResult> OnPostPriorityAsync(Guid id, [FromForm] string? priority, [FromForm] long? version, CancellationToken ct)
    {
        // The same rule as PUT /cases/{id}: IND officers only.
        if (User.ToActor().Role != Roles.IndOfficer) return Forbid();
        var result = await commands.UpdateAsync(id, new UpdateCaseRequest(null, null, priority ?? ""), version, User.ToActor(), ct);
        if (result.Error is { Status: StatusCodes.Status404NotFound }) return NotFound();
        if (result.Error is null) return Redirect($"/zaken/{id}");
        var page = await OnGetAsync(id, null, ct);
        PriorityError = result.Error;
        return page;
    }

    public bool CanSetPriority => Actor.Role == Roles.IndOfficer && CaseCommands.PriorityOpen(View.State);

    public bool CanManageTeam => Team is not null && (Actor.Role == Roles.Admin || (Actor.Role == Roles.IndOfficer && Team.Any(m => m.UserId == Actor.Id)));

    /// <summary>Where a trigger's button leads: the disclosure triggers have pages of their own.</summary>
    public string ActionHref(string trigger) => trigger switch
    {
        CaseWorkflow.Triggers.DraftReport => $"/zaken/{View.Id}/aangifte",
        CaseWorkflow.Triggers.ApproveDisclosure or CaseWorkflow.Triggers.RejectDisclosure => $"/zaken/{View.Id}/toets",
        _ => $"/zaken/{View.Id}/actie/{trigger}",
    };

    public bool CanEdit => Actor.Role == Roles.IndOfficer && View.State == CaseWorkflow.States.Draft;
    public bool CanReadPersonalData => Actor.Role == Roles.IndOfficer && Actor.Organisation == Organisations.Ind;
    public bool IsRecipient => Actor.Role == Roles.OmProsecutor && Disclosure is { Status: "Approved" } d && d.RecipientIds.Contains(Actor.Id);

    /// <summary>IND's remarks on the summary (scanner findings, override motivation); null for OM.</summary>
    public CaseView? IndView => View as CaseView;
}

/// <summary>One row of the history table, from either audience's projection.</summary>
internal sealed record HistoryRow(DateTimeOffset At, string Trigger, string From, string To, string By, string? Motivation);

/// <summary>A question with its answer as this reader may read it; <see cref="InReview"/> only on IND's side.</summary>
internal sealed record QuestionRow(string Question, string? Answer, string? OverrideMotivation, bool InReview);

internal sealed record DisclosureRow(string Status, string LegalBasisCode, string Regime, IReadOnlyList<string> ReleasedFields, IReadOnlyList<string> RecipientIds, int LegalBasisVersion,
    string Route = Domain.Cases.DisclosureRoutes.FormalReport, string? OmCaseNumber = null, string? Outcome = null);
