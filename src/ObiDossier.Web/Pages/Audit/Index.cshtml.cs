using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Web.Audit;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Pages.Audit;

/// <summary>The auditor's page: search the trail, verify it, read the processing log. The queries are the API's own read models, audited alike.</summary>
[Authorize(Policy = AuthSetup.Policies.Auditor)]
internal sealed class IndexModel(AuditTrailReads trail, ProcessingLogReads processingLog, LegalCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? CaseId { get; set; }
    [BindProperty(SupportsGet = true)] public string? ActorId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public long? Cursor { get; set; }
    [BindProperty(SupportsGet = true)] public string? TraceId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Activity { get; set; }

    /// <summary>Only break-glass reads: IND officers who read a case's personal data outside its team, with their reason.</summary>
    [BindProperty(SupportsGet = true)] public bool BreakGlass { get; set; }

    public AuditPage Entries { get; private set; } = new([], null);
    public ProcessingLogPage? Log { get; private set; }
    public AuditVerifyResponse? Verification { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVerifyAsync([FromServices] AuditSealer sealer, [FromServices] AuditVerifier verifier, CancellationToken ct)
    {
        Verification = (await AuditApi.VerifyAsync(sealer, verifier, ct)).Value;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // The form's days are local days: from the first moment of From to the last of To.
        var from = From is { } f ? calendar.StartOf(f) : (DateTimeOffset?)null;
        var to = To is { } t ? calendar.EndOf(t) : (DateTimeOffset?)null;
        var actor = User.ToActor();
        var search = await trail.SearchAsync(actor, CaseId, ActorId, from, to, Cursor, BreakGlass, ct);
        if (search.Value is { } page) Entries = page;
        else Problem = search.Error?.Title;

        if (CaseId is not null || !string.IsNullOrWhiteSpace(TraceId) || !string.IsNullOrWhiteSpace(Activity))
        {
            Log = (await processingLog.SearchAsync(actor, CaseId, TraceId, Activity, null, null, ct)).Value;
        }
    }
}
