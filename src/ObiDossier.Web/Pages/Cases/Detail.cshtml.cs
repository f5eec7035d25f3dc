using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ObiDossier.Domain;
using ObiDossier.Domain.Workflows;
using ObiDossier.Infrastructure.Cases;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.WebUi;

namespace ObiDossier.Web.Pages.Cases;

/// <summary>
/// A case as its reader may see it: the anonymised view, the workflow with the current state, the
/// history, what the user can do now (each a button to a form with exactly that trigger's inputs)
/// and what they cannot do yet, with the unmet conditions.
/// </summary>
internal sealed class DetailModel(ObiDossierDbContext db, CaseViews views, WorkflowEngine engine, IStringLocalizer<UiText> text) : PageModel
{
    public Actor Actor { get; private set; } = null!;
    public CaseView View { get; private set; } = null!;
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];
    public string Diagram { get; private set; } = "";
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? gedaan, CancellationToken ct)
    {
        Actor = User.ToActor();
        var c = await db.Set<CaseEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !Actor.CanSee(c)) return NotFound();
        View = await views.BuildAsync(c, Actor, ct);
        History = await db.Set<CaseTransitionEntity>().AsNoTracking().Where(t => t.CaseId == id).OrderBy(t => t.Id)
            .Select(t => new HistoryItem(t.From, t.Trigger, t.To, new ActorDto(t.ActorId, t.ActorRole, t.ActorOrganisation, t.ActorName), t.At, t.Motivation))
            .ToListAsync(ct);
        Diagram = Diagrams.Mermaid(engine, engine.DefinitionOf(c), c.State, (kind, name) => text[$"{kind}.{name}"]);
        Done = gedaan;
        return Page();
    }

    /// <summary>Where a trigger's button leads: the disclosure triggers have pages of their own.</summary>
    public string ActionHref(string trigger) => trigger switch
    {
        "draft-report" => $"/zaken/{View.Id}/aangifte",
        "approve-disclosure" or "reject-disclosure" => $"/zaken/{View.Id}/toets",
        _ => $"/zaken/{View.Id}/actie/{trigger}",
    };

    public bool CanEdit => Actor.Role == Roles.IndOfficer && View.State == "Draft";
    public bool CanReadPersonalData => Actor.Role == Roles.IndOfficer && Actor.Organisation == Organisations.Ind;
    public bool IsRecipient => Actor.Role == Roles.OmProsecutor && View.Disclosure is { Status: "Approved" } d && d.RecipientIds.Contains(Actor.Id);
}
