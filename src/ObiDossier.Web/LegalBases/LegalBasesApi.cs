using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ObiDossier.Domain;
using ObiDossier.Domain.Cases;
using ObiDossier.Infrastructure.Audit;
using ObiDossier.Infrastructure.Data;
using ObiDossier.Infrastructure.LegalBases;
using ObiDossier.Web.Auth;
using ObiDossier.Web.Cases;
using ObiDossier.Web.Hosting;

namespace ObiDossier.Web.LegalBases;

public sealed record LegalBasisDto(
    string Code, string Title, string Article, string Description, DateOnly? ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<string> RecipientOrganisations, IReadOnlyList<string> DataCategories, string Regime);

public sealed record CreateLegalBasisRequest(
    string? Code, string? Title, string? Article, string? Description, DateOnly? ValidFrom, DateOnly? ValidTo,
    IReadOnlyList<string>? RecipientOrganisations, IReadOnlyList<string>? DataCategories, string? Regime);

/// <summary>The legal-basis registry: everyone reads it, admins add to it.</summary>
internal static class LegalBasesApi
{
    public static RouteGroupBuilder MapLegalBases(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/legal-bases").WithTags("Legal bases");
        group.MapGet("/", ListAsync).RequireAuthorization(AuthSetup.Policies.AnyRole);
        group.MapPost("/", CreateAsync).RequireAuthorization(AuthSetup.Policies.Admin);
        group.MapPut("/{code}", UpdateAsync).RequireAuthorization(AuthSetup.Policies.Admin);
        return group;
    }

    public static async Task<Ok<List<LegalBasisDto>>> ListAsync(ObiDossierDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Set<LegalBasis>().AsNoTracking().OrderBy(b => b.Code).ToListAsync(ct)).Select(ToDto).ToList());

    public static async Task<Results<Created<LegalBasisDto>, ProblemHttpResult>> CreateAsync(
        CreateLegalBasisRequest request, ObiDossierDbContext db, AuditWriter audit, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var problems = Validate(request);
        if (problems.Count == 0 && await db.Set<LegalBasis>().AnyAsync(b => b.Code == request.Code, ct))
            return await RefuseAsync(db, audit, actor, "legal-basis.create", null,
                new CommandError(409, $"Legal basis '{request.Code}' exists.", [new("legal-basis-exists", "A legal basis with that code exists.")]), ct);
        if (problems.Count > 0) return await RefuseAsync(db, audit, actor, "legal-basis.create", null, CommandError.Invalid("The legal basis is invalid.", problems), ct);

        var basis = new LegalBasis
        {
            Code = request.Code!, Title = request.Title!, Article = request.Article!, Description = request.Description ?? request.Title!,
            ValidFrom = request.ValidFrom, ValidTo = request.ValidTo, RecipientOrganisations = [.. request.RecipientOrganisations ?? []],
            DataCategories = [.. request.DataCategories ?? []], Regime = request.Regime ?? LegalRegimes.Avg,
        };
        db.Add(basis);
        audit.Add(db, new AuditRecord(actor, "legal-basis.create", "legal-basis", basis.Code, null, AuditOutcome.Succeeded, 201,
            LegalBasisCode: basis.Code, ChangedFields: ["code", "title", "article", "validFrom", "validTo", "recipientOrganisations", "dataCategories"]));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/legal-bases/{basis.Code}", ToDto(basis));
    }

    /// <summary>An admin corrects an entry (DESIGN.md §3); the code is the entry's identity and does not change.</summary>
    public static async Task<Results<Ok<LegalBasisDto>, ProblemHttpResult>> UpdateAsync(
        string code, CreateLegalBasisRequest request, ObiDossierDbContext db, AuditWriter audit, HttpContext http, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        const string action = "legal-basis.update";
        var basis = await db.Set<LegalBasis>().FirstOrDefaultAsync(b => b.Code == code, ct);
        if (basis is null) return await RefuseAsync(db, audit, actor, action, null, CommandError.NotFound("Legal basis"), ct);
        if (request.Code is not null && request.Code != code)
            return await RefuseAsync(db, audit, actor, action, code, CommandError.Invalid("The code cannot change.", [new("code-immutable", "The code of a legal basis cannot change.")]), ct);
        var problems = Validate(request with { Code = code });
        if (problems.Count > 0) return await RefuseAsync(db, audit, actor, action, code, CommandError.Invalid("The legal basis is invalid.", problems), ct);

        var before = ToDto(basis);
        basis.Title = request.Title!;
        basis.Article = request.Article!;
        basis.Description = request.Description ?? request.Title!;
        basis.ValidFrom = request.ValidFrom;
        basis.ValidTo = request.ValidTo;
        basis.RecipientOrganisations = [.. request.RecipientOrganisations ?? []];
        basis.DataCategories = [.. request.DataCategories ?? []];
        basis.Regime = request.Regime ?? basis.Regime;
        basis.Touch();
        var after = ToDto(basis);
        audit.Add(db, new AuditRecord(actor, action, "legal-basis", code, null, AuditOutcome.Succeeded, 200, LegalBasisCode: code,
            ChangedFields: Changed(before, after)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseAsync(db, audit, actor, action, code, CommandError.Conflict("Someone else changed this legal basis: reload it."), ct);
        }
        return TypedResults.Ok(after);
    }

    private static List<string> Changed(LegalBasisDto a, LegalBasisDto b)
    {
        var changed = new List<string>();
        if (a.Title != b.Title) changed.Add("title");
        if (a.Article != b.Article) changed.Add("article");
        if (a.Description != b.Description) changed.Add("description");
        if (a.ValidFrom != b.ValidFrom) changed.Add("validFrom");
        if (a.ValidTo != b.ValidTo) changed.Add("validTo");
        if (!a.RecipientOrganisations.SequenceEqual(b.RecipientOrganisations)) changed.Add("recipientOrganisations");
        if (!a.DataCategories.SequenceEqual(b.DataCategories)) changed.Add("dataCategories");
        if (a.Regime != b.Regime) changed.Add("regime");
        return changed;
    }

    private static async Task<ProblemHttpResult> RefuseAsync(ObiDossierDbContext db, AuditWriter audit, Actor actor, string action, string? code,
        CommandError error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        audit.Add(db, new AuditRecord(actor, action, "legal-basis", code, null, AuditOutcome.Refused, error.Status,
            Reasons: [.. error.Conditions.Select(c => c.Code)]));
        await db.SaveChangesAsync(ct);
        return error.ToProblem();
    }

    private static List<UnmetCondition> Validate(CreateLegalBasisRequest r)
    {
        var problems = new List<UnmetCondition>();
        if (string.IsNullOrWhiteSpace(r.Code) || r.Code.Length > 64 || !r.Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            problems.Add(new("invalid-code", "code: 1 to 64 letters, digits, '-', '.' or '_'."));
        if (string.IsNullOrWhiteSpace(r.Title) || r.Title.Length > 200) problems.Add(new("invalid-title", "title: required, at most 200 characters."));
        if (string.IsNullOrWhiteSpace(r.Article) || r.Article.Length > 200) problems.Add(new("invalid-article", "article: required, at most 200 characters."));
        if (r.Description is { Length: > 2000 }) problems.Add(new("invalid-description", "description: at most 2000 characters."));
        if (r.ValidFrom is not null && r.ValidTo is not null && r.ValidTo < r.ValidFrom) problems.Add(new("invalid-period", "validTo lies before validFrom."));
        if (r.RecipientOrganisations?.Any(o => !Organisations.All.Contains(o)) == true)
            problems.Add(new("invalid-recipient", $"recipientOrganisations: choose from {string.Join(", ", Organisations.All)}."));
        if (r.DataCategories?.Any(c => !DataCategories.All.Contains(c)) == true)
            problems.Add(new("invalid-category", $"dataCategories: choose from {string.Join(", ", DataCategories.All)}."));
        if (r.Regime is not null && r.Regime is not (LegalRegimes.Avg or LegalRegimes.Wjsg)) problems.Add(new("invalid-regime", "regime: AVG or Wjsg."));
        return problems;
    }

    private static LegalBasisDto ToDto(LegalBasis b) =>
        new(b.Code, b.Title, b.Article, b.Description, b.ValidFrom, b.ValidTo, b.RecipientOrganisations, b.DataCategories, b.Regime);
}
