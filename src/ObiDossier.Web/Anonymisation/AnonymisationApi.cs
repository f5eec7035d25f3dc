using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain.Anonymisation;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.ProcessingLog;
using ObiDossier.Infrastructure.Vault;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;
using ObiDossier.Web.Obi;
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Anonymisation;

/// <summary><c>{ text, caseId? }</c> for an IND officer, <c>{ text, signalId? }</c> for an OBI intake officer: the record whose own values count.</summary>
public sealed record ScanRequest(string? Text, Guid? CaseId, Guid? SignalId = null);

public sealed record ScanFinding(string Kind, int Start, int Length);

public sealed record ScanResponse(IReadOnlyList<ScanFinding> Findings);

/// <summary><c>POST /anonymisation/scan</c>: what in a text could identify someone. Findings are places, never values.</summary>
internal static class AnonymisationApi
{
    public const int MaxTextLength = 100_000;

    public static void MapAnonymisation(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/anonymisation/scan", ScanAsync).WithTags("Anonymisation").RequireAuthorization(AuthSetup.Policies.Scanner);

    public static async Task<Results<Ok<ScanResponse>, ProblemHttpResult>> ScanAsync(
        ScanRequest request, AnonymisationScanner scanner, ObiDossierDbContext db, PersonalDataVault vault, ProcessingLogWriter processing,
        ObiSignalScan signals, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (request.Text is null) return Problems.BadRequest("text is required.");
        if (request.Text.Length > MaxTextLength) return Problems.BadRequest($"text: at most {MaxTextLength} characters.");
        if (request.CaseId is not null && request.SignalId is not null) return Problems.BadRequest("Send caseId or signalId, not both.");
        var actor = http.User.ToActor();
        // Each desk scans against its own records only: an IND officer's signalId, like an intake officer's caseId, finds nothing.
        if (request.SignalId is { } signalId)
        {
            var found = actor.Role == Domain.Obi.ObiRoles.Intake ? await signals.ScanAsync(signalId, request.Text, actor, ct) : CommandError.NotFound("Signal");
            return found.Error is not null ? found.Error.ToProblem() : TypedResults.Ok(found.Value!);
        }

        PersonalData? personalData = null;
        if (request.CaseId is { } caseId)
        {
            var c = await db.Set<CaseEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
            if (c is null || !actor.CanSee(c) || c.OwnerOrganisation != actor.Organisation) return Problems.NotFound("Case");
            try
            {
                personalData = await vault.ReadAsync(db, caseId, ct);
            }
            catch (VaultEntryShreddedException)
            {
                return new CommandError(StatusCodes.Status410Gone, "The personal data of this case were destroyed.", [new("shredded", "The personal data of this case were destroyed.")]).ToProblem();
            }
            await processing.AddAsync("personal-data.scan", ProcessingActivities.AnonymisationCheck, caseId, personalData,
                actor, personalData.FieldNames(), clock.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
        }

        var findings = scanner.Scan(request.Text, personalData).Select(f => new ScanFinding(f.Kind, f.Start, f.Length)).ToList();
        return TypedResults.Ok(new ScanResponse(findings));
    }
}
