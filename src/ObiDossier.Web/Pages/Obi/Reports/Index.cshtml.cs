using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Domain;
using ObiDossier.Domain.Obi;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Obi;

namespace ObiDossier.Web.Pages.Obi.Reports;

/// <summary>
/// <c>/fenomeenbeeld</c> (analysts and coordinators: every report; analysts open a new one) and
/// <c>/rapportages</c> (partners: the distributed ones, which is all the read model gives them).
/// </summary>
internal sealed class IndexModel(ObiReportReads reports, ObiReportCommands commands, LegalCalendar calendar, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }
    [BindProperty] public string? PeriodFrom { get; set; }
    [BindProperty] public string? PeriodTo { get; set; }

    public Actor Actor { get; private set; } = null!;
    public ReportListPage Results { get; private set; } = new([], null);
    public CommandError? Error { get; private set; }

    public bool IsPartner => Actor.Role == ObiRoles.Partner;
    public bool CanOpen => Actor.Role == ObiRoles.Analyst;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        // The default period, as the API takes it when none is given: the last calendar quarter that ended.
        var period = ReportingPeriod.DefaultFor(calendar.Today(clock.GetUtcNow()));
        (PeriodFrom, PeriodTo) = (period.From.ToString(), period.To.ToString());
        return Page();
    }

    /// <summary>Opens a report for the period through the desk's command; its page follows.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Actor = User.ToActor();
        if (!CanOpen) return NotFound();
        var created = await commands.CreateAsync(new CreateReportRequest(Blank(PeriodFrom), Blank(PeriodTo)), Actor, ct);
        if (created.Value is { } report) return Redirect($"/fenomeenbeeld/{report.Id}");
        Error = created.Error;
        await LoadAsync(ct);
        return Page();
    }

    public string Root => IsPartner ? "/rapportages" : "/fenomeenbeeld";

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Actor = User.ToActor();
        if (Actor.Role is not (ObiRoles.Analyst or ObiRoles.Coordinator or ObiRoles.Partner)) return false;
        Results = await reports.PageAsync(Actor, null, Cursor, ct) ?? await reports.PageAsync(Actor, null, null, ct) ?? Results;
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
