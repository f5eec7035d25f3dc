using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Web.Audit;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Pages.Audit;

/// <summary>The auditor's page: search the trail, verify it, read the processing log. The queries are the API's own handlers.</summary>
[Authorize(Policy = AuthSetup.Policies.Auditor)]
internal sealed class IndexModel(ObiDossierDbContext db, CaseTexts texts, AuditWriter audit) : PageModel
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
        var from = From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var to = To is { } t ? new DateTimeOffset(t.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var search = await AuditApi.SearchAsync(CaseId, ActorId, from, to, Cursor, BreakGlass, db, texts, audit, HttpContext, ct);
        if (search.Result is Ok<AuditPage> ok) Entries = ok.Value!;
        else Problem = (search.Result as ProblemHttpResult)?.ProblemDetails.Title;

        if (CaseId is not null || !string.IsNullOrWhiteSpace(TraceId) || !string.IsNullOrWhiteSpace(Activity))
        {
            var log = await ProcessingLogApi.ReadAsync(CaseId, TraceId, Activity, null, null, db, audit, HttpContext, ct);
            Log = (log.Result as Ok<ProcessingLogPage>)?.Value;
        }
    }
}
