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
using ObiDossier.Web.ProcessingLog;

namespace ObiDossier.Web.Anonymisation;

public sealed record ScanRequest(string? Text, Guid? CaseId);

public sealed record ScanFinding(string Kind, int Start, int Length);

public sealed record ScanResponse(IReadOnlyList<ScanFinding> Findings);

/// <summary><c>POST /anonymisation/scan</c>: what in a text could identify someone. Findings are places, never values.</summary>
internal static class AnonymisationApi
{
    public const int MaxTextLength = 100_000;

    public static void MapAnonymisation(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/anonymisation/scan", ScanAsync).WithTags("Anonymisation").RequireAuthorization(AuthSetup.Policies.IndOfficer);

    public static async Task<Results<Ok<ScanResponse>, ProblemHttpResult>> ScanAsync(
        ScanRequest request, AnonymisationScanner scanner, ObiDossierDbContext db, PersonalDataVault vault, ProcessingLogWriter processing,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (request.Text is null) return Problems.BadRequest("text is required.");
        if (request.Text.Length > MaxTextLength) return Problems.BadRequest($"text: at most {MaxTextLength} characters.");

        PersonalData? personalData = null;
        if (request.CaseId is { } caseId)
        {
            var actor = http.User.ToActor();
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
